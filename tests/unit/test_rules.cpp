// Methodology rules and the work queue; every expectation below is worked out by hand.
#include <doctest/doctest.h>

#include <initializer_list>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/model/rules.h"
#include "core/observatory/family_edits.h"
#include "core/registry/work_queue.h"

using namespace prevplan;

namespace {

std::size_t at(const char* code) {
    const int i = indicatorIndex(code);
    REQUIRE_MESSAGE(i >= 0, code);
    return static_cast<std::size_t>(i);
}

IndicatorSet setOf(std::initializer_list<const char*> codes) {
    IndicatorSet set;
    for (const char* c : codes) set.set(at(c));
    return set;
}

Date d(const char* iso) { return *Date::parse(iso); }

ObservationSheet sheet(const char* filledOn, std::initializer_list<const char*> yes,
                       std::initializer_list<const char*> no = {}) {
    ObservationSheet s;
    s.filledOn = d(filledOn);
    for (const char* c : yes) s.answers[at(c)] = Answer::Yes;
    for (const char* c : no) s.answers[at(c)] = Answer::No;
    return s;
}

RiskIdentification identification(const char* visitedOn, std::initializer_list<const char*> confirmed,
                                  std::initializer_list<const char*> rejected = {}) {
    RiskIdentification r;
    r.visitedOn = d(visitedOn);
    for (const char* c : confirmed) r.verdicts[at(c)] = Verdict::Confirmed;
    for (const char* c : rejected) r.verdicts[at(c)] = Verdict::Rejected;
    return r;
}

FamilyNucleus family(const char* id, std::initializer_list<const char*> childIds) {
    FamilyNucleus f;
    f.id = id;
    for (const char* c : childIds) {
        f.children.emplace_back();
        f.children.back().id = c;
    }
    return f;
}

// Six lettered indicators of dimensions 1 and 2: a family with these is visited half-yearly.
const std::initializer_list<const char*> kSixRisks = {"1.b", "1.c1", "2.a", "2.b", "2.c", "2.d"};

}  // namespace

TEST_CASE("the catalog masks: 47 risk situations, sub-items know their parent") {
    const CatalogMasks& m = catalogMasks();
    CHECK(m.riskSituations.count() == 47);
    CHECK(m.subItems.size() == indicatorCount() - 47);
    CHECK(m.notifyDgaspc == setOf({"6.a", "6.b", "6.b1", "6.b2", "6.b3"}));
    CHECK(m.dimension[0] == setOf({"1.a", "1.a.1", "1.a.2", "1.b", "1.c1"}));
    CHECK(withParents(setOf({"3.h1.4", "2.i.2"})) == setOf({"3.h1", "3.h1.4", "2.i", "2.i.2"}));
}

TEST_CASE("observed set: Yes answers, a sub-item sets its parent and is not counted again") {
    FamilyNucleus f;
    CHECK(observedSet(f).none());
    f.sheet = sheet("2025-01-10", {"1.a.1", "1.a.2", "3.h1.4", "5.c"}, {"1.b", "6.c"});
    CHECK(observedSet(f) == setOf({"1.a", "1.a.1", "1.a.2", "3.h1", "3.h1.4", "5.c"}));
    CHECK(suspicionCount(f) == 3);  // 1.a, 3.h1, 5.c
    f.sheet->answers[at("1.a")] = Answer::Yes;  // parent and sub-items together: still one
    CHECK(suspicionCount(f) == 3);
}

TEST_CASE("confirmed set: Confirmed verdicts only, sub-items fill their parents") {
    FamilyNucleus f;
    CHECK(confirmedRiskCount(f) == 0);
    f.risk = identification("2025-01-12", {"6.b2", "6.b3", "2.h.1", "4.b"}, {"5.c", "1.a"});
    CHECK(confirmedSet(f) == setOf({"6.b", "6.b2", "6.b3", "2.h", "2.h.1", "4.b"}));
    CHECK(confirmedRiskCount(f) == 3);  // 6.b, 2.h, 4.b
}

