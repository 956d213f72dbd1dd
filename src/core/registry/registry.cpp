#include "core/registry/registry.h"

#include <algorithm>
#include <unordered_map>

#include "core/catalog/service_plan_items.h"
#include "core/catalog/span.h"
#include "core/base/csv.h"
#include "core/model/rules.h"
#include "core/registry/work_queue.h"

namespace prevplan {

Text servicePlanStatusName(ServicePlanStatus status) {
    switch (status) {
        case ServicePlanStatus::Missing: return {"Lipsește", "Missing"};
        case ServicePlanStatus::Draft: return {"În lucru", "In progress"};
        case ServicePlanStatus::AwaitingApproval: return {"De aprobat de primar", "Awaiting the mayor's approval"};
        case ServicePlanStatus::Approved: return {"Aprobat", "Approved"};
    }
    return {};
}

namespace {

// The work queue already knows every child's next deadline; look-ahead far enough to see all.
constexpr int kWholeHorizonDays = 100 * 366;

ServicePlanStatus statusOf(const Child& c) {
    if (!c.servicePlan) return ServicePlanStatus::Missing;
    if (!c.servicePlan->completedOn) return ServicePlanStatus::Draft;
    if (!c.servicePlan->approvedOn) return ServicePlanStatus::AwaitingApproval;
    return ServicePlanStatus::Approved;
}

}  // namespace

std::vector<RegistryEntry> registryEntries(const Plan& plan, const Date& today) {
    std::unordered_map<Id, const WorkItem*> dueByChild;
    const std::vector<WorkItem> queue = workQueue(plan, today, kWholeHorizonDays);
    for (const WorkItem& item : queue)
        if (!item.childId.empty()) dueByChild.emplace(item.childId, &item);

    std::vector<RegistryEntry> out;
    for (std::size_t h = 0; h < plan.households.size(); ++h) {
        const Household& household = *plan.households[h];
        for (const FamilyNucleus& family : household.families) {
            const int confirmed = confirmedRiskCount(family);
            if (confirmed == 0) continue;
            for (const Child& child : family.children) {
                RegistryEntry e{{household.id, family.id},
                                child.id,
                                h,
                                confirmed,
                                monitoringIntervalMonths(confirmed),
                                statusOf(child),
                                std::nullopt,
                                false,
                                turned18By(child, today)};
                if (const auto it = dueByChild.find(child.id); it != dueByChild.end()) {
                    e.due = it->second->due;
                    e.overdue = it->second->overdue;
                }
                out.push_back(std::move(e));
            }
        }
    }
    return out;
}

namespace {

std::string dateText(const std::optional<Date>& d) { return d ? d->shown() : std::string(); }

std::string confirmedCodes(const FamilyNucleus& family) {
    const IndicatorSet set = confirmedSet(family) & catalogMasks().riskSituations;
    std::string out;
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (set[i]) out += (out.empty() ? "" : " ") + std::string(indicator(i).code);
    return out;
}

std::string itemLabels(const std::vector<std::string>& codes, const std::string& other, Lang lang) {
    std::string out;
    for (const auto& code : codes) {
        const PlanItem* item = findByCode(planItems(), code);
        out += (out.empty() ? "" : "; ") + std::string(item ? item->label.in(lang) : code.c_str());
    }
    if (!other.empty()) out += (out.empty() ? "" : "; ") + other;
    return out;
}

constexpr Text kColumns[] = {
    {"Nr.", "No."},
    {"Satul", "Village"},
    {"Adresa", "Address"},
    {"Capul familiei", "Head of family"},
    {"Numele copilului", "Child's name"},
    {"CNP", "CNP"},
    {"Data nașterii", "Birth date"},
    {"Nr. fișei", "Sheet id"},
    {"Identificarea riscurilor făcută de", "Risk identification made by"},
    {"Funcția", "Position"},
    {"Data identificării riscurilor", "Risk identification date"},
    {"Înregistrat la", "Registered on"},
    {"Situații de risc confirmate", "Confirmed risk situations"},
    {"Codurile situațiilor", "Risk codes"},
    {"Monitorizare (luni)", "Monitoring (months)"},
    {"Planul de servicii", "Service plan"},
    {"Termen", "Due"},
    {"Depășit", "Overdue"},
    {"Beneficii", "Benefits"},
    {"Servicii", "Services"},
    {"Furnizor", "Provider"},
    {"Scop", "Goal"},
    {"Durata (luni)", "Duration (months)"},
    {"Responsabil de caz", "Case officer"},
    {"Funcția responsabilului de caz", "Case officer's function"},
    {"Plan întocmit la", "Plan completed on"},
    {"Aprobat prin dispoziția primarului la", "Approved by the mayor's order on"},
    {"Vizite de monitorizare", "Monitoring visits"},
    {"Ultima vizită de monitorizare", "Last monitoring visit"},
    {"Este necesară revizuirea planului? (Da/Nu)", "Does the plan need revising? (Yes/No)"},
    {"Data revizuirii", "Revised on"},
    {"Motivul revizuirii", "Reason for the revision"},
};

// Section 4.2 asks, after monitoring, whether the plan needs revising, and when and why it was:
// the latest visit answers for the child.
const MonitoringVisit* lastVisit(const Child& c) {
    const auto last =
        std::max_element(c.visits.begin(), c.visits.end(),
                         [](const MonitoringVisit& a, const MonitoringVisit& b) { return a.date < b.date; });
    return last == c.visits.end() ? nullptr : &*last;
}

std::vector<std::string> revisionFields(const Child& c, Lang lang) {
    const MonitoringVisit* v = lastVisit(c);
    if (!v) return {"", "", "", ""};
    const char* yes = lang == Lang::Ro ? "Da" : "Yes";
    const char* no = lang == Lang::Ro ? "Nu" : "No";
    if (!v->revisionNeeded) return {v->date.shown(), no, "", ""};
    return {v->date.shown(), yes, dateText(v->revisedOn), v->reason};
}

}  // namespace

std::string exportRegistryCsv(const Plan& plan, const Date& today, Lang lang, char separator) {
    std::string out(kUtf8Bom);
    std::vector<std::string> fields;
    for (const Text& t : kColumns) fields.push_back(t.in(lang));
    out += csvLine(fields, separator);
    int number = 0;
    for (const RegistryEntry& e : registryEntries(plan, today)) {
        if (!e.current()) continue;
        const Household& h = *plan.households[e.household];
        const FamilyNucleus& f = *findFamily(plan, e.family);
        const Child& c = *findChild(f, e.childId);
        const ServicePlan sp = c.servicePlan.value_or(ServicePlan{});
        const RiskIdentification risk = f.risk.value_or(RiskIdentification{});
        fields = {std::to_string(++number), h.village, h.address, f.head, c.name, c.cnp, dateText(c.birthDate),
                  f.sheet ? f.sheet->sheetId : "", risk.visitedBy, risk.position, dateText(risk.visitedOn),
                  dateText(c.registeredOn), std::to_string(e.confirmedRisks), confirmedCodes(f),
                  std::to_string(e.monitoringMonths), servicePlanStatusName(e.plan).in(lang),
                  dateText(e.due), e.overdue ? (lang == Lang::Ro ? "da" : "yes") : "",
                  itemLabels(sp.benefits, sp.otherBenefits, lang), itemLabels(sp.services, sp.otherServices, lang),
                  sp.provider, sp.goal, sp.durationMonths ? std::to_string(sp.durationMonths) : "", sp.caseOfficer,
                  sp.caseOfficerFunction, dateText(sp.completedOn), dateText(sp.approvedOn),
                  std::to_string(c.visits.size())};
        for (std::string& cell : revisionFields(c, lang)) fields.push_back(std::move(cell));
        out += csvLine(fields, separator);
    }
    return out;
}

}  // namespace prevplan
