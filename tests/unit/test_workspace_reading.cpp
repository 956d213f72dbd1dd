// A workspace file read in steps (what the page runs a few milliseconds per frame) gives exactly
// what loadWorkspace() gives: the same workspace, the same errors in the same order.
#include <string>

#include <doctest/doctest.h>
#include "core/demo/demo.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;

namespace {

const Date kToday = *Date::parse("2026-11-29");

std::string demoFile(int children, unsigned seed, int plans = 1) {
    Workspace ws;
    for (int i = 0; i < plans; ++i) {
        auto plan = std::make_shared<Plan>(makeDemoPlan(children, seed + i, kToday));
        plan->id += std::to_string(i);
        ws.plans.push_back(plan);
    }
    return saveWorkspace(ws);
}

LoadResult inSteps(const std::string& text, std::size_t householdsPerStep) {
    WorkspaceReading reading(text);
    double progress = 0;
    while (!reading.step(householdsPerStep)) {
        CHECK(reading.householdsRead() <= reading.householdsTotal());
        CHECK(reading.progress() >= progress);
        progress = reading.progress();
    }
    CHECK(reading.progress() == 1);
    return reading.take();
}

void checkSame(const std::string& text) {
    const LoadResult whole = loadWorkspace(text);
    for (std::size_t perStep : {1u, 7u, 1000u}) {
        const LoadResult steps = inSteps(text, perStep);
        REQUIRE(steps.errors.size() == whole.errors.size());
        for (std::size_t i = 0; i < whole.errors.size(); ++i) {
            CHECK(steps.errors[i].kind == whole.errors[i].kind);
            CHECK(steps.errors[i].message(Lang::Ro) == whole.errors[i].message(Lang::Ro));
            CHECK(steps.errors[i].message(Lang::En) == whole.errors[i].message(Lang::En));
        }
        CHECK(steps.errorCount == whole.errorCount);
        CHECK(steps.versionRead == whole.versionRead);
        REQUIRE(steps.workspace.has_value() == whole.workspace.has_value());
        if (whole.workspace) CHECK(saveWorkspace(*steps.workspace) == saveWorkspace(*whole.workspace));
    }
}

// Replaces the first `from` after a share of the text.
std::string spoiled(std::string text, const std::string& from, const std::string& to, double after = 0.5) {
    const auto at = text.find(from, static_cast<std::size_t>(text.size() * after));
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a workspace read in steps is the one loadWorkspace reads") {
    SUBCASE("one demo commune, its households a few at a time") {
        const std::string text = demoFile(300, 3);
        checkSame(text);
        WorkspaceReading reading(text);
        while (reading.householdsTotal() == 0) REQUIRE_FALSE(reading.step(1));  // the scan, 4 KB a step
        CHECK(reading.progress() > 0);
        CHECK(reading.householdsTotal() == loadWorkspace(text).workspace->plans[0]->households.size());
        CHECK(reading.householdsRead() == 0);
        CHECK_FALSE(reading.step(10));
        CHECK(reading.householdsRead() == 10);
    }
    SUBCASE("three communes, one without households") {
        std::string text = demoFile(120, 5, 3);
        checkSame(text);
        const auto households = text.find("\"households\": [");
        checkSame(text.replace(households, std::string("\"households\": [").size(), "\"households\": [], \"x\": ["));
    }
    SUBCASE("no plans") { checkSame(R"({"format":"prevplan-workspace","version":1,"plans":[]})"); }
}

TEST_CASE("a broken workspace read in steps gives loadWorkspace's errors") {
    const std::string text = demoFile(200, 11, 2);
    SUBCASE("invalid values in households, a duplicated id and a bad county") {
        std::string t = spoiled(text, "\"village\": \"", "\"village\": \"Nicăieri", 0.3);
        t = spoiled(t, "\"birth_date\": \"", "\"birth_date\": \"x", 0.6);
        t = spoiled(t, "\"county\": ", "\"county\": 99, \"c\": ", 0.0);
        checkSame(t);
        const auto second = t.find("\"id\": \"", t.find("\"households\""));
        const auto idEnd = t.find('"', second + 7);
        const std::string firstId = t.substr(second, idEnd + 1 - second);
        checkSame(spoiled(t, "\"id\": \"", firstId + ", \"y\": \"", 0.7));
    }
    SUBCASE("not JSON in the middle of the households") { checkSame(spoiled(text, "\"families\"", "\"families\" ]")); }
    SUBCASE("truncated") { checkSame(text.substr(0, text.size() / 2)); }
    SUBCASE("households that are not objects, or not an array") {
        checkSame(spoiled(text, "\"households\": [", "\"households\": [1, \"a\", null, ", 0.0));
        checkSame(spoiled(text, "\"households\": [", "\"households\": [], \"z\": [", 0.0));
        checkSame(R"({"format":"prevplan-workspace","version":1,"plans":[{"id":"p","households":7}]})");
    }
    SUBCASE("a key written twice, or escaped") {
        checkSame(spoiled(text, "\"households\": [", "\"households\": [], \"households\": [", 0.0));
        checkSame(spoiled(text, "\"households\": [", "\"house\\u0068olds\": [", 0.0));
        checkSame(spoiled(text, "\"plans\": [", "\"plans\": [], \"plans\": [", 0.0));
    }
    SUBCASE("a trailing comma, an empty element") {
        checkSame(spoiled(text, "\"households\": [", "\"households\": [,", 0.0));
        checkSame(R"({"format":"prevplan-workspace","version":1,"plans":[{"id":"p","households":[{},]}]})");
    }
    SUBCASE("not a workspace, or a newer one") {
        checkSame(R"({"format":"something","plans":[]})");
        checkSame(R"({"format":"prevplan-workspace","version":99,"plans":[]})");
        checkSame("[1,2]");
        checkSame("");
    }
}