TEST_CASE("risk identification is needed on a suspicion; the Registry needs a confirmation") {
    FamilyNucleus f = family("f1", {"c1"});
    CHECK_FALSE(needsRiskIdentification(f));  // no sheet
    f.sheet = sheet("2025-01-10", {}, {"1.a", "2.b"});
    CHECK_FALSE(needsRiskIdentification(f));  // every answer No
    f.sheet->answers[at("4.i.2")] = Answer::Yes;
    CHECK(needsRiskIdentification(f));
    CHECK_FALSE(inRegistry(f));
    f.risk = identification("2025-01-12", {}, {"4.i.2"});
    CHECK_FALSE(inRegistry(f));  // the suspicion was rejected
    f.risk->verdicts[at("2.j")] = Verdict::Confirmed;
    CHECK(inRegistry(f));
}

TEST_CASE("monitoring interval by confirmed risk situations (section 1.1.4.4)") {
    CHECK(monitoringIntervalMonths(0) == 0);
    CHECK(monitoringIntervalMonths(1) == 12);
    CHECK(monitoringIntervalMonths(5) == 12);  // section 4.2 leaves 5 out; 1.1.4.4 says yearly
    CHECK(monitoringIntervalMonths(6) == 6);
    CHECK(monitoringIntervalMonths(10) == 6);
    CHECK(monitoringIntervalMonths(11) == 3);
    CHECK(monitoringIntervalMonths(47) == 3);
}

TEST_CASE("next monitoring visit counts from the last visit, else approval, registration, identification") {
    FamilyNucleus f = family("f1", {"c1"});
    Child& c = f.children[0];
    f.risk = identification("2024-08-31", kSixRisks);
    REQUIRE(confirmedRiskCount(f) == 6);
    CHECK(nextMonitoringVisit(f, c) == d("2025-02-28"));  // 31 August + 6 months, clamped
    c.registeredOn = d("2025-01-31");
    CHECK(nextMonitoringVisit(f, c) == d("2025-07-31"));
    c.servicePlan = ServicePlan{};
    c.servicePlan->approvedOn = d("2025-02-28");
    CHECK(nextMonitoringVisit(f, c) == d("2025-08-28"));
    c.visits.push_back({d("2025-03-10"), "", false, "", {}});
    c.visits.push_back({d("2025-01-05"), "", false, "", {}});  // recorded out of order
    CHECK(nextMonitoringVisit(f, c) == d("2025-09-10"));
    f.risk->verdicts[at("2.d")] = Verdict::Rejected;  // 5 left: yearly
    CHECK(nextMonitoringVisit(f, c) == d("2026-03-10"));
    f.risk.reset();
    CHECK_FALSE(nextMonitoringVisit(f, c));  // nothing confirmed, nothing to monitor
}

TEST_CASE("children directly exposed: child-level indicators that hold for the family") {
    const IndicatorSet family = setOf({"4.i", "4.i.1", "2.b", "1.a", "1.a.1", "6.b", "6.b2"});
    // A sub-item exposes the child to its child-level parent too.
    CHECK(directlyExposed(setOf({"4.i.1"}), family) == setOf({"4.i", "4.i.1"}));
    // Not child-level (1.a), or not holding for the family (3.f): ignored.
    CHECK(directlyExposed(setOf({"1.a.1", "3.f", "2.b"}), family) == setOf({"2.b"}));
    // 6.b is family-level: exposure to 6.b2 stays on 6.b2.
    CHECK(directlyExposed(setOf({"6.b2"}), family) == setOf({"6.b2"}));
    // Recorded on a sub-item the family does not have, while the family has the parent.
    CHECK(directlyExposed(setOf({"4.i.2"}), setOf({"4.i"})) == setOf({"4.i"}));
    CHECK(directlyExposed(IndicatorSet{}, family).none());
}

