#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include "core/catalog/service_plan_items.h"
#include "core/demo/demo.h"
#include "core/observatory/observatory_csv.h"
#include "core/model/rules.h"
#include "core/observatory/validation.h"
#include "core/registry/work_queue.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;

namespace {

const Date kToday{2026, 11, 25};

std::string json(const Plan& plan) {
    Workspace ws;
    ws.plans.push_back(std::make_shared<Plan>(plan));
    return saveWorkspace(ws);
}

template <class F>
void forEachFamily(const Plan& plan, F f) {
    for (const auto& h : plan.households)
        for (const auto& family : h->families) f(*h, family);
}

}  // namespace

TEST_CASE("demo: the same seed gives the same commune, another seed another") {
    const std::string a = json(makeDemoPlan(300, 42, kToday));
    CHECK(a == json(makeDemoPlan(300, 42, kToday)));
    CHECK(a != json(makeDemoPlan(300, 43, kToday)));
}

TEST_CASE("demo: exactly the children asked for, in households of 1-2 nuclei and 1-6 children") {
    for (int n : {1, 7, 300}) CHECK(childCount(makeDemoPlan(n, 1, kToday)) == static_cast<std::size_t>(n));
    CHECK(makeDemoPlan(0, 1, kToday).households.empty());

    const Plan p = makeDemoPlan(2000, 5, kToday, 5);
    CHECK(p.demo);
    CHECK(p.commune == "Demonstrativă");
    CHECK(p.county == 5);
    CHECK(p.villages.size() == 5);
    for (const auto& h : p.households) {
        CHECK(h->families.size() >= 1);
        CHECK(h->families.size() <= 2);
        for (const auto& f : h->families) {
            CHECK(f.children.size() >= 1);
            CHECK(f.children.size() <= 6);
            for (const auto& c : f.children) CHECK(ageInYears(*c.birthDate, kToday) <= 17);
        }
    }
    // The INS count is at least the census count in each village.
    for (const Village& v : p.villages) {
        long observed = 0;
        for (const auto& h : p.households)
            if (h->village == v.name)
                for (const auto& f : h->families) observed += static_cast<long>(f.children.size());
        CHECK(*v.insChildren >= observed);
    }
}

TEST_CASE("demo: people and sheets pass validation; CNPs are missing only without civil documents") {
    const Plan p = makeDemoPlan(1400, 9, kToday);
    // About 760 families: unique ids AA001..AA999 suffice, so validation finds nothing at all.
    CHECK(validatePlan(p, kToday).empty());
    const int noDocuments = indicatorIndex("2.i.2");
    int withCnp = 0, children = 0;
    forEachFamily(p, [&](const Household&, const FamilyNucleus& f) {
        for (const auto& c : f.children) {
            ++children;
            withCnp += !c.cnp.empty();
            CHECK(c.cnp.empty() == c.exposedObserved[noDocuments]);
        }
    });
    CHECK(withCnp > children * 9 / 10);
    CHECK(p.households.front()->families.front().sheet->sheetId == "22001");
}

TEST_CASE("demo: past 999 families the sheet serials run on, unique, with one warning") {
    const Plan p = makeDemoPlan(5000, 3, kToday);
    std::set<std::string> ids;
    std::size_t sheets = 0;
    forEachFamily(p, [&](const Household&, const FamilyNucleus& f) {
        if (!f.sheet) return;
        ++sheets;
        ids.insert(f.sheet->sheetId);
    });
    REQUIRE(sheets > 999);
    CHECK(ids.size() == sheets);
    CHECK(ids.count("22999"));
    CHECK(ids.count("221000"));
    const Issues issues = validatePlan(p, kToday);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].kind == IssueKind::SheetIdSpaceExceeded);
    CHECK(issues[0].severity == Severity::Warning);
}

