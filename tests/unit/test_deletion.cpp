// What a deletion takes with it, counted for the confirmation and the notice, and the Undo the
// notice offers; the expected counts are worked out by hand in the comments.
#include "core/model/undo_offer.h"
#include "core/observatory/family_edits.h"
#include "core/workspace/workspace_edits.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

// Popescu's household: Ana's family (Ion, Maria, Elena; a sheet; Ion has a service plan and two
// monitoring visits) and Vasile's family (Dan, Radu; no sheet).
HouseholdPtr popescu() {
    FamilyNucleus ana = family("f1", "Popescu Ana", {child("c1", "Ion"), child("c2", "Maria"), child("c3", "Elena")});
    ana.sheet = sheet("05001", "2026-01-10", {});
    ana.children[0].servicePlan = ServicePlan{};
    ana.children[0].visits = {{d("2026-02-01"), "AS", false, {}, {}}, {d("2026-03-01"), "AS", false, {}, {}}};
    return household("h1", "Deal", {ana, family("f2", "Popescu Vasile", {child("c4", "Dan"), child("c5", "Radu")})});
}

}  // namespace

TEST_CASE("a household goes with its families, children, sheets, service plans and visits") {
    const HouseholdPtr h = popescu();
    // 2 families; 3 + 2 = 5 children; Ana's one sheet; Ion's service plan and his 2 visits.
    CHECK(describeDeleted(householdDeletion(*h), Lang::Ro) ==
          "2 familii, 5 copii, 1 fișă de observație, 1 plan de servicii și 2 vizite de monitorizare");
    CHECK(describeDeleted(householdDeletion(*h), Lang::En) ==
          "2 families, 5 children, 1 observation sheet, 1 service plan and 2 monitoring visits");
    CHECK(householdName(*h) == "Popescu Ana, Popescu Vasile");
    CHECK(describeUnlinked(householdDeletion(*h), Lang::Ro).empty());
}

TEST_CASE("a family goes with its children and what is theirs; nothing counted zero is named") {
    const HouseholdPtr h = popescu();
    // Ana's: 3 children, the sheet, Ion's plan and 2 visits. Vasile's: only his 2 children.
    CHECK(describeDeleted(familyDeletion(h->families[0]), Lang::Ro) ==
          "3 copii, 1 fișă de observație, 1 plan de servicii și 2 vizite de monitorizare");
    CHECK(describeDeleted(familyDeletion(h->families[1]), Lang::Ro) == "2 copii");
    CHECK(describeDeleted(childDeletion(h->families[0].children[0]), Lang::En) ==
          "1 service plan and 2 monitoring visits");
    CHECK(describeDeleted(childDeletion(h->families[1].children[0]), Lang::Ro).empty());
}

TEST_CASE("deletion counts take Romanian's 'de' from 20 on") {
    FamilyNucleus big = family("f1", "", {});
    for (int i = 0; i < 20; ++i) big.children.push_back(child("c", "X"));
    const HouseholdPtr h = household("h9", "Deal", {big});
    // One family, twenty children: "20 de copii".
    CHECK(describeDeleted(householdDeletion(*h), Lang::Ro) == "1 familie și 20 de copii");
    // No head of family typed: the household is named by its address, else its id.
    CHECK(householdName(*h) == "h9");
}

