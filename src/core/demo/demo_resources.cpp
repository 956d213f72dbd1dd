#include "core/demo/demo_resources.h"

namespace prevplan {

namespace {

// Fictitious places around the commune: a town with a bus, a village with one, one without.
const char* const kTown = "Orașul Vecin";
const char* const kBusVillage = "Bradu Vecin";
const char* const kRemoteVillage = "Stejaru";

struct DemoService {
    const char* type;
    const char* name;
    int supplier;
    int village;  // index into plan.villages; -1 commune-wide; -2, -3, -4 the micro-area localities
    int capacity, freePlaces;  // -1 not recorded
    std::initializer_list<int> activities;
    const char* accessibility;
    int monthlyCost;  // -1 not recorded
    int efficiency;
    int checkedDaysAgo;  // more than about 90: due for a check
};

const DemoService kServices[] = {
    {"G1", "SPAS (serviciul public de asistență socială)", 2, -1, -1, -1, {81}, "af", 0, 7, 10},
    {"G9", "Cabinetul medicului de familie", 5, 0, -1, -1, {}, "a", 0, 8, 30},
    {"G11", "Asistentul medical comunitar", 2, -1, -1, -1, {17}, "f", 0, 8, 30},
    {"C4", "Școala Gimnazială Valea Mică", 2, 0, 320, -1, {19, 61}, "f", 0, 7, 45},
    {"C1", "Grădinița Dealu Mare", 2, 1, 40, 6, {}, "af", 0, 7, 45},
    {"D4", "Programul „Școală după școală” al școlii", 2, 0, 25, 10, {41, 85}, "f", 0, 8, 20},
    {"D11", "Biblioteca comunală (club de lectură)", 2, 0, 20, 20, {62}, "", 0, 6, 120},
    {"H3", "Grupul caritabil al parohiei", 4, 2, -1, -1, {84}, "", 0, 6, 200},
    {"G18", "Agentul de poliție al comunei", 6, -1, -1, -1, {}, "", 0, 6, 60},
    {"A3", "Centrul de zi „Sfânta Maria”", 3, -2, 40, 12, {83, 85, 41, 18, 14}, "abf", 0, 9, 15},
    {"B2", "Cabinet de psihologie", 5, -2, 10, 5, {18}, "a", 120, 7, 100},
    {"B13", "Biroul de consiliere pentru cetățeni", 3, -2, -1, -1, {81}, "af", 0, 7, 40},
    {"F1", "Cabinetul de planificare familială al spitalului", 1, -2, -1, -1, {15, 16}, "a", 0, 7, 40},
    {"B5", "Centrul de recuperare pentru copilul cu dizabilități", 1, -2, 30, 8, {24, 23, 22}, "abcdef", 0, 8, 40},
    {"D5", "Clasa „A doua șansă” a școlii din Bradu", 2, -3, 20, 8, {42}, "f", 0, 7, 60},
    {"A12", "Centrul de prevenire, evaluare și consiliere antidrog", 1, -2, -1, -1, {}, "a", 0, 7, 80},
    {"C3", "Școala cu clase de educație incluzivă din Stejaru", 2, -4, 30, 25, {21, 22}, "af", 0, 8, 70},
};

std::string placeOf(const Plan& plan, int village) {
    static const char* const kMicro[] = {kTown, kBusVillage, kRemoteVillage};
    if (village == -1) return {};
    if (village < -1) return kMicro[-village - 2];
    return plan.villages[static_cast<std::size_t>(village) % plan.villages.size()].name;
}

std::optional<int> recorded(int v) { return v < 0 ? std::nullopt : std::optional<int>(v); }

void inventory(Plan& plan, const Date& today) {
    for (const DemoService& d : kServices) {
        Service s;
        s.id = newId(plan, 's');
        s.type = d.type;
        s.name = d.name;
        s.supplier = d.supplier;
        s.locality = placeOf(plan, d.village);
        s.accredited = d.supplier == 3 || d.supplier == 1 ? YesNo::Yes : YesNo::Unknown;
        s.capacity = recorded(d.capacity);
        s.freePlaces = recorded(d.freePlaces);
        s.activities = d.activities;
        s.accessibility = d.accessibility;
        s.monthlyCost = recorded(d.monthlyCost);
        s.spasCooperates = d.village >= -1 ? YesNo::Yes : YesNo::No;
        s.referredLastYear = d.village >= -1 || d.village == -2 ? YesNo::Yes : YesNo::No;
        s.efficiency = d.efficiency;
        s.checkedOn = today.addDays(-d.checkedDaysAgo);
        s.timetable = "L–V 8–16";
        s.contact = "0232 000 " + std::to_string(100 + plan.resources.services.size());
        plan.resources.services.push_back(std::move(s));
    }
}

void partners(Plan& plan) {
    const std::pair<const char*, const char*> kLocal[] = {
        {"Asociația „Copii în Comunitate”", "voluntari pentru sprijin la teme și activități de vară"},
        {"Parohia Valea Mică", "donații, grup de sprijin pentru părinți"},
        {"Primăria Comunei Stejaru", "parteneriat pentru transport și servicii comune"}};
    const std::pair<const char*, const char*> kCounty[] = {
        {"DGASPC", "coordonare, servicii de recuperare, echipe mobile"},
        {"Direcția de Sănătate Publică", "posturi de asistent medical comunitar și mediator sanitar"},
        {"Inspectoratul Școlar Județean", "mediator școlar, „A doua șansă”, profesori itineranți"}};
    for (const auto& [name, role] : kLocal) plan.resources.partners.push_back({newId(plan, 's'), name, false, role, {}});
    for (const auto& [name, role] : kCounty) plan.resources.partners.push_back({newId(plan, 's'), name, true, role, {}});
}

void dgaspcLists(Plan& plan, const Date& today) {
    Resources& r = plan.resources;
    r.dgaspcListsOn = today.addDays(-50);
    r.childrenInProtection = {{placeOf(plan, 0), 4, "părinți plecați la muncă în străinătate"},
                              {placeOf(plan, 1), 2, "familie monoparentală cu venituri mici"},
                              {placeOf(plan, 3), 1, ""}};
    r.dgaspcServices = {
        {newId(plan, 's'), DgaspcListKind::FamilyType, "", "Asistenți maternali profesioniști (2)", placeOf(plan, 1), "3 copii plasați"},
        {newId(plan, 's'), DgaspcListKind::County, "A8", "Centrul maternal", kTown, "locuri disponibile"},
        {newId(plan, 's'), DgaspcListKind::Planned, "A4", "Centru de zi pentru copilul cu dizabilități", kTown, "deschidere planificată în 2027"},
    };
}

}  // namespace

void addDemoResources(Plan& plan, const Date& today) {
    if (plan.villages.empty()) return;
    plan.resources.microArea = {{kTown, kTown, true, 20, true},
                                {kBusVillage, "Comuna Bradu", false, 15, true},
                                {kRemoteVillage, "Comuna Stejaru", false, 25, false}};
    inventory(plan, today);
    partners(plan);
    dgaspcLists(plan, today);
}

}  // namespace prevplan