TEST_CASE("demo: Table 1 shares for the indicators any family can have") {
    const Plan p = makeDemoPlan(30000, 11, kToday);
    int observed = 0, anyRisk = 0;
    std::vector<int> yes(indicatorCount());
    forEachFamily(p, [&](const Household&, const FamilyNucleus& f) {
        if (!f.sheet) return;
        ++observed;
        anyRisk += needsRiskIdentification(f);
        for (std::size_t i = 0; i < indicatorCount(); ++i) yes[i] += f.sheet->answers[i] == Answer::Yes;
    });
    for (const char* code : {"1.a", "1.b", "1.c1", "2.a", "2.b", "2.c", "2.d", "2.f", "2.h", "2.i", "3.a", "3.b",
                             "4.a", "5.c", "5.d", "5.g", "6.a", "6.b", "6.c"}) {
        const int i = indicatorIndex(code);
        const double share = 100.0 * yes[i] / observed;
        CHECK_MESSAGE(std::abs(share - indicator(i).refHouseholdsPct) <= 2.5, std::string(code), ": ", share);
    }
    CHECK(100.0 * anyRisk / observed == doctest::Approx(85).epsilon(0.03));  // Table 1: 85%
}

TEST_CASE("demo: the workflow after the sheets, with a few tasks overdue") {
    const Plan p = makeDemoPlan(5000, 21, kToday);
    int suspected = 0, visited = 0, rejected = 0, registry = 0, withPlan = 0, visits = 0, olderThanYear = 0;
    forEachFamily(p, [&](const Household&, const FamilyNucleus& f) {
        if (f.sheet && *f.sheet->filledOn < kToday.addMonths(-12)) ++olderThanYear;
        if (f.sheet) CHECK(*f.sheet->filledOn >= kToday.addDays(-730));
        if (!needsRiskIdentification(f)) return;
        ++suspected;
        if (!f.risk || !f.risk->visitedOn) return;
        ++visited;
        for (Verdict v : f.risk->verdicts) rejected += v == Verdict::Rejected;
        for (const auto& c : f.children) {
            if (!c.registeredOn) continue;
            ++registry;
            CHECK(*c.registeredOn >= *f.risk->visitedOn);
            if (!c.servicePlan) continue;
            ++withPlan;
            for (const auto& code : c.servicePlan->benefits) CHECK(findByCode(planItems(), code));
            for (const auto& code : c.servicePlan->services) CHECK(findByCode(planItems(), code));
            visits += static_cast<int>(c.visits.size());
        }
    });
    CHECK(visited > suspected * 9 / 10);
    CHECK(rejected > 0);
    CHECK(registry > 0);
    CHECK(withPlan > registry * 8 / 10);
    CHECK(visits > 0);
    CHECK(olderThanYear > 0);

    int overdue[5] = {};
    for (const WorkItem& w : workQueue(p, kToday, 0)) overdue[static_cast<int>(w.kind)] += w.overdue;
    CHECK(overdue[static_cast<int>(TaskKind::RefreshObservation)] == doctest::Approx(olderThanYear).epsilon(0.1));
    for (TaskKind kind : {TaskKind::RiskIdentification, TaskKind::NotifyDgaspc, TaskKind::ServicePlan,
                          TaskKind::MonitoringVisit}) {
        CHECK_MESSAGE(overdue[static_cast<int>(kind)] > 0, taskKindKey(kind));
        CHECK_MESSAGE(overdue[static_cast<int>(kind)] < registry / 10 + suspected / 10, taskKindKey(kind));
    }
}

TEST_CASE("demo: the workspace file and the Observatory CSV both read back") {
    const Plan p = makeDemoPlan(1500, 4, kToday);
    const LoadResult loaded = loadWorkspace(json(p));
    CHECK(loaded.errors.empty());
    REQUIRE(loaded.workspace);
    CHECK(childCount(*loaded.workspace->plans[0]) == 1500);

    const std::string csv = exportObservatoryCsv(p);
    ObservatoryImportOptions options;
    options.county = kDemoCounty;
    options.commune = p.commune;
    options.today = kToday;
    const ObservatoryImport imported = importObservatoryCsv(csv, options);
    CHECK_FALSE(hasErrors(imported.issues));
    REQUIRE(imported.plan);
    CHECK(imported.rowsImported == 1500);
    CHECK(exportObservatoryCsv(*imported.plan) == csv);
}