TEST_CASE("an objective or a candidate leaves its actions and objectives in place, unlinked") {
    Planning p;
    p.candidates = {Candidate{"k1", "Centru de zi", {}, {}, {}, {}, false}};
    p.objectives = {PlanObjective{}, PlanObjective{}};
    p.objectives[0].id = "o1";
    p.objectives[0].priority = "k1";
    p.objectives[1].id = "o2";
    p.actions = {Action{}, Action{}, Action{}};
    p.actions[0].id = "a1", p.actions[0].objective = "o1", p.actions[0].priority = "k1";
    p.actions[1].id = "a2", p.actions[1].objective = "o1";
    p.actions[2].id = "a3", p.actions[2].objective = "o2";
    // o1 serves a1 and a2: 2 actions stay without it; nothing is deleted with it.
    CHECK(describeUnlinked(objectiveDeletion(p, "o1"), Lang::Ro) == "2 acțiuni");
    CHECK(describeDeleted(objectiveDeletion(p, "o1"), Lang::Ro).empty());
    // k1 is served by o1 and a1.
    CHECK(describeUnlinked(candidateDeletion(p, "k1"), Lang::En) == "1 objective and 1 action");
    removeAction(p, "a2");
    REQUIRE(p.actions.size() == 2);
    CHECK(p.actions[1].id == "a3");
}

TEST_CASE("a plan goes with its households, children, services, objectives and actions") {
    Plan p = plan({popescu(), household("h2", "Vale", {family("f3", "Ionescu", {child("c6", "Ioana")})})});
    p.resources.services.push_back(Service{});
    p.planning.objectives.push_back(PlanObjective{});
    // 2 households; 5 + 1 = 6 children; 1 service; 1 objective; no action.
    CHECK(describeDeleted(planDeletion(p), Lang::Ro) == "2 gospodării, 6 copii, 1 serviciu și 1 obiectiv");
}

TEST_CASE("deleting a family or a child that is already gone changes nothing") {
    Plan p = plan({popescu()});
    removeFamily(p, {"h1", "f9"});
    removeChild(p, {"h1", "f1"}, "c9");
    removeChild(p, {"h9", "f1"}, "c1");
    CHECK(p.households[0]->families.size() == 2);
    CHECK(p.households[0]->families[0].children.size() == 3);
}

TEST_CASE("the notice's Undo undoes exactly the deletion, and only while it is the last step") {
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(plan({popescu()})));
    History history(ws);
    auto deleteHousehold = [&] {
        Workspace next = history.current();
        removeHousehold(editPlan(next, "p1"), "h1");
        history.commit(next, "delete household");
    };

    SUBCASE("Undo within the time brings the household back with its families and children") {
        UndoOffer offer;
        const auto before = history.revision();
        deleteHousehold();
        offer.offer(history, before, 100.0);
        CHECK(findPlan(history.current(), "p1")->households.empty());
        CHECK(offer.open(history, 100.0 + UndoOffer::kSeconds - 1));
        CHECK(offer.take(history, 105.0));
        const Household* back = findHousehold(*findPlan(history.current(), "p1"), "h1");
        REQUIRE(back);
        CHECK(back->families.size() == 2);
        CHECK(back->families[0].children.size() + back->families[1].children.size() == 5);
        CHECK_FALSE(offer.open(history, 105.0));  // taken once
        CHECK(history.canRedo());
    }
    SUBCASE("another change, or Ctrl+Z first, withdraws it: nothing else is undone") {
        UndoOffer offer;
        const auto before = history.revision();
        deleteHousehold();
        offer.offer(history, before, 100.0);
        history.undo();  // Ctrl+Z
        CHECK_FALSE(offer.take(history, 101.0));
        CHECK(findHousehold(*findPlan(history.current(), "p1"), "h1"));

        const auto again = history.revision();
        deleteHousehold();
        offer.offer(history, again, 200.0);
        Workspace renamed = history.current();
        editPlan(renamed, "p1").commune = "Deal";
        history.commit(renamed, "rename");
        CHECK_FALSE(offer.open(history, 201.0));
    }
    SUBCASE("it runs out after kSeconds, and a deletion that committed nothing offers nothing") {
        UndoOffer offer;
        const auto before = history.revision();
        deleteHousehold();
        offer.offer(history, before, 100.0);
        CHECK_FALSE(offer.open(history, 100.0 + UndoOffer::kSeconds));
        offer.offer(history, history.revision(), 300.0);  // read-only: the commit was refused
        CHECK_FALSE(offer.open(history, 300.0));
    }
}
