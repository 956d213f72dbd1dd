#include <doctest/doctest.h>

#include "core/base/memo.h"
#include "core/model/history.h"
#include "core/planning/budget.h"
#include "core/workspace/workspace_edits.h"

using namespace prevplan;

namespace {

Workspace withAction() {
    Workspace ws = addPlan({}, 5, "A", {"Sat"}, "1");
    Action a;
    a.id = "a1";
    editPlan(ws, "p1").planning.actions.push_back(a);
    return ws;
}

void typeCost(History& h, long ron) {
    Workspace next = h.current();
    setCost(editPlan(next, "p1").planning.actions[0], 2026, ron);
    h.commit(std::move(next), "cost", "a1.cost");  // typing: coalesced, each replaced snapshot freed
}

}  // namespace

// The sequence of the code review: the Budget tab caches snapshot S2; on the Actions tab, Ctrl+Z,
// then typing a cost. Keyed on the address, the budget kept S2's totals when a later snapshot was
// allocated where S2 had been. Keyed on the snapshot, it is never stale.
TEST_CASE("a view's cache after undo and coalesced typing shows the current snapshot's figures") {
    History h(withAction());
    typeCost(h, 100);
    h.seal();
    typeCost(h, 200);  // S2
    Memo<Plan, Budget> budget;
    const auto draw = [&] {
        const PlanPtr plan = h.current().plans[0];
        return budget.get(plan, [&] { return budgetOf(plan->planning); }).total;
    };
    CHECK(draw() == 200);
    const std::weak_ptr<const Plan> s2 = h.current().plans[0];

    h.undo();
    for (long ron : {3, 30, 300, 3000}) {
        typeCost(h, ron);
        CHECK(draw() == ron);
    }
    CHECK(s2.expired());  // released once the view has moved on, not before
}

TEST_CASE("a memo holds its snapshot until it moves on, and computes again when an input changes") {
    auto a = std::make_shared<const Plan>();
    Memo<Plan, int, int> memo;
    int computed = 0;
    const auto square = [&](const std::shared_ptr<const Plan>& p, int x) {
        return memo.get(p, {x}, [&] { ++computed; return x * x; });
    };
    CHECK(square(a, 3) == 9);
    CHECK(square(a, 3) == 9);
    CHECK(computed == 1);
    CHECK(square(a, 4) == 16);
    CHECK(computed == 2);

    const std::weak_ptr<const Plan> held = a;
    a.reset();
    CHECK_FALSE(held.expired());  // the memo keeps the address from being reused
    auto b = std::make_shared<const Plan>();
    CHECK(square(b, 4) == 16);
    CHECK(computed == 3);
    CHECK(held.expired());
}
