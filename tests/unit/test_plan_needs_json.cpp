// The plan's needs-analysis extras in the workspace file: frozen reports and the remembered
// CSV column mapping round-trip, and plans without them still read.
#include <nlohmann/json.hpp>

#include "core/report/report_tables.h"
#include "core/workspace/workspace_json.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

TEST_CASE("frozen reports and the CSV mapping survive a save and a load") {
    Plan p = plan({household("h1", "Deal", {family("f1", "Popescu", {child("c1", "Ion")})})});
    freezeReport(p, needsReport(p, d("2025-12-31")), "2025-12-31T10:00:00");
    p.csvMapping = {{"numele copilului", "child_name"}, {"nr", ""}};
    Workspace ws;
    ws.plans.push_back(std::make_shared<Plan>(p));
    const std::string text = saveWorkspace(ws);
    const LoadResult back = loadWorkspace(text);
    REQUIRE(back.workspace);
    const Plan& q = *back.workspace->plans[0];
    REQUIRE(q.reportSnapshots.size() == 1);
    CHECK(q.reportSnapshots[0].year == 2025);
    CHECK(summarizeSnapshot(q.reportSnapshots[0]).children == 1);
    CHECK(q.csvMapping == std::vector<std::pair<std::string, std::string>>{{"nr", ""}, {"numele copilului", "child_name"}});
    CHECK(saveWorkspace(*back.workspace) == text);
}

TEST_CASE("a plan without the extras writes no extra keys") {
    Workspace ws;
    ws.plans.push_back(std::make_shared<Plan>(plan({})));
    const auto doc = nlohmann::json::parse(saveWorkspace(ws));
    CHECK_FALSE(doc["plans"][0].contains("report_snapshots"));
    CHECK_FALSE(doc["plans"][0].contains("csv_mapping"));
}
