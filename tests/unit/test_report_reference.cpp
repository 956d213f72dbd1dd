// The needs report as computed (households' shares summed over bitsets, report_cache.h) against a
// straightforward count written for this test alone: every figure of the demo commune of 10,000
// children, and of a copy where sub-items hold without their parents, must agree.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/demo/demo.h"
#include "core/report/report.h"
#include "core/report/report_cache.h"

using namespace prevplan;

namespace {

// ---- The reference: one loop per rule, indicator by indicator, on a trimmed copy of each nucleus.

// Off only to show that a test's data needs the parent rule.
struct Rules {
    bool parentRule = true;
};

IndicatorSet referenceWithParents(IndicatorSet set, Rules rules) {
    if (!rules.parentRule) return set;
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (set[i] && indicator(i).parent() >= 0) set.set(static_cast<std::size_t>(indicator(i).parent()));
    return set;
}

template <typename Values, typename Value>
IndicatorSet referencePositions(const Values& values, Value wanted, Rules rules) {
    IndicatorSet set;
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (values[i] == wanted) set.set(i);
    return referenceWithParents(set, rules);
}

IndicatorSet referenceObserved(const FamilyNucleus& f, Rules rules) {
    return f.sheet ? referencePositions(f.sheet->answers, Answer::Yes, rules) : IndicatorSet{};
}

IndicatorSet referenceConfirmed(const FamilyNucleus& f, Rules rules) {
    return f.risk ? referencePositions(f.risk->verdicts, Verdict::Confirmed, rules) : IndicatorSet{};
}

int referenceRiskSituations(const IndicatorSet& set) {
    int n = 0;
    for (std::size_t i = 0; i < indicatorCount(); ++i) n += set[i] && indicator(i).isRiskSituation();
    return n;
}

IndicatorSet referenceDirectlyExposed(const IndicatorSet& child, const IndicatorSet& family, Rules rules) {
    IndicatorSet marked;
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (child[i] && indicator(i).childLevel) {
            marked.set(i);
            const int parent = indicator(i).parent();
            if (rules.parentRule && parent >= 0 && indicator(static_cast<std::size_t>(parent)).childLevel)
                marked.set(static_cast<std::size_t>(parent));
        }
    return marked & family;
}

bool laterThan(const std::optional<Date>& d, const Date& asOf) { return d && *d > asOf; }

bool referenceInObservatory(const Child& c, const Date& asOf) {
    if (!c.birthDate) return true;
    const Date& b = *c.birthDate;
    const Date eighteen = Date{b.year + 18, b.month, 1}.addDays(b.day - 1);
    return b <= asOf && eighteen > asOf;
}

// The nucleus as it stood on the report date: later sheets, visits and births removed.
FamilyNucleus trimmed(FamilyNucleus f, const Date& asOf) {
    if (f.sheet && laterThan(f.sheet->filledOn, asOf)) f.sheet.reset();
    if (f.risk && laterThan(f.risk->visitedOn, asOf)) f.risk.reset();
    f.children.erase(std::remove_if(f.children.begin(), f.children.end(),
                                    [&](const Child& c) { return laterThan(c.birthDate, asOf); }),
                     f.children.end());
    return f;
}

void count(IndicatorFigures& f, long children) {
    ++f.households;
    f.childrenInHouseholds += children;
}

NeedsReport referenceReport(const Plan& plan, const Date& asOf, Rules rules = {}) {
    NeedsReport r;
    r.planId = plan.id;
    r.commune = plan.commune;
    r.demo = plan.demo;
    r.asOf = asOf;
    const std::size_t n = indicatorCount();
    std::vector<IndicatorFigures> observed(n + kDimensionCount + 1), confirmed(n + kDimensionCount + 1);
    std::vector<long> directObserved(n), directConfirmed(n);

    r.columns.emplace_back();
    std::unordered_map<std::string, std::size_t> columnOf;
    auto column = [&](const std::string& village) -> VillageColumn& {
        if (!columnOf.count(village)) {
            columnOf[village] = r.columns.size();
            r.columns.emplace_back();
            r.columns.back().village = village;
        }
        return r.columns[columnOf[village]];
    };
    bool insKnown = !plan.villages.empty();
    long insTotal = 0;
    for (const Village& v : plan.villages) {
        column(v.name).insChildren = v.insChildren;
        insKnown = insKnown && v.insChildren;
        insTotal += v.insChildren.value_or(0);
    }
    if (insKnown) r.columns[0].insChildren = insTotal;

    const Date yearBefore = asOf.addMonths(-12);
    for (const HouseholdPtr& h : plan.households) {
        std::vector<FamilyNucleus> counted;
        for (const FamilyNucleus& f : h->families) {
            const FamilyNucleus t = trimmed(f, asOf);
            const bool anyIn = std::any_of(t.children.begin(), t.children.end(),
                                           [&](const Child& c) { return referenceInObservatory(c, asOf); });
            if (f.children.empty() || anyIn) counted.push_back(t);
        }
        if (!h->families.empty() && counted.empty()) continue;
        ++r.households;
        IndicatorSet householdObserved, householdConfirmed;
        long householdChildren = 0;
        for (const FamilyNucleus& f : counted) {
            const IndicatorSet o = referenceObserved(f, rules), c = referenceConfirmed(f, rules);
            householdObserved |= o;
            householdConfirmed |= c;
            long kids = 0;
            for (const Child& child : f.children) {
                if (!referenceInObservatory(child, asOf)) continue;
                ++kids;
                const IndicatorSet dO = referenceDirectlyExposed(child.exposedObserved, o, rules);
                const IndicatorSet dC = referenceDirectlyExposed(child.exposedConfirmed, c, rules);
                for (std::size_t i = 0; i < n; ++i) {
                    directObserved[i] += dO[i];
                    directConfirmed[i] += dC[i];
                }
            }
            householdChildren += kids;
            const int risks = referenceRiskSituations(c);
            VillageColumn* own = &column(h->village);  // first: a new column may move the commune's
            for (VillageColumn* col : {&r.columns[0], own}) {
                VillageColumn& v = *col;
                v[ActivityRow::InObservatory] += kids;
                if (f.sheet) v[ActivityRow::ObservationSheet] += kids;
                if (f.sheet && f.sheet->filledOn && *f.sheet->filledOn <= asOf && *f.sheet->filledOn >= yearBefore)
                    v[ActivityRow::ObservationSheetRecent] += kids;
                if (o.any()) v[ActivityRow::Suspected] += kids;
                if (f.risk) v[ActivityRow::RiskIdentification] += kids;
                if (f.risk && risks == 0) v[ActivityRow::NoneConfirmed] += kids;
                if (risks == 0) continue;
                v[ActivityRow::ConfirmedAtLeastOne] += kids;
                v[risks == 1    ? ActivityRow::ConfirmedExactlyOne
                  : risks <= 5  ? ActivityRow::ConfirmedTwoToFive
                  : risks <= 10 ? ActivityRow::ConfirmedSixToTen
                                : ActivityRow::ConfirmedMoreThanTen] += kids;
                v[ActivityRow::InRegistry] += kids;
                for (std::size_t i = 0; i < n; ++i)
                    if (c[i]) v.byRiskSituation[i] += kids;
                for (int d = 1; d <= kDimensionCount; ++d) {
                    bool holds = false;
                    for (std::size_t i = 0; i < n; ++i) holds = holds || (c[i] && indicator(i).dimension == d);
                    if (holds) v.byDimension[d - 1] += kids;
                }
            }
            long inCare = 0;
            bool planned = false, visited = false;
            for (const Child& child : f.children) {
                inCare += child.inProtection;
                if (child.servicePlan && child.servicePlan->completedOn && *child.servicePlan->completedOn <= asOf)
                    planned = true;
                for (const MonitoringVisit& visit : child.visits)
                    if (visit.date <= asOf && visit.date >= yearBefore) visited = true;
            }
            if (inCare > 0) {
                r.publicCare.children += inCare;
                ++r.publicCare.families;
                r.publicCare.riskIdentified += f.risk.has_value();
                r.publicCare.confirmed += c.any();
                r.publicCare.servicePlan += planned;
                r.publicCare.visitedLast12Months += visited;
            }
        }
        r.children += householdChildren;
        for (auto [set, figures] :
             {std::pair{householdObserved, &observed}, std::pair{householdConfirmed, &confirmed}}) {
            for (std::size_t i = 0; i < n; ++i)
                if (set[i]) count((*figures)[i], householdChildren);
            for (int d = 1; d <= kDimensionCount; ++d) {
                bool holds = false;
                for (std::size_t i = 0; i < n; ++i) holds = holds || (set[i] && indicator(i).dimension == d);
                if (holds) count((*figures)[n + d - 1], householdChildren);
            }
            if (set.any()) count(figures->back(), householdChildren);
        }
    }
    if (!plan.resources.childrenInProtection.empty()) {
        r.publicCare.dgaspcList = 0;
        for (const ProtectedChildren& p : plan.resources.childrenInProtection) *r.publicCare.dgaspcList += p.children;
    }
    for (std::size_t i = 0; i < n + kDimensionCount + 1; ++i) {
        Table1Row row;
        row.key = i < n ? indicator(i).code : i < n + kDimensionCount ? std::to_string(i - n + 1) : "any";
        row.indicator = i < n ? static_cast<int>(i) : -1;
        row.observed = observed[i];
        row.confirmed = confirmed[i];
        if (i < n && indicator(i).childLevel) {
            row.observed.childrenDirectly = directObserved[i];
            row.confirmed.childrenDirectly = directConfirmed[i];
        }
        r.table1.push_back(row);
    }
    return r;
}

// ---- Figure by figure.

void checkSameFigures(const IndicatorFigures& a, const IndicatorFigures& b) {
    CHECK(a.households == b.households);
    CHECK(a.childrenInHouseholds == b.childrenInHouseholds);
    CHECK(a.childrenDirectly == b.childrenDirectly);
}

void checkSameReport(const NeedsReport& got, const NeedsReport& want) {
    CHECK(got.planId == want.planId);
    CHECK(got.commune == want.commune);
    CHECK(got.demo == want.demo);
    CHECK(got.asOf == want.asOf);
    CHECK(got.households == want.households);
    CHECK(got.children == want.children);
    REQUIRE(got.table1.size() == want.table1.size());
    for (std::size_t i = 0; i < want.table1.size(); ++i) {
        CAPTURE(want.table1[i].key);
        CHECK(got.table1[i].key == want.table1[i].key);
        CHECK(got.table1[i].indicator == want.table1[i].indicator);
        checkSameFigures(got.table1[i].observed, want.table1[i].observed);
        checkSameFigures(got.table1[i].confirmed, want.table1[i].confirmed);
    }
    REQUIRE(got.columns.size() == want.columns.size());
    for (std::size_t c = 0; c < want.columns.size(); ++c) {
        CAPTURE(want.columns[c].village);
        CHECK(got.columns[c].village == want.columns[c].village);
        CHECK(got.columns[c].insChildren == want.columns[c].insChildren);
        CHECK(got.columns[c].activity == want.columns[c].activity);
        CHECK(got.columns[c].byRiskSituation == want.columns[c].byRiskSituation);
        CHECK(got.columns[c].byDimension == want.columns[c].byDimension);
    }
    const PublicCare &a = got.publicCare, &b = want.publicCare;
    CHECK(a.children == b.children);
    CHECK(a.families == b.families);
    CHECK(a.riskIdentified == b.riskIdentified);
    CHECK(a.confirmed == b.confirmed);
    CHECK(a.servicePlan == b.servicePlan);
    CHECK(a.visitedLast12Months == b.visitedLast12Months);
    CHECK(a.dgaspcList == b.dgaspcList);
}

const Date kToday{2026, 11, 29};
// Report dates before part of the demo's sheets, visits and births, and after some 18th birthdays.
const Date kEarlier{2025, 10, 15}, kLater{2027, 6, 30};

// Table 1 rows whose figures differ.
int differingRows(const NeedsReport& a, const NeedsReport& b) {
    int rows = 0;
    for (std::size_t i = 0; i < a.table1.size(); ++i) {
        const Table1Row &x = a.table1[i], &y = b.table1[i];
        rows += x.observed.households != y.observed.households ||
                x.observed.childrenDirectly != y.observed.childrenDirectly ||
                x.confirmed.households != y.confirmed.households ||
                x.confirmed.childrenDirectly != y.confirmed.childrenDirectly;
    }
    return rows;
}

const Plan& demo() {
    static const Plan plan = makeDemoPlan(10000, 42, kToday);
    return plan;
}

// The demo generator writes a lettered indicator wherever it writes one of its sub-items, so on its
// own it never tests the parent rule. Here, in every other family nucleus, a parent whose sub-item
// says Yes is answered No, a parent whose sub-item is confirmed is rejected or left unassessed, and
// no child is marked for a parent through its sub-item. Some children are in public care, some have
// no birth date, one is born after the report; one household has no nucleus, one nucleus no child.
Plan mutatedDemo() {
    Plan p = demo();
    int nucleus = 0;
    for (HouseholdPtr& recorded : p.households) {
        auto h = std::make_shared<Household>(*recorded);
        for (FamilyNucleus& f : h->families) {
            ++nucleus;
            if (!f.children.empty() && nucleus % 7 == 0) f.children.front().inProtection = true;
            if (!f.children.empty() && nucleus % 13 == 0) f.children.back().birthDate.reset();
            if (nucleus % 2 == 0) continue;
            for (std::size_t i = 0; i < indicatorCount(); ++i) {
                const int parent = indicator(i).parent();
                if (parent < 0) continue;
                const auto up = static_cast<std::size_t>(parent);
                if (f.sheet && f.sheet->answers[i] == Answer::Yes) f.sheet->answers[up] = Answer::No;
                if (f.risk && f.risk->verdicts[i] == Verdict::Confirmed)
                    f.risk->verdicts[up] = nucleus % 4 == 1 ? Verdict::Rejected : Verdict::NotAssessed;
                for (Child& c : f.children) {
                    if (c.exposedObserved[i]) c.exposedObserved.reset(up);
                    if (c.exposedConfirmed[i]) c.exposedConfirmed.reset(up);
                }
            }
        }
        recorded = h;
    }
    auto empty = std::make_shared<Household>();
    empty->id = "h-empty";
    empty->village = p.villages.front().name;
    p.households.push_back(empty);
    auto childless = std::make_shared<Household>();
    childless->id = "h-childless";
    childless->village = "Cătun nou";  // a village missing from the plan's list
    childless->families.emplace_back();
    childless->families.back().sheet.emplace();
    childless->families.back().sheet->answers[0] = Answer::Yes;
    p.households.push_back(childless);
    auto unborn = std::make_shared<Household>(*p.households.front());
    unborn->families.front().children.emplace_back();
    unborn->families.front().children.back().birthDate = kToday.addDays(3);
    unborn->families.front().children.back().inProtection = true;
    p.households.front() = unborn;
    return p;
}

}  // namespace

