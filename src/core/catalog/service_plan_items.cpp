// Section 4.2, column 8 of the Registry template. Romanian names follow the legal names of the
// benefits (Law 61/1993, Law 277/2010, Law 416/2001, Law 584/2002) and of the prevention
// services (Law 272/2004).
#include "core/catalog/service_plan_items.h"

namespace prevplan {
namespace {

using G = PlanItemGroup;

const PlanItem kItems[] = {
    {"alocatie-stat", G::Benefit, {"Alocația de stat pentru copii", "State child allowance"}, false},
    {"alocatie-complementara", G::Benefit, {"Alocația familială complementară", "Supplementary allowance"}, false},
    {"alocatie-monoparentala", G::Benefit,
     {"Alocația de susținere pentru familia monoparentală", "Support allowance for single-parent families"}, false},
    {"alocatie-nou-nascut", G::Benefit, {"Alocația pentru nou-născuți", "Newborn allowance"}, false},
    {"alocatie-hrana-hiv", G::Benefit,
     {"Alocația lunară de hrană pentru adulții și copiii cu HIV/SIDA",
      "Monthly food allowance for adults and children with HIV and AIDS"}, false},
    {"ajutor-incalzire", G::Benefit, {"Ajutorul pentru încălzirea locuinței", "Home heating benefit"}, false},
    {"venit-minim-garantat", G::Benefit, {"Venitul minim garantat", "Guaranteed minimum income"}, false},
    {"beneficiu-altul", G::Benefit, {"Alte beneficii (specificați)", "Other benefits (please specify)"}, true},

    {"centru-zi", G::PreventionService, {"Centru de zi", "Day care centre"}, false},
    {"centru-zi-recuperare", G::PreventionService,
     {"Centru de zi și de recuperare pentru copiii cu dizabilități",
      "Day care and recovery centre for disabled children"}, false},
    {"consiliere-parinti", G::PreventionService,
     {"Centru de consiliere și sprijin pentru părinți", "Counselling and support centre for parents"}, false},
    {"readaptare-psihosociala", G::PreventionService,
     {"Centru de asistență și sprijin pentru readaptarea copilului cu probleme psihosociale",
      "Help and support centre for the rehabilitation of children with psychosocial problems"}, false},
    {"sprijin-gravida", G::PreventionService,
     {"Servicii de monitorizare, asistență și sprijin al femeii gravide predispuse să-și abandoneze copilul",
      "Services for monitoring, assistance and support of pregnant women prone to child relinquishment"}, false},
    {"prevenire-altul", G::PreventionService,
     {"Alte servicii de prevenire a separării (specificați)",
      "Other services to prevent separation (please specify)"}, true},

    {"servicii-sanatate", G::OtherService, {"Servicii de sănătate", "Health services"}, false},
    {"servicii-educatie", G::OtherService, {"Servicii de educație", "Education services"}, false},
    {"servicii-recuperare", G::OtherService, {"Servicii de recuperare", "Rehabilitation services"}, false},
    {"serviciu-altul", G::OtherService, {"Alte servicii (specificați)", "Other services (please specify)"}, true},
};

}  // namespace

Span<PlanItem> planItems() { return spanOf(kItems); }
// A switch, so that a new group without a name fails the build (-Wswitch).
Text planItemGroupName(PlanItemGroup group) {
    switch (group) {
        case PlanItemGroup::Benefit: return {"Beneficii", "Benefits"};
        case PlanItemGroup::PreventionService:
            return {"Servicii de prevenire a separării copilului de familie", "Services to prevent family separation"};
        case PlanItemGroup::OtherService: return {"Alte servicii", "Other services"};
    }
    return {};
}

}  // namespace prevplan
