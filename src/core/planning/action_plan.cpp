#include "core/planning/action_plan.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/planning/budget.h"
#include "core/catalog/funding.h"
#include "core/catalog/service_plan_items.h"
#include "core/catalog/service_types.h"
#include "core/gaps/gap_wording.h"
#include "core/base/format.h"
#include "core/base/words.h"
#include "core/model/rules.h"
#include "core/planning/priorities.h"
#include "core/report/report.h"
#include "core/planning/staffing.h"

namespace prevplan {

namespace {

// Standard 11 of the case-management standards (Order 288/2006): yearly training per person.
constexpr int kTrainingHours = 42;

template <typename... Args>
std::string line(const Text& pattern, Lang lang, Args... args) {
    return format(pattern.in(lang), args...) + "\n";
}

// Numbers (groupedNumber), and in kConfirmed a count of children (countOf).
constexpr Text kRegistry{
    "Copii în Registrul copiilor în risc: %s (monitorizați anual: %s, semestrial: %s, trimestrial: %s).",
    "Children in the Registry of at-risk children: %s (monitored yearly: %s, half-yearly: %s, quarterly: %s)."};
constexpr Text kConfirmed{"Gospodării cu cel puțin o situație de risc confirmată: %s, cu %s.",
                          "Households with at least one confirmed risk situation: %s, with %s."};
constexpr Text kSuspected{"Gospodării cu cel puțin o suspiciune pe fișa de observație: %s.",
                          "Households with at least one suspicion on the Observation Sheet: %s."};
constexpr Text kUrgent{"Copii din Registru în gospodării cu peste 10 situații de risc (intervenție urgentă): %s.",
                       "Registry children in households with more than 10 risk situations (urgent): %s."};
constexpr Text kPriorityGroup{"Prioritatea „%s”: %s din %s.", "Priority \"%s\": %s in %s."};
constexpr Text kServicePlanItem{"%s: %s, prin planurile de servicii.", "%s: %s, through their service plans."};
constexpr Text kInventoryService{"%s (%s), %s: %s.", "%s (%s), %s: %s."};
constexpr Text kUnknownPlaces{"? locuri libere", "? free places"};
constexpr Text kShortListed{"Prioritatea „%s” (lista scurtă), fără acțiuni în acest an.",
                        "Priority \"%s\" (short list), with no action this year."};
constexpr Text kActionLine{"%s — responsabil: %s; parteneri: %s; %s; %s în %d%s.",
                       "%s — responsible: %s; partners: %s; %s; %s in %d%s."};
// Two counts of hours and a count of people (countOf).
constexpr Text kTraining{
    "Standardul 11 (Ordinul 288/2006): cel puțin %s pe an de formare în managementul de caz și %s "
    "în domeniul protecției copilului, pentru fiecare membru al personalului SPAS (%s).",
    "Standard 11 (Order 288/2006): at least %s a year of case-management training and %s in "
    "child welfare, for each member of the SPAS staff (%s)."};
constexpr Text kDash{"–", "–"};

std::string period(const Action& a) {
    return (a.start ? a.start->shown() : std::string("…")) + " – " + (a.end ? a.end->shown() : std::string("…"));
}

std::string actionLine(const Action& a, int year, Lang lang) {
    const FundingSource* source = findByCode(fundingSources(), a.funding);
    std::string funding = source ? std::string(", ") + source->programme.in(lang) : std::string();
    if (source && *source->axis.in(lang)) funding += std::string(" – ") + source->axis.in(lang);
    const auto orDash = [&](const std::string& s) { return s.empty() ? std::string(kDash.in(lang)) : s; };
    return line(kActionLine, lang, a.description.c_str(), orDash(a.responsible).c_str(), orDash(a.partners).c_str(),
                period(a).c_str(), formatRon(actionCostIn(a, year), lang).c_str(), year, funding.c_str());
}

void actionsOfKind(const Plan& plan, int year, ActionKind kind, Lang lang, std::string& out) {
    for (const Action& a : plan.planning.actions)
        if (a.kind == kind && a.status != ActionStatus::Cancelled && actionInYear(a, year)) out += actionLine(a, year, lang);
}

// Registry children living in the households with more than 10 risk situations.
long urgentRegistryChildren(const Plan& plan) {
    long children = 0;
    for (const auto& h : plan.households) {
        if (!urgentHousehold(*h)) continue;
        for (const FamilyNucleus& f : h->families)
            if (inRegistry(f)) children += static_cast<long>(f.children.size());
    }
    return children;
}

std::string beneficiaries(const Plan& plan, const NeedsReport& report, Lang lang) {
    const Staffing s = staffing(plan);
    const auto number = [lang](long n) { return groupedNumber(n, lang); };
    std::string out = line(kRegistry, lang, number(s.activeCases).c_str(), number(s.byFrequency[0]).c_str(),
                           number(s.byFrequency[1]).c_str(), number(s.byFrequency[2]).c_str());
    out += line(kConfirmed, lang, number(report.anyRow().confirmed.households).c_str(),
                countOf(report.anyRow().confirmed.childrenInHouseholds, nouns::kChild, lang).c_str());
    out += line(kSuspected, lang, number(report.anyRow().observed.households).c_str());
    out += line(kUrgent, lang, number(urgentRegistryChildren(plan)).c_str());
    const auto groups = groupFigures(plan);
    for (std::size_t i = 0; i < plan.planning.candidates.size(); ++i) {
        const Candidate& c = plan.planning.candidates[i];
        if (c.shortListed)
            out += line(kPriorityGroup, lang, c.name.c_str(), countOf(groups[i].children, nouns::kChild, lang).c_str(),
                        countOf(groups[i].households, nouns::kHousehold, lang).c_str());
    }
    return out;
}

// The benefits and services the Registry's service plans give, with how many children get each.
std::string servicesInUse(const Plan& plan, Lang lang) {
    std::map<std::string, long> children;
    for (const auto& h : plan.households)
        for (const FamilyNucleus& f : h->families)
            for (const Child& c : f.children) {
                if (!c.servicePlan) continue;
                for (const auto& code : c.servicePlan->benefits) ++children[code];
                for (const auto& code : c.servicePlan->services) ++children[code];
            }
    std::string out;
    for (const PlanItem& item : planItems())
        if (const auto it = children.find(item.code); it != children.end())
            out += line(kServicePlanItem, lang, item.label.in(lang), countOf(it->second, nouns::kChild, lang).c_str());
    return out;
}

// The services of the resources inventory (section 1.1.2) in the commune and its micro-area.
std::string inventory(const Plan& plan, Lang lang) {
    std::string out;
    for (const Service& s : plan.resources.services) {
        const ServiceType* type = findByCode(serviceTypes(), s.type);
        const std::string places = s.freePlaces ? freePlacesText(*s.freePlaces, lang) : kUnknownPlaces.in(lang);
        out += line(kInventoryService, lang, s.name.c_str(), type ? type->label.in(lang) : s.type.c_str(),
                    s.locality.c_str(), places.c_str());
    }
    return out;
}

std::string newServices(const Plan& plan, int year, Lang lang) {
    std::string out;
    actionsOfKind(plan, year, ActionKind::NewService, lang, out);
    for (const Candidate& c : plan.planning.candidates) {
        if (!c.shortListed) continue;
        const bool hasAction = std::any_of(plan.planning.actions.begin(), plan.planning.actions.end(), [&](const Action& a) {
            return actionPriority(plan.planning, a) == c.id && actionInYear(a, year);
        });
        if (!hasAction) out += line(kShortListed, lang, c.name.c_str());
    }
    return out;
}

}  // namespace

bool actionInYear(const Action& a, int year) {
    if (actionCostIn(a, year) > 0) return true;
    if (!a.start && !a.end) return false;
    const int from = a.start ? a.start->year : a.end->year;
    const int to = a.end ? a.end->year : from;
    return from <= year && year <= to;
}

ActionPlanSections draftActionPlan(const Plan& plan, int year, const Date& today, Lang lang) {
    return draftActionPlan(plan, year, needsReport(plan, today), lang);
}

ActionPlanSections draftActionPlan(const Plan& plan, int year, const NeedsReport& report, Lang lang) {
    ActionPlanSections s;
    s[static_cast<int>(ActionPlanSection::Beneficiaries)] = beneficiaries(plan, report, lang);
    std::string& existing = s[static_cast<int>(ActionPlanSection::ExistingServices)];
    existing = inventory(plan, lang) + servicesInUse(plan, lang);
    actionsOfKind(plan, year, ActionKind::ExistingService, lang, existing);
    s[static_cast<int>(ActionPlanSection::NewServices)] = newServices(plan, year, lang);
    actionsOfKind(plan, year, ActionKind::Contracting, lang, s[static_cast<int>(ActionPlanSection::Contracting)]);
    actionsOfKind(plan, year, ActionKind::PublicInformation, lang, s[static_cast<int>(ActionPlanSection::PublicInformation)]);
    std::string& training = s[static_cast<int>(ActionPlanSection::Training)];
    actionsOfKind(plan, year, ActionKind::Training, lang, training);
    const std::string hours = countOf(kTrainingHours, nouns::kHour, lang);
    training += line(kTraining, lang, hours.c_str(), hours.c_str(),
                     countOf(plan.planning.spasStaff, nouns::kPerson, lang).c_str());
    return s;
}

ActionPlanSections actionPlanText(const Plan& plan, int year, const ActionPlanSections& draft) {
    ActionPlanSections out = draft;
    for (const ActionPlanText& t : plan.planning.actionPlans)
        if (t.year == year)
            for (int i = 0; i < kActionPlanSectionCount; ++i)
                if (!t.sections[i].empty()) out[i] = t.sections[i];
    return out;
}

}  // namespace prevplan
