// Each step's state and reason, the commune's counts and the overdue work, on plans written out by
// hand, on an empty plan and on the demo commune.
#include "core/demo/demo.h"
#include "core/progress/plan_progress.h"
#include "core/registry/registry.h"
#include "core/registry/work_queue.h"
#include "core/report/report.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

const Date kToday = d("2026-11-29");

std::string ro(const PlanProgress& p, PlanStep step) { return p.of(step).reason.ro; }
std::string en(const PlanProgress& p, PlanStep step) { return p.of(step).reason.en; }
StepState state(const PlanProgress& p, PlanStep step) { return p.of(step).state; }

// Two villages; Deal has one household with a sheet suspecting 1.b, confirmed on the home visit
// for its two children, neither with a service plan yet.
Plan sample() {
    Plan plan;
    plan.villages = {{"Deal", 40}, {"Vale", std::nullopt}};
    FamilyNucleus f1 = family("f1", "Popescu", {child("c1", "Ion"), child("c2", "Ana")});
    f1.sheet = sheet("05001", "2026-11-01", {"1.b"});
    f1.risk = visit("2026-11-03", {"1.b"});
    plan.households = {household("h1", "Deal", {f1})};
    return plan;
}

}  // namespace

TEST_CASE("an empty plan: nothing started, the commune first") {
    const PlanProgress p = planProgress(Plan{}, kToday);
    for (const StepProgress& s : p.steps) {
        CHECK(s.state == StepState::NotStarted);
        CHECK_FALSE(s.reason.ro.empty());
        CHECK_FALSE(s.reason.en.empty());
    }
    CHECK(p.next == PlanStep::Commune);
    CHECK(ro(p, PlanStep::Commune) == "Niciun sat trecut în listă");
    CHECK(p.counts.children == 0);
    CHECK(p.overdue.empty());
}

TEST_CASE("the commune is done once every village has its INS figure") {
    Plan plan = sample();
    PlanProgress p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::Commune) == StepState::InProgress);
    CHECK(ro(p, PlanStep::Commune) == "1 din 2 sate fără numărul de copii INS");
    CHECK(en(p, PlanStep::Commune) == "1 of 2 villages without the INS number of children");
    plan.villages[1].insChildren = 12;
    p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::Commune) == StepState::Done);
    CHECK(p.next == PlanStep::Observatory);
}

TEST_CASE("the Observatory is in progress while a listed village has no household with a sheet") {
    Plan plan = sample();
    PlanProgress p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::Observatory) == StepState::InProgress);
    CHECK(ro(p, PlanStep::Observatory) == "1 din 2 sate fără gospodării cu fișă de observație");

    // A household in Vale, but its family has no sheet yet.
    plan.households.push_back(household("h2", "Vale", {family("f2", "Ionescu", {child("c3", "Maria")})}));
    p = planProgress(plan, kToday);
    CHECK(ro(p, PlanStep::Observatory) == "1 din 2 sate fără gospodării cu fișă de observație");

    FamilyNucleus f2 = family("f2", "Ionescu", {child("c3", "Maria")});
    f2.sheet = sheet("05002", "2026-11-02", {}, {"1.b"});
    plan.households[1] = household("h2", "Vale", {f2});
    p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::Observatory) == StepState::Done);
    CHECK(ro(p, PlanStep::Observatory) == "2 gospodării, toate cu fișă de observație");
}

TEST_CASE("risk identification waits for the home visits the sheets ask for") {
    Plan plan = sample();
    FamilyNucleus f2 = family("f2", "Ionescu", {child("c3", "Maria")});
    f2.sheet = sheet("05002", "2026-11-20", {"2.b"});
    plan.households.push_back(household("h2", "Vale", {f2}));
    PlanProgress p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::Risk) == StepState::InProgress);
    CHECK(ro(p, PlanStep::Risk) == "1 familie așteaptă vizita la domiciliu");
    CHECK(en(p, PlanStep::Risk) == "1 family waiting for the home visit");

    f2.risk = visit("2026-11-22", {}, {"2.b"});
    plan.households[1] = household("h2", "Vale", {f2});
    p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::Risk) == StepState::Done);
}

