#include <doctest/doctest.h>

#include "core/demo/demo.h"
#include "core/workspace/workspace_json.h"
#include "core/workspace/workspace_writer.h"

using namespace prevplan;

static Workspace demoWorkspace() {
    Workspace ws;
    ws.plans.push_back(std::make_shared<Plan>(makeDemoPlan(200, 3, *Date::parse("2026-06-01"))));
    return ws;
}

TEST_CASE("the storage writer's text loads to the same workspace") {
    const Workspace ws = demoWorkspace();
    WorkspaceWriter writer;
    const LoadResult back = loadWorkspace(writer.write(ws));
    REQUIRE(back.workspace);
    CHECK(saveWorkspace(*back.workspace) == saveWorkspace(ws));
}

TEST_CASE("only households that changed are encoded again, and stale ones are forgotten") {
    Workspace ws = demoWorkspace();
    WorkspaceWriter writer;
    writer.write(ws);
    const std::size_t households = ws.plans[0]->households.size();
    CHECK(writer.cachedHouseholds() == households);

    Plan& plan = editPlan(ws, ws.plans[0]->id);
    const Id first = plan.households[0]->id;
    editHousehold(plan, first).address = "Str. Nouă nr. 1";
    const std::string text = writer.write(ws);
    CHECK(writer.cachedHouseholds() == households);  // the old version was dropped
    CHECK(text.find("Str. Nouă nr. 1") != std::string::npos);

    plan.households.erase(plan.households.begin());
    writer.write(ws);
    CHECK(writer.cachedHouseholds() == households - 1);
}
