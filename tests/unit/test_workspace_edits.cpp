#include <doctest/doctest.h>

#include "core/workspace/workspace_edits.h"

using namespace prevplan;

TEST_CASE("plans are added, duplicated and removed") {
    Workspace w = addPlan({}, 12, "Florești", {"Florești", "Luna de Sus"}, "2026-01-01T10:00:00");
    REQUIRE(w.plans.size() == 1);
    CHECK(w.plans[0]->id == "p20260101T100000");
    CHECK(w.plans[0]->villages[1].name == "Luna de Sus");
    w = duplicatePlan(w, w.plans[0]->id, " (copie)", "2026-01-01T10:00:00");
    REQUIRE(w.plans.size() == 2);
    CHECK(w.plans[1]->id == "p20260101T100000-2");
    CHECK(w.plans[1]->commune == "Florești (copie)");
    w = removePlan(w, "p20260101T100000");
    REQUIRE(w.plans.size() == 1);
    CHECK(w.plans[0]->id == "p20260101T100000-2");
}

TEST_CASE("an imported plan that exists is replaced or kept beside") {
    Workspace mine = addPlan({}, 12, "A", {}, "t1");
    Workspace incoming = addPlan({}, 12, "A (from the DGASPC)", {}, "t1");
    incoming = addPlan(incoming, 5, "B", {}, "t2");
    CHECK(conflictingPlans(mine, incoming) == std::vector<Id>{"p1"});

    const Workspace replaced = mergePlans(mine, incoming, Conflict::Replace);
    REQUIRE(replaced.plans.size() == 2);
    CHECK(replaced.plans[0]->commune == "A (from the DGASPC)");
    CHECK(replaced.plans[1]->commune == "B");

    const Workspace both = mergePlans(mine, incoming, Conflict::KeepBoth);
    REQUIRE(both.plans.size() == 3);
    CHECK(both.plans[0]->commune == "A");
    CHECK(both.plans[1]->commune == "A (from the DGASPC)");
    CHECK(both.plans[1]->id == "p1-2");
    CHECK(both.plans[2]->id == "p2");
}