TEST_CASE("the Registry is in progress while confirmed children lack a service plan") {
    Plan plan = sample();
    PlanProgress p = planProgress(plan, kToday);
    CHECK(p.counts.registryChildren == 2);
    CHECK(state(p, PlanStep::Registry) == StepState::InProgress);
    CHECK(ro(p, PlanStep::Registry) == "2 din 2 copii fără plan de servicii");

    FamilyNucleus f1 = plan.households[0]->families[0];
    for (Child& c : f1.children) {
        c.servicePlan = ServicePlan{};
        c.servicePlan->completedOn = d("2026-11-10");
    }
    plan.households[0] = household("h1", "Deal", {f1});
    p = planProgress(plan, kToday);
    CHECK(ro(p, PlanStep::Registry) == "2 planuri de servicii de aprobat prin dispoziția primarului");
    CHECK(p.counts.servicePlans == 2);

    for (Child& c : f1.children) c.servicePlan->approvedOn = d("2026-11-12");
    plan.households[0] = household("h1", "Deal", {f1});
    p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::Registry) == StepState::Done);
    CHECK(en(p, PlanStep::Registry) == "2 children, all with an approved service plan");
}

TEST_CASE("the commune's counts") {
    const PlanProgress p = planProgress(sample(), kToday);
    CHECK(p.counts.children == 2);
    CHECK(p.counts.households == 1);
    CHECK(p.counts.families == 1);
    CHECK(p.counts.atRiskChildren == 2);
    CHECK(p.counts.confirmedRisks == 1);
    CHECK(p.counts.servicePlans == 0);
}

TEST_CASE("priorities are done at three to five chosen") {
    Plan plan = sample();
    plan.planning.candidates.resize(6);
    for (int i = 0; i < 6; ++i) plan.planning.candidates[i].id = "k" + std::to_string(i);
    plan.planning.candidates[0].shortListed = plan.planning.candidates[1].shortListed = true;
    PlanProgress p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::Priorities) == StepState::InProgress);
    CHECK(ro(p, PlanStep::Priorities) == "2 priorități alese; metoda cere 3–5");
    plan.planning.candidates[2].shortListed = true;
    p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::Priorities) == StepState::Done);
    for (auto& c : plan.planning.candidates) c.shortListed = true;
    CHECK(state(planProgress(plan, kToday), PlanStep::Priorities) == StepState::InProgress);
}

TEST_CASE("the plan is in progress while an objective has no action") {
    Plan plan = sample();
    plan.planning.startYear = 2026;
    plan.planning.objectives.resize(2);
    plan.planning.objectives[0].id = "o1";
    plan.planning.objectives[1].id = "o2";
    Action a;
    a.id = "a1";
    a.objective = "o1";
    plan.planning.actions = {a};
    PlanProgress p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::ThePlan) == StepState::InProgress);
    CHECK(ro(p, PlanStep::ThePlan) == "1 obiectiv fără acțiuni");
    plan.planning.actions.push_back(a);
    plan.planning.actions.back().objective = "o2";
    p = planProgress(plan, kToday);
    CHECK(state(p, PlanStep::ThePlan) == StepState::Done);
    CHECK(ro(p, PlanStep::ThePlan) == "2 obiective, 2 acțiuni");
    // Monitoring: the plan began this year and no figures are frozen.
    CHECK(state(p, PlanStep::Monitoring) == StepState::InProgress);
    CHECK(ro(p, PlanStep::Monitoring) == "Lipsesc cifrele anilor: 2026");
}

TEST_CASE("overdue work: the legal deadlines first, counted by kind") {
    Plan plan = sample();
    FamilyNucleus f2 = family("f2", "Ionescu", {child("c3", "Maria")});
    f2.sheet = sheet("05002", "2026-11-20", {"2.b"});
    plan.households.push_back(household("h2", "Vale", {f2}));
    // A week after the service plans' 30 days ran out (3 December).
    const PlanProgress p = planProgress(plan, d("2026-12-10"));
    REQUIRE(p.overdue.size() == 2);
    CHECK(p.overdue[0].kind == TaskKind::RiskIdentification);
    CHECK(p.overdue[0].legal);
    CHECK(p.overdue[0].oldest == d("2026-11-23"));
    CHECK(p.overdue[1].kind == TaskKind::ServicePlan);
    CHECK_FALSE(p.overdue[1].legal);
    CHECK(p.overdue[1].count == 2);
    CHECK(p.overdueTotal == 3);
    CHECK(state(p, PlanStep::WorkQueue) == StepState::InProgress);
    CHECK(ro(p, PlanStep::WorkQueue) == "3 termene depășite");
}

