// Household, family and child edits, and the rules an edit keeps; expectations worked out by hand.
#include "core/observatory/family_edits.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

TEST_CASE("adding a household gives it one family nucleus; children join that nucleus") {
    Plan p = plan({});
    const Id h = addHousehold(p, "Deal");
    CHECK(h == "h100");
    REQUIRE(p.households.size() == 1);
    REQUIRE(p.households[0]->families.size() == 1);
    const FamilyRef ref{h, p.households[0]->families[0].id};
    CHECK(ref.family == "f101");
    CHECK(addChild(p, ref) == "c102");
    CHECK(addChild(p, ref) == "c103");
    CHECK(findFamily(p, ref)->children.size() == 2);
    CHECK(familyOfChild(p, "c103").family == "f101");
    removeChild(p, ref, "c102");
    CHECK(findFamily(p, ref)->children.size() == 1);
    CHECK(addFamily(p, h) == "f104");
    removeFamily(p, ref);
    CHECK(p.households[0]->families.size() == 1);
    removeHousehold(p, h);
    CHECK(p.households.empty());
}

TEST_CASE("an edit copies the household and leaves the earlier snapshot alone") {
    const Plan before = plan({household("h1", "Deal", {family("f1", "Ana", {child("c1", "Ion")})})});
    Plan after = before;
    editChild(editFamily(after, {"h1", "f1"}), "c1").name = "Ionel";
    CHECK(before.households[0]->families[0].children[0].name == "Ion");
    CHECK(after.households[0]->families[0].children[0].name == "Ionel");
}

TEST_CASE("the next sheet id follows the highest serial of the plan's county") {
    Plan p = plan({household("h1", "Deal", {family("f1", "A", {}), family("f2", "B", {})})});
    CHECK(nextSheetId(p) == "05001");
    Household& h = editHousehold(p, "h1");
    h.families[0].sheet = sheet("05007", "2026-01-10", {});
    h.families[1].sheet = sheet("12999", "2026-01-10", {});  // another county's serial does not count
    CHECK(nextSheetId(p) == "05008");
    const ObservationSheet fresh = newSheet(p, d("2026-02-01"));
    CHECK(fresh.sheetId == "05008");
    CHECK(*suggestedVisitDate(fresh) == d("2026-02-04"));  // 72 hours later
}

TEST_CASE("confirming a risk registers every child of the nucleus on the visit date") {
    FamilyNucleus f = family("f1", "A", {child("c1", "Ion"), child("c2", "Ana")});
    f.children[1].registeredOn = d("2025-05-05");
    registerConfirmedChildren(f, d("2026-03-01"));
    CHECK_FALSE(f.children[0].registeredOn);  // nothing confirmed yet
    f.risk = visit("2026-02-02", {"2.b"});
    registerConfirmedChildren(f, d("2026-03-01"));
    CHECK(*f.children[0].registeredOn == d("2026-02-02"));
    CHECK(*f.children[1].registeredOn == d("2025-05-05"));  // an earlier registration stays
}

TEST_CASE("the DGASPC must hear of abuse, neglect or exploitation once the risk identification confirms it") {
    FamilyNucleus f = family("f1", "A", {child("c1", "Ion")});
    f.sheet = sheet("05001", "2026-01-10", {"6.b2", "1.b"});
    CHECK(dgaspcNotificationDue(f).none());  // a suspicion calls for the visit first
    f.risk = visit("2026-01-12", {}, {"6.b2"});
    CHECK(dgaspcNotificationDue(f).none());  // the visit rejected it
    f.risk = visit("2026-01-12", {"6.b2", "1.b"});
    const IndicatorSet due = dgaspcNotificationDue(f);
    CHECK(due[at("6.b2")]);
    CHECK(due[at("6.b")]);  // the sub-item makes its parent true
    CHECK_FALSE(due[at("1.b")]);
    f.risk->dgaspcNotifiedOn = d("2026-01-12");
    CHECK(dgaspcNotificationDue(f).none());
}