TEST_CASE("every figure of the demo commune of 10,000 children agrees with a straightforward count") {
    for (const Date& asOf : {kToday, kEarlier, kLater}) {
        CAPTURE(asOf.iso());
        const NeedsReport want = referenceReport(demo(), asOf);
        CHECK(want.children > 9000);
        checkSameReport(needsReport(demo(), asOf), want);
    }
    // The demo always writes a parent with its sub-items: without the rule nothing changes.
    CHECK(differingRows(needsReport(demo(), kToday), referenceReport(demo(), kToday, {false})) == 0);
}

TEST_CASE("every figure agrees too where sub-items hold without their parents") {
    const Plan mutated = mutatedDemo();
    for (const Date& asOf : {kToday, kEarlier, kLater}) {
        CAPTURE(asOf.iso());
        const NeedsReport want = referenceReport(mutated, asOf);
        CHECK(want.publicCare.children > 0);
        checkSameReport(needsReport(mutated, asOf), want);
    }
    // Here the parent rule decides figures: without it, rows of Table 1 would change.
    CHECK(differingRows(needsReport(mutated, kToday), referenceReport(mutated, kToday, {false})) > 0);
}

namespace {

// The plan reduced to one village's households and list entries (the report screen's village).
Plan villageOnly(const Plan& plan, const std::string& village) {
    Plan p = plan;
    p.households.clear();
    for (const auto& h : plan.households)
        if (h->village == village) p.households.push_back(h);
    p.villages.erase(
        std::remove_if(p.villages.begin(), p.villages.end(), [&](const Village& v) { return v.name != village; }),
        p.villages.end());
    return p;
}

// A copy of the household with its first nucleus's first indicator suspected and confirmed.
HouseholdPtr edited(const HouseholdPtr& recorded, const std::string& village) {
    auto h = std::make_shared<Household>(*recorded);
    h->village = village;
    if (h->families.empty()) h->families.emplace_back();
    FamilyNucleus& f = h->families.front();
    if (!f.sheet) f.sheet.emplace();
    f.sheet->answers[0] = Answer::Yes;
    if (!f.risk) f.risk.emplace();
    f.risk->verdicts[0] = Verdict::Confirmed;
    return h;
}

}  // namespace