TEST_CASE("the demo commune: the counts agree with the report, the Registry and the work queue") {
    const Plan demo = makeDemoPlan(600, 2018, kToday);
    const PlanProgress p = planProgress(demo, kToday);
    const NeedsReport report = needsReport(demo, kToday);
    CHECK(p.counts.children == report.children);
    CHECK(p.counts.households == report.households);
    CHECK(p.counts.registryChildren == report.communeColumn().registryChildren());

    long withPlan = 0;
    for (const RegistryEntry& e : registryEntries(demo, kToday))
        withPlan +=
            e.current() && (e.plan == ServicePlanStatus::AwaitingApproval || e.plan == ServicePlanStatus::Approved);
    CHECK(p.counts.servicePlans == withPlan);

    long overdue = 0;
    for (const WorkItem& item : workQueue(demo, kToday)) overdue += item.overdue;
    CHECK(p.overdueTotal == overdue);
    CHECK(overdue > 0);
    for (std::size_t i = 1; i < p.overdue.size(); ++i) CHECK((p.overdue[i - 1].legal || !p.overdue[i].legal));

    // A demo has a census and a plan under way: the commune is listed, the next step is named.
    CHECK(state(p, PlanStep::Commune) == StepState::Done);
    CHECK(state(p, PlanStep::Observatory) != StepState::NotStarted);
    REQUIRE(p.next.has_value());
    CHECK(state(p, *p.next) != StepState::Done);
    for (const StepProgress& s : p.steps) CHECK_FALSE(s.reason.en.empty());
}

TEST_CASE("parts kept between computations give the progress a fresh computation gives, after edits and a new day") {
    Plan demo = makeDemoPlan(600, 2018, kToday);
    ProgressFacts kept;
    const auto same = [&](const Date& day) {
        const PlanProgress fresh = planProgress(demo, day), again = planProgress(demo, day, kept);
        CHECK(again.counts.children == fresh.counts.children);
        CHECK(again.counts.households == fresh.counts.households);
        CHECK(again.counts.atRiskChildren == fresh.counts.atRiskChildren);
        CHECK(again.counts.registryChildren == fresh.counts.registryChildren);
        CHECK(again.counts.servicePlans == fresh.counts.servicePlans);
        CHECK(again.overdueTotal == fresh.overdueTotal);
        REQUIRE(again.overdue.size() == fresh.overdue.size());
        for (std::size_t i = 0; i < fresh.overdue.size(); ++i) {
            CHECK(again.overdue[i].kind == fresh.overdue[i].kind);
            CHECK(again.overdue[i].count == fresh.overdue[i].count);
            CHECK(again.overdue[i].oldest == fresh.overdue[i].oldest);
        }
        for (std::size_t s = 0; s < kPlanStepCount; ++s) {
            CHECK(again.steps[s].state == fresh.steps[s].state);
            CHECK(again.steps[s].reason.en == fresh.steps[s].reason.en);
        }
    };
    same(kToday);
    // One household's sheet removed (a new snapshot of it), another household dropped.
    auto edited = std::make_shared<Household>(*demo.households[3]);
    for (FamilyNucleus& f : edited->families) f.sheet.reset();
    demo.households[3] = edited;
    same(kToday);
    demo.households.erase(demo.households.begin());
    same(kToday);
    same(kToday.addDays(400));  // a new day: deadlines passed, children turned 18
}

TEST_CASE("a work queue kept household by household is the queue built afresh, after edits and a new day") {
    Plan demo = makeDemoPlan(600, 2018, kToday);
    QueueParts parts;
    const auto same = [&](const Date& day) {
        const std::vector<WorkItem> fresh = workQueue(demo, day, 30), again = workQueue(demo, day, 30, parts);
        REQUIRE(again.size() == fresh.size());
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            CHECK(again[i].kind == fresh[i].kind);
            CHECK(again[i].familyId == fresh[i].familyId);
            CHECK(again[i].childId == fresh[i].childId);
            CHECK(again[i].due == fresh[i].due);
            CHECK(again[i].urgent == fresh[i].urgent);
        }
    };
    same(kToday);
    auto edited = std::make_shared<Household>(*demo.households[5]);
    for (FamilyNucleus& f : edited->families) f.risk.reset();
    demo.households[5] = edited;
    same(kToday);
    demo.households.erase(demo.households.begin() + 2);
    same(kToday);
    same(kToday.addDays(45));
}
