// A household's record (household_record.h): what the needs report reads of it on any date.
#include <doctest/doctest.h>

#include "core/model/rules.h"
#include "core/report/household_record.h"

using namespace prevplan;

namespace {

std::size_t position(const char* code) {
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (indicator(i).code == std::string(code)) return i;
    FAIL("no indicator " << code);
    return 0;
}

std::size_t firstChildLevel() {
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (indicator(i).childLevel && indicator(i).isRiskSituation()) return i;
    FAIL("the catalog has no child-level risk situation");
    return 0;
}

}  // namespace

TEST_CASE("a household record keeps the sets, dates and children the report counts") {
    const std::size_t child = firstChildLevel();
    const std::size_t other = position("1.a");
    Household h;
    FamilyNucleus& dated = h.families.emplace_back();
    dated.sheet.emplace();
    dated.sheet->filledOn = Date{2026, 3, 4};
    dated.sheet->answers[child] = Answer::Yes;
    dated.sheet->answers[other] = Answer::Yes;
    dated.risk.emplace();  // undated: it counts on every date
    dated.risk->verdicts[other] = Verdict::Confirmed;
    Child& exposed = dated.children.emplace_back();
    exposed.birthDate = Date{2015, 1, 31};
    exposed.exposedObserved.set(child);
    exposed.exposedConfirmed.set(child);  // not confirmed for the family: no direct exposure
    exposed.inProtection = true;
    exposed.servicePlan.emplace().completedOn = Date{2026, 5, 1};
    for (const Date& on : {Date{2026, 6, 1}, Date{2026, 9, 1}}) exposed.visits.emplace_back().date = on;
    Child& undated = dated.children.emplace_back();
    undated.servicePlan.emplace();  // never completed
    h.families.emplace_back();      // no sheet, no risk identification, no child yet

    const FamilyNucleus& family = h.families[0];  // `dated` and `exposed` moved as the vectors grew
    HouseholdRecord r;
    r.nuclei.emplace_back();  // what a reused record held before is gone
    recordHousehold(r, h);
    REQUIRE(r.nuclei.size() == 2);
    const NucleusRecord& n = r.nuclei[0];
    CHECK(n.sheetFilled == dateOrder(Date{2026, 3, 4}));
    CHECK(n.riskVisited == NucleusRecord::kUndated);
    // Indicator sets have no doctest printer: compared inside parentheses.
    CHECK((n.observed == observedSet(family)));
    CHECK((n.confirmed == confirmedSet(family)));
    CHECK(n.observed[child]);
    CHECK(n.endChild - n.firstChild == 2);
    REQUIRE(r.children.size() == 2);
    CHECK(r.children[0].born == dateOrder(Date{2015, 1, 31}));
    CHECK(r.children[0].inProtection);
    CHECK(r.children[0].planCompleted == dateOrder(Date{2026, 5, 1}));
    REQUIRE(r.children[0].visits == 2);
    CHECK(r.visits[r.children[0].firstVisit + 1] == dateOrder(Date{2026, 9, 1}));
    CHECK(r.children[1].born == ChildRecord::kUndated);
    CHECK(r.children[1].planCompleted == ChildRecord::kNever);
    CHECK(r.children[1].visits == 0);
    REQUIRE(n.endExposure - n.firstExposure == 1);  // the sheet's only: the verdict confirmed something else
    CHECK_FALSE(r.exposures[n.firstExposure].confirmed);
    CHECK(r.exposures[n.firstExposure].child == 0);
    CHECK((r.exposures[n.firstExposure].set == directlyExposed(family.children[0].exposedObserved, n.observed)));

    const NucleusRecord& empty = r.nuclei[1];
    CHECK(empty.sheetFilled == NucleusRecord::kMissing);
    CHECK(empty.riskVisited == NucleusRecord::kMissing);
    CHECK(empty.firstChild == empty.endChild);
    CHECK(empty.firstExposure == empty.endExposure);
}