TEST_CASE("after an edit the cache counts only the households the edit replaced") {
    Plan plan = mutatedDemo();
    ReportCache cache;
    checkSameReport(cache.needsReport(plan, kToday), referenceReport(plan, kToday));
    CHECK(cache.recounted() == plan.households.size());

    SUBCASE("the same snapshot again: nothing is counted afresh") {
        cache.needsReport(plan, kToday);
        CHECK(cache.recounted() == 0);
    }
    SUBCASE("one household changed in place") {
        auto h = std::make_shared<Household>(*plan.households[100]);
        h->families.front().children.front().inProtection = true;
        h->families.front().sheet.emplace();
        h->families.front().sheet->answers[0] = Answer::Yes;
        plan.households[100] = h;
        checkSameReport(cache.needsReport(plan, kToday), referenceReport(plan, kToday));
        CHECK(cache.recounted() == 1);
    }
    SUBCASE("a household removed from the middle and one added at the end") {
        plan.households.erase(plan.households.begin() + 50);
        plan.households.push_back(std::make_shared<Household>(*plan.households[7]));
        checkSameReport(cache.needsReport(plan, kToday), referenceReport(plan, kToday));
        CHECK(cache.recounted() == 1);
    }
    SUBCASE("the same snapshot twice in one plan counts twice") {
        plan.households.push_back(plan.households[3]);
        checkSameReport(cache.needsReport(plan, kToday), referenceReport(plan, kToday));
        CHECK(cache.recounted() == 1);
    }
    SUBCASE("the cache keeps no household alive") {
        plan.households[5] = std::make_shared<Household>(*plan.households[5]);
        cache.needsReport(plan, kToday);
        CHECK(plan.households[5].use_count() == 1);
    }
    SUBCASE("another report date: every household counted again from its record, none read again") {
        checkSameReport(cache.needsReport(plan, kEarlier), referenceReport(plan, kEarlier));
        CHECK(cache.recounted() == 0);
        checkSameReport(cache.needsReport(plan, kLater), referenceReport(plan, kLater));
        CHECK(cache.recounted() == 0);
    }
    SUBCASE("another report date and an edit at once") {
        plan.households[100] = edited(plan.households[100], "Cătun nou");
        plan.households.erase(plan.households.begin() + 50);
        checkSameReport(cache.needsReport(plan, kLater), referenceReport(plan, kLater));
        CHECK(cache.recounted() == 1);
    }
}