TEST_CASE("report buckets by confirmed risk situations") {
    CHECK(riskBucket(1) == RiskBucket::One);
    CHECK(riskBucket(2) == RiskBucket::TwoToFive);
    CHECK(riskBucket(5) == RiskBucket::TwoToFive);
    CHECK(riskBucket(6) == RiskBucket::SixToTen);
    CHECK(riskBucket(10) == RiskBucket::SixToTen);
    CHECK(riskBucket(11) == RiskBucket::MoreThanTen);
    CHECK(std::string(riskBucketKey(RiskBucket::MoreThanTen)) == "11+");
    CHECK(std::string(riskBucketKey(RiskBucket::TwoToFive)) == "2-5");
}

namespace {

// A plan exercising every kind of task; today is 2025-06-15.
Plan workQueuePlan() {
    auto h1 = std::make_shared<Household>();
    h1->id = "h1";
    // Sheet a year old with a suspicion and no identification: refresh and identification overdue.
    FamilyNucleus f1 = family("f1", {"c1"});
    f1.sheet = sheet("2024-06-01", {"1.a.1"});
    // Fresh suspicion of violence against a child, home visit planned before the 72 hours run out.
    FamilyNucleus f2 = family("f2", {"c2"});
    f2.sheet = sheet("2025-06-14", {"6.b2"});
    f2.sheet->visitPlannedOn = d("2025-06-16");
    h1->families = {f1, f2};

    auto h2 = std::make_shared<Household>();
    h2->id = "h2";
    // Six confirmed risks: one child without a service plan, one monitored half-yearly.
    FamilyNucleus f3 = family("f3", {"c3a", "c3b"});
    f3.sheet = sheet("2025-05-01", {"1.b"});
    f3.risk = identification("2025-05-03", kSixRisks);
    f3.children[1].servicePlan = ServicePlan{};
    f3.children[1].servicePlan->completedOn = d("2025-01-05");
    f3.children[1].servicePlan->approvedOn = d("2025-01-08");
    f3.children[1].visits.push_back({d("2025-01-10"), "", false, "", {}});
    FamilyNucleus f4 = family("f4", {});  // no children: no sheet is due
    FamilyNucleus f5 = family("f5", {"c5"});  // no sheet yet: due today
    h2->families = {f3, f4, f5};

    auto h3 = std::make_shared<Household>();
    h3->id = "h3";
    // The visit rejected the suspicion of neglect: nothing to notify, nothing to register.
    FamilyNucleus f6 = family("f6", {"c6"});
    f6.sheet = sheet("2025-03-01", {"6.b3"});
    f6.risk = identification("2025-03-03", {}, {"6.b3"});
    // Confirmed and already notified; plan done; next visit in 2026.
    FamilyNucleus f7 = family("f7", {"c7"});
    f7.sheet = sheet("2025-03-01", {"6.a"});
    f7.risk = identification("2025-03-02", {"6.a"});
    f7.risk->dgaspcNotifiedOn = d("2025-03-02");
    f7.children[0].servicePlan = ServicePlan{};
    f7.children[0].servicePlan->completedOn = d("2025-03-20");
    f7.children[0].servicePlan->approvedOn = d("2025-03-25");
    // The identification answers last year's sheet: a new one is due, and the plan is long late.
    FamilyNucleus f8 = family("f8", {"c8"});
    f8.sheet = sheet("2025-06-01", {"2.b"});
    f8.risk = identification("2024-05-01", {"2.b"});
    h3->families = {f6, f7, f8};

    Plan plan;
    plan.households = {h1, h2, h3};
    return plan;
}

}  // namespace

