#include "core/progress/plan_progress.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "core/base/format.h"
#include "core/base/words.h"
#include "core/model/rules.h"
#include "core/planning/priorities.h"
#include "core/sharing/share_history.h"

namespace prevplan {

Text stepStateName(StepState state) {
    switch (state) {
        case StepState::NotStarted: return {"neînceput", "not started"};
        case StepState::InProgress: return {"în lucru", "in progress"};
        case StepState::Done: return {"gata", "done"};
    }
    return {"", ""};
}

namespace {

namespace noun {
inline constexpr Noun kDeadline{{"termen depășit", "overdue deadline"}, {"termene depășite", "overdue deadlines"}};
inline constexpr Noun kObjective{{"obiectiv", "objective"}, {"obiective", "objectives"}};
inline constexpr Noun kAction{{"acțiune", "action"}, {"acțiuni", "actions"}};
inline constexpr Noun kStep{{"pas", "step"}, {"pași", "steps"}};
inline constexpr Noun kServicePlan{{"plan de servicii", "service plan"}, {"planuri de servicii", "service plans"}};
}  // namespace noun

// What the rules read: every household's part summed, and the villages' figures.
struct Facts : HouseholdProgress {
    const Plan& plan;
    Date today;
    long villagesWithoutSheets = 0, villagesWithoutIns = 0;
    long overdue = 0;