TEST_CASE("the cache's running totals follow edits, undo, removals, additions and reordering") {
    const Plan original = mutatedDemo();
    Plan plan = original;
    ReportCache cache;
    const auto agrees = [&](const Plan& p, const Date& asOf) {
        checkSameReport(cache.needsReport(p, asOf), referenceReport(p, asOf));
    };
    agrees(plan, kToday);

    plan.households[100] = edited(plan.households[100], plan.households[100]->village);
    plan.households[200] = edited(plan.households[200], "Cătun nou");  // moved to a village off the list
    agrees(plan, kToday);
    CHECK(cache.recounted() == 2);

    agrees(original, kToday);  // undo: the two households as they were, counted again
    CHECK(cache.recounted() == 2);
    agrees(plan, kToday);  // redo
    CHECK(cache.recounted() == 2);

    plan.households.erase(plan.households.begin() + 4000);
    agrees(plan, kToday);
    CHECK(cache.recounted() == 0);

    plan.households.insert(plan.households.begin() + 10, edited(plan.households[10], plan.villages.back().name));
    plan.households.push_back(edited(plan.households[20], "Alt cătun"));
    agrees(plan, kToday);
    CHECK(cache.recounted() == 2);

    std::reverse(plan.households.begin() + 3000, plan.households.end());
    agrees(plan, kToday);
    CHECK(cache.recounted() == 0);

    plan.villages.erase(plan.villages.begin());  // its households' column comes after the listed ones
    agrees(plan, kToday);
    CHECK(cache.recounted() == 0);

    plan.households.erase(plan.households.begin(), plan.households.begin() + 5);
    plan.households.resize(plan.households.size() - 5);
    agrees(plan, kEarlier);  // another date: every household counted again from its record
    CHECK(cache.recounted() == 0);
    agrees(plan, kEarlier);
    CHECK(cache.recounted() == 0);

    plan.households.clear();
    agrees(plan, kEarlier);
}

