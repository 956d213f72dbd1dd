#pragma once
// Table 2: the services, experts and groups to look for when inventorying the commune's and
// the functional micro-area's resources (Services List agreed by ANPDCA, Output #4, June 2018).
#include "core/catalog/span.h"
#include "core/base/text.h"

namespace prevplan {

// Table 2's groups A-H, in that order.
enum class ServiceCategory {
    CenterSocial,             // A. social services of the centre type
    InterventionSocial,       // B. social services of the interventions/activities type
    EducationalInstitution,   // C. educational institutions (centre type)
    EducationalIntervention,  // D. educational interventions/activities
    MedicalUnit,              // E. medical units (centre type)
    MedicalIntervention,      // F. medical interventions/activities
    Expert,                   // G. types of experts
    Other,                    // H. others: support, religious and charity groups, NGOs
};
constexpr int kServiceCategoryCount = 8;
static_assert(static_cast<int>(ServiceCategory::Other) + 1 == kServiceCategoryCount, "the count follows the enum");

struct ServiceType {
    const char* code;  // category letter + number as printed: "A3", "B6", "G8"
    ServiceCategory category;
    Text label;
    bool specify;  // "Others, namely: …": the inventory entry names it
};

// Table 2's entry for the SPAS itself. Table 3 recommendations of this type are the SPAS's own
// work with other institutions (access to benefits, documents, contact with a detained parent):
// always there in the commune, never a service to set up.
inline constexpr const char* kSpasServiceType = "G1";

Span<ServiceType> serviceTypes();  // in table order; findByCode(serviceTypes(), "A3")
Text serviceCategoryName(ServiceCategory category);

}  // namespace prevplan