    Facts(const Plan& p, const Date& d) : plan(p), today(d) {}
};

void countFamily(HouseholdProgress& f, const ObservatoryDay& day, const FamilyNucleus& family) {
    long children = 0;
    for (const Child& child : family.children) children += day.includes(child);
    if (children == 0) return;  // none recorded yet, or all out of the Observatory (outOfObservatoryOn)
    CommuneCounts& c = f.counts;
    ++c.families;
    c.children += children;
    if (family.sheet) ++f.sheets;
    else ++f.familiesWithoutSheet;
    if (needsRiskIdentification(family) && !riskIdentifiedSinceSheet(family)) ++f.visitsPending;
    if (family.risk && family.risk->visitedOn) ++f.visitsMade;
    if (heldRisks(family).any()) c.atRiskChildren += children;
    c.confirmedRisks += confirmedRiskCount(family);
    if (!inRegistry(family)) return;
    for (const Child& child : family.children) {
        if (!day.includes(child)) continue;
        ++c.registryChildren;
        const auto& sp = child.servicePlan;
        if (!sp || !sp->completedOn) ++f.plansMissing;
        else if (!sp->approvedOn) ++f.plansAwaitingApproval;
        if (sp && sp->completedOn) ++c.servicePlans;
    }
}

void addOverdue(HouseholdProgress::Overdue& sum, long count, const Date& oldest) {
    if (count == 0) return;
    if (sum.count == 0 || oldest < sum.oldest) sum.oldest = oldest;
    sum.count += count;
}

void add(HouseholdProgress& sum, const HouseholdProgress& h) {
    CommuneCounts& c = sum.counts;
    c.children += h.counts.children;
    c.households += h.counts.households;
    c.families += h.counts.families;
    c.atRiskChildren += h.counts.atRiskChildren;
    c.registryChildren += h.counts.registryChildren;
    c.confirmedRisks += h.counts.confirmedRisks;
    c.servicePlans += h.counts.servicePlans;
    sum.familiesWithoutSheet += h.familiesWithoutSheet;
    sum.sheets += h.sheets;
    sum.visitsPending += h.visitsPending;
    sum.visitsMade += h.visitsMade;
    sum.plansMissing += h.plansMissing;
    sum.plansAwaitingApproval += h.plansAwaitingApproval;
    for (std::size_t k = 0; k < sum.overdueByKind.size(); ++k)
        addOverdue(sum.overdueByKind[k], h.overdueByKind[k].count, h.overdueByKind[k].oldest);
}

void gather(Facts& f, const std::vector<HouseholdProgress>& households) {
    const Plan& plan = f.plan;
    std::vector<bool> observed(plan.villages.size(), false);
    for (std::size_t h = 0; h < households.size(); ++h) {
        add(f, households[h]);
        if (households[h].sheets == 0) continue;
        for (std::size_t v = 0; v < plan.villages.size(); ++v)
            if (plan.villages[v].name == plan.households[h]->village) observed[v] = true;
    }
    f.villagesWithoutSheets = std::count(observed.begin(), observed.end(), false);
    for (const Village& v : plan.villages) f.villagesWithoutIns += !v.insChildren;
}

// A reason whose Romanian and English are built the same way from the figures.
template <typename Say>
Wording both(Say say) {
    return {say(Lang::Ro), say(Lang::En)};
}
Wording fixed(const Text& text) { return {text.ro, text.en}; }

StepProgress notStarted(Wording why) { return {PlanStep::Count, StepState::NotStarted, std::move(why)}; }
StepProgress inProgress(Wording why) { return {PlanStep::Count, StepState::InProgress, std::move(why)}; }
StepProgress done(Wording why) { return {PlanStep::Count, StepState::Done, std::move(why)}; }

// "12 familii fără fișă de observație": a count, then the words after it.
Wording countThen(long n, const Noun& noun, const Text& rest) {
    return both([&](Lang l) { return countOf(n, noun, l) + rest.in(l); });
}
// "3 din 5 sate fără …"
Wording partOf(long part, long whole, const Noun& noun, const Text& rest) {
    return both([&](Lang l) {
        return groupedNumber(part, l) + (l == Lang::Ro ? " din " : " of ") + countOf(whole, noun, l) + rest.in(l);
    });
}

using Steps = std::array<StepProgress, kPlanStepCount>;
bool isDone(const Steps& s, PlanStep step) { return s[static_cast<std::size_t>(step)].state == StepState::Done; }

// ---- the rules, one per step --------------------------------------------------------------------

StepProgress commune(const Facts& f, const Steps&) {
    const long villages = static_cast<long>(f.plan.villages.size());
    if (villages == 0) return notStarted(fixed({"Niciun sat trecut în listă", "No village listed yet"}));
    if (f.villagesWithoutIns > 0)
        return inProgress(partOf(f.villagesWithoutIns, villages, nouns::kVillage,
                                 {" fără numărul de copii INS", " without the INS number of children"}));
    return done(
        countThen(villages, nouns::kVillage, {", cu numărul de copii INS", ", with the INS number of children"}));
}

StepProgress observatory(const Facts& f, const Steps&) {
    if (f.counts.households == 0)
        return notStarted(fixed({"Nicio gospodărie înregistrată", "No household registered"}));
    const long villages = static_cast<long>(f.plan.villages.size());
    if (f.villagesWithoutSheets > 0)
        return inProgress(
            partOf(f.villagesWithoutSheets, villages, nouns::kVillage,
                   {" fără gospodării cu fișă de observație", " without households with an observation sheet"}));
    if (f.familiesWithoutSheet > 0)
        return inProgress(countThen(f.familiesWithoutSheet, nouns::kFamily,
                                    {" fără fișă de observație", " without an observation sheet"}));
    return done(countThen(f.counts.households, nouns::kHousehold,
                          {", toate cu fișă de observație", ", all with an observation sheet"}));
}

StepProgress risk(const Facts& f, const Steps&) {
    if (f.sheets == 0 && f.visitsPending == 0)
        return notStarted(fixed({"Nicio fișă de observație încă", "No observation sheet yet"}));
    if (f.visitsPending > 0) {
        Wording why = countThen(f.visitsPending, nouns::kFamily,
                                {" așteaptă vizita la domiciliu", " waiting for the home visit"});
        return f.visitsMade == 0 ? notStarted(std::move(why)) : inProgress(std::move(why));
    }
    if (f.visitsMade == 0) return done(fixed({"Nicio fișă nu ridică suspiciuni", "No sheet raises a suspicion"}));
    return done(fixed({"Toate suspiciunile au fost verificate la domiciliu", "Every suspicion checked at home"}));
}

StepProgress registry(const Facts& f, const Steps& s) {
    if (f.counts.registryChildren == 0) {
        if (isDone(s, PlanStep::Risk) && f.sheets > 0)
            return done(fixed({"Niciun risc confirmat: Registrul e gol", "No risk confirmed: the Registry is empty"}));
        return notStarted(fixed({"Niciun copil în Registru încă", "No child in the Registry yet"}));
    }
    if (f.plansMissing > 0)
        return inProgress(partOf(f.plansMissing, f.counts.registryChildren, nouns::kChild,
                                 {" fără plan de servicii", " without a service plan"}));
    if (f.plansAwaitingApproval > 0)
        return inProgress(countThen(f.plansAwaitingApproval, noun::kServicePlan,
                                    {" de aprobat prin dispoziția primarului", " awaiting the mayor's approval"}));
    return done(countThen(f.counts.registryChildren, nouns::kChild,
                          {", toți cu plan de servicii aprobat", ", all with an approved service plan"}));
}

StepProgress deadlines(const Facts& f, const Steps&) {
    if (f.counts.families == 0)
        return notStarted(fixed({"Niciun termen: Observatorul e gol", "No deadline: the Observatory is empty"}));
    if (f.overdue > 0) return inProgress(countThen(f.overdue, noun::kDeadline, {"", ""}));
    return done(fixed({"Niciun termen depășit", "No deadline overdue"}));
}

bool hasSnapshot(const Plan& plan, int year) {
    return std::any_of(plan.reportSnapshots.begin(), plan.reportSnapshots.end(),
                       [year](const ReportSnapshot& s) { return s.year == year; });
}

StepProgress report(const Facts& f, const Steps&) {
    if (f.sheets == 0)
        return notStarted(
            fixed({"Raportul se face din fișele de observație", "The report is made from the observation sheets"}));
    const int year = f.today.year;
    const auto say = [year](const Text& pattern) { return both([&](Lang l) { return format(pattern.in(l), year); }); };
    if (!hasSnapshot(f.plan, year))
        return inProgress(say({"Cifrele anului %d nu sunt salvate încă", "The figures of %d are not saved yet"}));
    return done(say({"Cifrele anului %d sunt salvate", "The figures of %d are saved"}));
}

StepProgress resources(const Facts& f, const Steps&) {
    const Resources& r = f.plan.resources;
    if (r.services.empty() && r.microArea.empty() && !r.dgaspcListsOn)
        return notStarted(fixed({"Inventarul resurselor e gol", "The inventory of resources is empty"}));
    if (r.services.empty()) return inProgress(fixed({"Niciun serviciu în inventar", "No service in the inventory"}));
    if (r.microArea.empty())
        return inProgress(
            fixed({"Micro-zona funcțională nu e descrisă", "The functional micro-area is not described"}));
    if (!r.dgaspcListsOn)
        return inProgress(fixed({"Listele DGASPC nu sunt trecute", "The DGASPC's lists are not recorded"}));
    const long recheck =
        std::count_if(r.services.begin(), r.services.end(), [&](const Service& s) { return recheckDue(s, f.today); });
    if (recheck > 0)
        return inProgress(countThen(recheck, nouns::kService,
                                    {" de verificat din nou (la 3 luni)", " to check again (every 3 months)"}));
    return done(countThen(static_cast<long>(r.services.size()), nouns::kService,
                          {" în inventar, verificate", " in the inventory, checked"}));
}

StepProgress requiredServices(const Facts& f, const Steps&) {
    if (f.sheets == 0)
        return notStarted(
            fixed({"Nevoile vin din fișele de observație", "The needs come from the observation sheets"}));
    if (f.plan.resources.services.empty())
        return inProgress(
            fixed({"Comparația așteaptă inventarul resurselor", "The comparison waits for the inventory"}));
    const auto& candidates = f.plan.planning.candidates;
    const long taken = std::count_if(candidates.begin(), candidates.end(),
                                     [](const Candidate& c) { return !c.requiredService.empty(); });
    if (taken == 0)
        return inProgress(
            fixed({"Niciun serviciu necesar trecut la priorități", "No required service taken to the priorities"}));
    return done(countThen(taken, nouns::kService, {" trecute la priorități", " taken to the priorities"}));
}

StepProgress priorities(const Facts& f, const Steps&) {
    const auto& candidates = f.plan.planning.candidates;
    if (candidates.empty()) return notStarted(fixed({"Niciun serviciu candidat", "No candidate service"}));
    const long chosen =
        std::count_if(candidates.begin(), candidates.end(), [](const Candidate& c) { return c.shortListed; });
    const auto say = [&](const Text& rest) { return countThen(chosen, nouns::kPriority, rest); };
    if (shortListAdvice(static_cast<int>(chosen)) != ShortListAdvice::Good)
        return inProgress(say({" alese; metoda cere 3–5", " chosen; the method asks for 3–5"}));
    return done(say({" alese", " chosen"}));
}

StepProgress thePlan(const Facts& f, const Steps&) {
    const Planning& p = f.plan.planning;
    if (p.objectives.empty() && p.actions.empty())
        return notStarted(fixed({"Niciun obiectiv încă", "No objective yet"}));
    if (p.startYear == 0) return inProgress(fixed({"Anul de început nu e ales", "The start year is not chosen"}));
    if (p.objectives.empty()) return inProgress(fixed({"Acțiunile nu au obiective", "The actions have no objective"}));
    const long withoutActions = std::count_if(p.objectives.begin(), p.objectives.end(), [&](const PlanObjective& o) {
        return std::none_of(p.actions.begin(), p.actions.end(), [&](const Action& a) { return a.objective == o.id; });
    });
    if (withoutActions > 0)
        return inProgress(countThen(withoutActions, noun::kObjective, {" fără acțiuni", " without actions"}));
    return done(both([&](Lang l) {
        return countOf(static_cast<long>(p.objectives.size()), noun::kObjective, l) + ", " +
               countOf(static_cast<long>(p.actions.size()), noun::kAction, l);
    }));
}

// Every year of the plan up to this one has its frozen report (section 1.1.4.4: year on year).
StepProgress monitoring(const Facts& f, const Steps&) {
    const Planning& p = f.plan.planning;
    if (p.startYear == 0 || p.startYear > f.today.year)
        return notStarted(fixed({"Planul nu a început încă", "The plan has not started yet"}));
    const int last = std::min(f.today.year, p.startYear + p.periodYears - 1);
    std::vector<std::string> missing;
    for (int year = p.startYear; year <= last; ++year)
        if (!hasSnapshot(f.plan, year)) missing.push_back(std::to_string(year));
    if (!missing.empty())
        return inProgress(both([&](Lang l) {
            return std::string(l == Lang::Ro ? "Lipsesc cifrele anilor: " : "Figures missing for: ") +
                   listOf(missing, l);
        }));
    return done(fixed({"Cifrele fiecărui an sunt salvate", "Every year's figures are saved"}));
}

// Ready for the local council once the steps the document draws on are done; the work queue and
// monitoring go on after the approval.
constexpr PlanStep kDocumentSteps[] = {PlanStep::Commune,          PlanStep::Observatory, PlanStep::Risk,
                                       PlanStep::Registry,         PlanStep::Report,      PlanStep::Resources,
                                       PlanStep::RequiredServices, PlanStep::Priorities,  PlanStep::ThePlan};

// Done once the plan has gone out (the DGASPC package, the council's decision), whatever else is
// open; a document only opened or downloaded is said, not counted as sent.
StepProgress share(const Facts& f, const Steps& s) {
    if (const ShareRecord* sent = lastSent(f.plan)) return done(both([&](Lang l) { return shareLine(*sent, l); }));
    const ShareRecord* printed = f.plan.shared.empty() ? nullptr : &f.plan.shared.back();
    if (s[static_cast<std::size_t>(PlanStep::ThePlan)].state == StepState::NotStarted && !printed)
        return notStarted(fixed({"Planul nu are încă obiective", "The plan has no objectives yet"}));
    const long open = std::count_if(std::begin(kDocumentSteps), std::end(kDocumentSteps),
                                    [&](PlanStep step) { return !isDone(s, step); });
    if (open > 0)
        return inProgress(countThen(
            open, noun::kStep, {" de încheiat înainte de consiliul local", " to finish before the local council"}));
    if (printed)
        return inProgress(both([&](Lang l) {
            return shareLine(*printed, l) + (l == Lang::Ro ? "; netrimis încă DGASPC" : "; not sent to the DGASPC yet");
        }));
    return inProgress(
        fixed({"Gata pentru consiliul local; netrimis încă", "Ready for the local council; not sent yet"}));
}

// In the method's order: a rule may read the states of the steps before it.
struct StepRule {
    PlanStep step;
    StepProgress (*rule)(const Facts&, const Steps&);
};
constexpr StepRule kRules[] = {
    {PlanStep::Commune, commune},
    {PlanStep::Observatory, observatory},
    {PlanStep::Risk, risk},
    {PlanStep::Registry, registry},
    {PlanStep::WorkQueue, deadlines},
    {PlanStep::Report, report},
    {PlanStep::Resources, resources},
    {PlanStep::RequiredServices, requiredServices},
    {PlanStep::Priorities, priorities},
    {PlanStep::ThePlan, thePlan},
    {PlanStep::Monitoring, monitoring},
    {PlanStep::Share, share},
};
static_assert(std::size(kRules) == kPlanStepCount, "one rule per step");

constexpr bool rulesInOrder() {
    for (std::size_t i = 0; i < std::size(kRules); ++i)
        if (kRules[i].step != static_cast<PlanStep>(i)) return false;
    return true;
}
static_assert(rulesInOrder(), "the rules in the method's order");

// Overdue work as the dashboard lists it: the legal deadlines first.
struct OverdueKind {
    TaskKind kind;
    bool legal;
    Text label;
};
constexpr OverdueKind kOverdueKinds[] = {
    {TaskKind::AbuseSuspicionVisit,
     true,
     {"Vizite în 72 de ore: suspiciune de abuz sau neglijare", "Visits within 72 hours: suspected abuse or neglect"}},
    {TaskKind::NotifyDgaspc,
     true,
     {"Anunțarea DGASPC: abuz sau neglijare confirmate", "Notifying the DGASPC: abuse or neglect confirmed"}},
    {TaskKind::RiskIdentification, true, {"Vizite la domiciliu în 72 de ore", "Home visits within 72 hours"}},
    {TaskKind::ServicePlan, false, {"Planuri de servicii (30 de zile)", "Service plans (30 days)"}},
    {TaskKind::MonitoringVisit, false, {"Vizite de monitorizare", "Monitoring visits"}},
    {TaskKind::RefreshObservation,
     false,
     {"Fișe de observație de completat sau actualizat", "Observation sheets to fill out or refresh"}},
};

static_assert(std::size(kOverdueKinds) == std::tuple_size<decltype(HouseholdProgress::overdueByKind)>::value,
              "one tally per kind of overdue work");

std::size_t overduePosition(TaskKind kind) {
    std::size_t k = 0;
    while (kOverdueKinds[k].kind != kind) ++k;
    return k;
}

HouseholdProgress householdProgress(const Household& household, const Date& today) {
    HouseholdProgress part;
    const ObservatoryDay day(today);
    for (const auto& family : household.families) countFamily(part, day, family);
    part.counts.households = part.counts.families > 0;
    for (const WorkItem& item : householdTasks(household, today, 0))
        if (item.overdue) addOverdue(part.overdueByKind[overduePosition(item.kind)], 1, item.due);
    return part;
}

}  // namespace

PlanProgress planProgress(const Plan& plan, const Date& today) {
    ProgressFacts facts;
    return planProgress(plan, today, facts);
}

PlanProgress planProgress(const Plan& plan, const Date& today, ProgressFacts& kept) {
    PlanProgress out;
    Facts facts(plan, today);
    gather(facts, kept.of(plan, today, householdProgress));
    for (std::size_t k = 0; k < std::size(kOverdueKinds); ++k) {
        const OverdueKind& kind = kOverdueKinds[k];
        const HouseholdProgress::Overdue& o = facts.overdueByKind[k];
        if (o.count > 0) out.overdue.push_back({kind.kind, kind.legal, kind.label, o.count, o.oldest});
        out.overdueTotal += o.count;
    }
    facts.overdue = out.overdueTotal;
    out.counts = facts.counts;
    for (const StepRule& r : kRules) {
        StepProgress p = r.rule(facts, out.steps);
        p.step = r.step;
        out.steps[static_cast<std::size_t>(r.step)] = std::move(p);
    }
    for (const StepProgress& p : out.steps)
        if (p.state != StepState::Done) {
            out.next = p.step;
            break;
        }
    return out;
}

}  // namespace prevplan