TEST_CASE("a village's report from the running totals is the report of that village's households alone") {
    Plan plan = mutatedDemo();
    plan.households[7] = edited(plan.households[7], "Alt cătun");
    plan.villages.push_back(plan.villages.front());  // a village listed twice is one column
    plan.villages.back().insChildren = 12;
    for (const Date& asOf : {kToday, kLater}) {
        ReportCache cache;
        cache.needsReport(plan, asOf);
        std::vector<std::string> villages = {"Cătun nou", "Alt cătun", "Nicăieri", ""};
        for (const Village& v : plan.villages) villages.push_back(v.name);
        for (const std::string& village : villages) {
            CAPTURE(village);
            checkSameReport(cache.villageReport(plan, village), referenceReport(villageOnly(plan, village), asOf));
        }
    }
}

TEST_CASE("counted ahead a slice at a time, the plan's first report reads no household again") {
    Plan plan = mutatedDemo();
    const std::size_t slice = 1000;
    ReportCache cache;
    std::size_t slices = 1;
    while (!cache.countAhead(plan, kToday, slice)) ++slices;
    CHECK(slices == (plan.households.size() + slice - 1) / slice);
    checkSameReport(cache.needsReport(plan, kToday), referenceReport(plan, kToday));
    CHECK(cache.recounted() == 0);

    SUBCASE("an edit while recording: the households already recorded are counted again where edited") {
        ReportCache partial;
        CHECK_FALSE(partial.countAhead(plan, kToday, slice));
        plan.households[10] = edited(plan.households[10], "Cătun nou");
        plan.households.push_back(edited(plan.households[20], plan.households[20]->village));
        while (!partial.countAhead(plan, kToday, slice)) {
        }
        checkSameReport(partial.needsReport(plan, kToday), referenceReport(plan, kToday));
        CHECK(partial.recounted() == 1);
    }
    SUBCASE("a household removed while recording: the recording starts again") {
        ReportCache partial;
        CHECK_FALSE(partial.countAhead(plan, kToday, slice));
        plan.households.erase(plan.households.begin() + 3);
        CHECK_FALSE(partial.countAhead(plan, kToday, slice));
        while (!partial.countAhead(plan, kToday, slice)) {
        }
        checkSameReport(partial.needsReport(plan, kToday), referenceReport(plan, kToday));
        CHECK(partial.recounted() == 0);
    }
    SUBCASE("once recorded, an edit is left to the next report, which counts only it") {
        plan.households.erase(plan.households.begin() + 3);
        plan.households[30] = edited(plan.households[30], plan.households[30]->village);
        CHECK(cache.countAhead(plan, kToday, slice));
        checkSameReport(cache.needsReport(plan, kToday), referenceReport(plan, kToday));
        CHECK(cache.recounted() == 1);
    }
    SUBCASE("counting ahead keeps the date of the last report") {
        checkSameReport(cache.needsReport(plan, kEarlier), referenceReport(plan, kEarlier));
        CHECK(cache.countAhead(plan, kToday, slice));
        cache.needsReport(plan, kEarlier);
        CHECK(cache.recounted() == 0);
    }
    SUBCASE("another plan is recorded afresh") {
        Plan other = plan;
        other.id = "p-other";
        other.households.resize(2500);
        for (HouseholdPtr& h : other.households) h = std::make_shared<Household>(*h);
        CHECK_FALSE(cache.countAhead(other, kToday, slice));
        CHECK_FALSE(cache.countAhead(other, kToday, slice));
        CHECK(cache.countAhead(other, kToday, slice));
        checkSameReport(cache.needsReport(other, kToday), referenceReport(other, kToday));
        CHECK(cache.recounted() == 0);
    }
}

TEST_CASE("edit after edit, the cache's report equals the report counted afresh from the whole plan") {
    Plan plan = mutatedDemo();
    ReportCache cache;
    while (!cache.countAhead(plan, kToday, 4096)) {
    }
    const std::vector<std::string> villages = {plan.villages.front().name, plan.villages.back().name, "Cătun nou"};
    for (std::size_t step = 0; step < 30; ++step) {
        CAPTURE(step);
        const std::size_t at = (step * 337) % plan.households.size();
        switch (step % 3) {
            case 0: plan.households[at] = edited(plan.households[at], villages[step % villages.size()]); break;
            case 1: plan.households.push_back(edited(plan.households[at], plan.households[at]->village)); break;
            default: plan.households.erase(plan.households.begin() + static_cast<std::ptrdiff_t>(at)); break;
        }
        checkSameReport(cache.needsReport(plan, kToday), needsReport(plan, kToday));
        CHECK(cache.recounted() == (step % 3 == 2 ? 0u : 1u));
    }
}