TEST_CASE("work queue: due and overdue tasks within the horizon, by due date") {
    const Plan plan = workQueuePlan();
    const auto items = workQueue(plan, d("2025-06-15"), 30);
    struct Expected {
        TaskKind kind;
        const char *household, *family, *child, *due;
        bool overdue;
    };
    const Expected expected[] = {
        // Suspected violence against a child: urgent, first; due at the planned visit (16 June), which
        // is before the 72 hours from receipt run out (14 June + 3 days = 17 June). No DGASPC
        // notification yet: it follows a confirmation.
        {TaskKind::AbuseSuspicionVisit, "h1", "f2", "", "2025-06-16", false},
        {TaskKind::ServicePlan, "h3", "f8", "c8", "2024-05-31", true},
        {TaskKind::RiskIdentification, "h1", "f1", "", "2024-06-04", true},
        {TaskKind::RefreshObservation, "h1", "f1", "", "2025-06-01", true},
        {TaskKind::ServicePlan, "h2", "f3", "c3a", "2025-06-02", true},
        {TaskKind::RiskIdentification, "h3", "f8", "", "2025-06-04", true},
        {TaskKind::RefreshObservation, "h2", "f5", "", "2025-06-15", false},
        {TaskKind::MonitoringVisit, "h2", "f3", "c3b", "2025-07-10", false},
    };
    REQUIRE(items.size() == std::size(expected));
    for (std::size_t i = 0; i < items.size(); ++i) {
        CAPTURE(i);
        CHECK(std::string(taskKindKey(items[i].kind)) == taskKindKey(expected[i].kind));
        CHECK(items[i].householdId == expected[i].household);
        CHECK(items[i].familyId == expected[i].family);
        CHECK(items[i].childId == expected[i].child);
        CHECK(items[i].due.iso() == expected[i].due);
        CHECK(items[i].overdue == expected[i].overdue);
    }
    CHECK(items[0].urgent);
    CHECK_FALSE(items[1].urgent);
    // A zero horizon keeps what is due today or late (6 tasks), and the urgent visit.
    CHECK(workQueue(plan, d("2025-06-15"), 0).size() == 7);
}

TEST_CASE("work queue: a confirmation alone calls for a DGASPC notification on the visit date") {
    FamilyNucleus f = family("f1", {"c1"});
    f.sheet = sheet("2025-06-01", {"3.f"});
    f.risk = identification("2025-06-03", {"3.f", "6.b2"});
    f.children[0].servicePlan = ServicePlan{};
    f.children[0].servicePlan->completedOn = d("2025-06-05");
    auto h = std::make_shared<Household>();
    h->id = "h1";
    h->families = {f};
    Plan plan;
    plan.households = {h};
    const auto items = workQueue(plan, d("2025-06-10"), 0);
    REQUIRE(items.size() == 1);
    CHECK(items[0].kind == TaskKind::NotifyDgaspc);
    CHECK(items[0].due == d("2025-06-03"));
    CHECK(items[0].overdue);
    CHECK(items[0].urgent);
}

namespace {

Plan planOf(const FamilyNucleus& f) {
    auto h = std::make_shared<Household>();
    h->id = "h1";
    h->families = {f};
    Plan plan;
    plan.households = {h};
    return plan;
}

std::vector<std::string> taskKeys(const std::vector<WorkItem>& items) {
    std::vector<std::string> keys;
    for (const auto& item : items) keys.push_back(taskKindKey(item.kind));
    return keys;
}

}  // namespace

TEST_CASE("one report day includes exactly the children inObservatoryOn counts, 29 February too") {
    for (const char* on : {"2026-03-01", "2026-02-28", "2028-02-29", "2028-03-01", "2026-11-29", "2000-02-29"}) {
        CAPTURE(on);
        const ObservatoryDay day(d(on));
        Child c;
        CHECK(day.includes(c));  // no birth date: counted
        // Every birth date from a year before the day's 18 years to a year after the day.
        for (Date born = d(on).addMonths(-19 * 12); born <= d(on).addDays(366); born = born.addDays(1)) {
            c.birthDate = born;
            CAPTURE(born.iso());
            CHECK(day.includes(c) == inObservatoryOn(c, d(on)));
        }
    }
}

