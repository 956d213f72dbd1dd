#include <doctest/doctest.h>

#include "core/model/history.h"
#include "core/sharing/share_history.h"
#include "core/workspace/workspace_edits.h"

using namespace prevplan;

static Workspace withPlan(const char* commune) { return addPlan({}, 5, commune, {"Sat"}, "1"); }

// Two steps: plan p1 made in commune A ("new plan"), then renamed to B ("rename").
static void makeThenRename(History& h) {
    h.commit(withPlan("A"), "new plan");
    Workspace renamed = h.current();
    editPlan(renamed, "p1").commune = "B";
    h.commit(renamed, "rename");
}

TEST_CASE("undo and redo walk the snapshots") {
    History h;
    makeThenRename(h);
    CHECK(h.current().plans[0]->commune == "B");
    CHECK(h.undoLabel() == "rename");
    h.undo();
    CHECK(h.current().plans[0]->commune == "A");
    CHECK(h.redoLabel() == "rename");
    h.undo();
    CHECK(h.current().plans.empty());
    CHECK_FALSE(h.canUndo());
    h.redo();
    h.redo();
    CHECK(h.current().plans[0]->commune == "B");
    CHECK_FALSE(h.canRedo());
}

TEST_CASE("a new edit after undo drops the redo branch") {
    History h;
    h.commit(withPlan("A"), "a");
    h.undo();
    h.commit(withPlan("C"), "c");
    CHECK_FALSE(h.canRedo());
    CHECK(h.current().plans[0]->commune == "C");
}

TEST_CASE("typing in one field is one undo step until the field is left") {
    History h;
    h.commit(withPlan(""), "new");
    for (const char* text : {"V", "Va", "Val"}) {
        Workspace w = h.current();
        editPlan(w, "p1").commune = text;
        h.commit(w, "commune", "p1/commune");
    }
    h.undo();
    CHECK(h.current().plans[0]->commune == "");
    h.redo();
    h.seal();
    Workspace w = h.current();
    editPlan(w, "p1").commune = "Vale";
    h.commit(w, "commune", "p1/commune");
    h.undo();
    CHECK(h.current().plans[0]->commune == "Val");
}

TEST_CASE("snapshots share what an edit did not touch") {
    Workspace w = addPlan({}, 5, "A", {"Sat"}, "1");
    Plan& p = editPlan(w, "p1");
    auto h = std::make_shared<Household>();
    h->id = "h1";
    p.households.push_back(h);
    const Workspace before = w;
    Workspace after = before;
    editPlan(after, "p1").commune = "B";
    CHECK(after.plans[0].get() != before.plans[0].get());
    CHECK(after.plans[0]->households[0].get() == before.plans[0]->households[0].get());
}

TEST_CASE("the revision grows with every change, undo included") {
    History h;
    const auto r0 = h.revision();
    h.commit(withPlan("A"), "a");
    h.undo();
    CHECK(h.revision() == r0 + 2);
}

TEST_CASE("history keeps at most kMaxSteps undo steps") {
    History h;
    for (std::size_t i = 0; i < History::kMaxSteps + 10; ++i) h.commit(withPlan("A"), "a");
    std::size_t undos = 0;
    while (h.canUndo()) {
        h.undo();
        ++undos;
    }
    CHECK(undos == History::kMaxSteps);
}

TEST_CASE("a share recorded by amending stays through undo and redo, in every snapshot that has the plan") {
    History h;
    makeThenRename(h);
    h.undo();  // a redo step now waits: "rename"
    const auto revision = h.revision();
    h.amend([](Workspace& ws) { recordShare(ws, "p1", ShareKind::DgaspcPackage, Date{2026, 12, 1}); });
    CHECK(h.revision() > revision);
    CHECK(h.undoLabel() == "new plan");  // no step of its own
    REQUIRE(h.current().plans[0]->shared.size() == 1);
    h.redo();
    CHECK(h.current().plans[0]->commune == "B");
    CHECK(h.current().plans[0]->shared.size() == 1);
    h.undo();
    h.undo();  // before the plan was made: nothing to record in, nothing made up
    CHECK(h.current().plans.empty());
    h.redo();
    CHECK(h.current().plans[0]->shared.size() == 1);
}