TEST_CASE("the 18th birthday: a child born on 15 March 2008 leaves the Observatory on 15 March 2026") {
    Child c;
    c.id = "c1";
    c.birthDate = d("2008-03-15");
    CHECK(*eighteenthBirthday(c) == d("2026-03-15"));  // 2008 + 18
    CHECK(inObservatoryOn(c, d("2026-03-14")));        // 17 years and 364 days
    CHECK_FALSE(turned18By(c, d("2026-03-14")));
    CHECK_FALSE(inObservatoryOn(c, d("2026-03-15")));
    CHECK(*turned18By(c, d("2026-03-15")) == d("2026-03-15"));
    CHECK(*turned18By(c, d("2027-01-01")) == d("2026-03-15"));  // the exit keeps its date
    CHECK_FALSE(inObservatoryOn(c, d("2008-03-14")));           // not born yet on a report date before birth
    CHECK(inObservatoryOn(c, d("2008-03-15")));                 // 0 years old
    c.birthDate = d("2008-02-29");
    CHECK(*eighteenthBirthday(c) == d("2026-03-01"));  // no 29 February in 2026: 28 Feb + 1 day
    CHECK(inObservatoryOn(c, d("2026-02-28")));
    c.birthDate.reset();
    CHECK_FALSE(eighteenthBirthday(c));
    CHECK(inObservatoryOn(c, d("2100-01-01")));  // without a birth date the child stays
}

TEST_CASE("a nucleus is out of the Observatory once every child has turned 18; an empty one is not") {
    FamilyNucleus f = family("f1", {"c1", "c2"});
    f.children[0].birthDate = d("2008-03-15");
    f.children[1].birthDate = d("2009-07-01");
    CHECK_FALSE(outOfObservatoryOn(f, d("2027-06-30")));  // c2 is 17 until 1 July 2027
    CHECK(outOfObservatoryOn(f, d("2027-07-01")));
    CHECK_FALSE(outOfObservatoryOn(family("f2", {}), d("2027-07-01")));
}

TEST_CASE("work queue: a child who turned 18 has no task; a younger sibling keeps the family's") {
    FamilyNucleus f = family("f1", {"c1", "c2"});
    f.children[0].birthDate = d("2008-03-15");
    f.children[1].birthDate = d("2012-01-01");
    f.sheet = sheet("2025-06-01", {"1.b"});
    f.risk = identification("2025-06-03", {"1.b"});
    // On 14 March 2026 both need a service plan (3 June + 30 days = 3 July 2025, late) and the sheet
    // is not yet 12 months old (1 June 2026, beyond the zero horizon).
    auto items = workQueue(planOf(f), d("2026-03-14"), 0);
    REQUIRE(items.size() == 2);
    CHECK(items[0].childId == "c1");
    CHECK(items[1].childId == "c2");
    items = workQueue(planOf(f), d("2026-03-15"), 0);
    REQUIRE(items.size() == 1);
    CHECK(items[0].childId == "c2");
    // Once the younger one turns 18 too (1 January 2030), the family has nothing left, not even the sheet.
    CHECK(workQueue(planOf(f), d("2030-01-01"), 400).empty());
}

TEST_CASE("72 hours count from when SPAS received the sheet, by default the day it was filled in") {
    ObservationSheet s = sheet("2026-05-01", {"1.b"});
    CHECK(*sheetReceivedOn(s) == d("2026-05-01"));
    CHECK(*suggestedVisitDate(s) == d("2026-05-04"));  // 1 May + 3 days
    s.receivedOn = d("2026-05-03");                    // the doctor's sheet reached SPAS two days later
    CHECK(*suggestedVisitDate(s) == d("2026-05-06"));  // 3 May + 3 days
    FamilyNucleus f = family("f1", {"c1"});
    f.sheet = s;
    const auto items = workQueue(planOf(f), d("2026-05-05"), 1);
    REQUIRE(items.size() == 1);  // the sheet's refresh is a year away
    CHECK(items[0].kind == TaskKind::RiskIdentification);
    CHECK(items[0].due == d("2026-05-06"));
    CHECK_FALSE(items[0].overdue);  // it would have been late on 5 May counted from 1 May
    CHECK_FALSE(items[0].urgent);
}

TEST_CASE("suspected abuse: an urgent visit first; the DGASPC notification only after the visit confirms") {
    FamilyNucleus f = family("f1", {"c1"});
    f.sheet = sheet("2026-05-01", {"6.b", "1.b"});
    f.sheet->receivedOn = d("2026-05-02");
    // 5 May: the visit is due 2 May + 3 days = 5 May, today, as the urgent kind (6.b is among the
    // abuse indicators; 1.b alone would make it routine); nothing asks to notify the DGASPC yet.
    auto items = workQueue(planOf(f), d("2026-05-05"), 0);
    CHECK(taskKeys(items) == std::vector<std::string>{"abuse-suspicion-visit"});
    CHECK(items[0].due == d("2026-05-05"));
    CHECK(items[0].urgent);
    CHECK(abuseVisitPending(f));
    CHECK(dgaspcNotificationDue(f).none());
    CHECK(abuseSignals(f)[at("6.b")]);
    CHECK_FALSE(abuseSignals(f)[at("1.b")]);

    // The urgent visit shows whatever the horizon: due in three days, with a zero horizon.
    items = workQueue(planOf(f), d("2026-05-02"), 0);
    CHECK(taskKeys(items) == std::vector<std::string>{"abuse-suspicion-visit"});

    // 6 May, the visit confirms 6.b: notify at once (due the visit day), urgent, before the service
    // plan (6 May + 30 days = 5 June, beyond the zero horizon).
    f.risk = identification("2026-05-06", {"6.b", "1.b"});
    CHECK_FALSE(abuseVisitPending(f));
    items = workQueue(planOf(f), d("2026-05-06"), 0);
    CHECK(taskKeys(items) == std::vector<std::string>{"notify-dgaspc"});
    CHECK(items[0].due == d("2026-05-06"));
    CHECK(items[0].urgent);
    f.risk->dgaspcNotifiedOn = d("2026-05-06");
    CHECK(workQueue(planOf(f), d("2026-05-06"), 0).empty());
    CHECK(abuseSignals(f).any());  // still marked on the Observatory row and the household

    // Had the visit rejected it, nothing would be owed to the DGASPC and the marker would go.
    f.risk = identification("2026-05-06", {"1.b"}, {"6.b"});
    CHECK(dgaspcNotificationDue(f).none());
    CHECK(abuseSignals(f).none());
}

TEST_CASE("a family whose children are all in special protection is followed to its service plan") {
    // f1: its only child is in protection, no sheet yet, nothing suspected. f2: the same child at
    // home, for comparison: only the sheet is due.
    FamilyNucleus f1 = family("f1", {"c1"});
    f1.children[0].inProtection = true;
    FamilyNucleus f2 = family("f2", {"c2"});
    auto h = std::make_shared<Household>();
    h->id = "h1";
    h->families = {f1, f2};
    Plan plan;
    plan.households = {h};
    CHECK(hasChildInProtection(f1));
    CHECK(needsRiskIdentification(f1));  // mandatory for these families (section 1.1.2)
    CHECK_FALSE(needsRiskIdentification(f2));
    auto items = workQueue(plan, d("2025-06-15"), 0);
    REQUIRE(items.size() == 3);
    CHECK(items[0].kind == TaskKind::RefreshObservation);
    CHECK(items[0].familyId == "f1");
    CHECK(items[1].kind == TaskKind::RiskIdentification);  // no sheet: due at once
    CHECK(items[1].familyId == "f1");
    CHECK(items[1].due == d("2025-06-15"));
    CHECK(items[2].familyId == "f2");
    CHECK(items[2].kind == TaskKind::RefreshObservation);

    // A sheet of 2 June with every answer "no": the visit is still due 72 hours later, on 5 June.
    f1.sheet = sheet("2025-06-02", {});
    h->families = {f1};
    items = workQueue(plan, d("2025-06-15"), 0);
    REQUIRE(items.size() == 1);
    CHECK(items[0].kind == TaskKind::RiskIdentification);
    CHECK(items[0].due == d("2025-06-05"));
    CHECK(items[0].overdue);

    // The visit of 4 June confirms 2.f: the child in care enters the Registry, and its service
    // plan (towards reintegration) is due 30 days later, on 4 July.
    f1.risk = identification("2025-06-04", {"2.f"});
    h->families = {f1};
    items = workQueue(plan, d("2025-06-15"), 30);
    REQUIRE(items.size() == 1);
    CHECK(items[0].kind == TaskKind::ServicePlan);
    CHECK(items[0].childId == "c1");
    CHECK(items[0].due == d("2025-07-04"));
}
