// The plan's "planning" member: every field read from a file and written back the same.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/workspace/workspace_json.h"

using namespace prevplan;

namespace {

std::string planningFile() {
    std::ifstream in(std::filesystem::path(PREVPLAN_TEST_DATA) / "good/planning.json", std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("a planned commune loads with every planning field") {
    const LoadResult loaded = loadWorkspace(planningFile());
    REQUIRE(loaded.errors.empty());
    const Planning& p = loaded.workspace->plans[0]->planning;
    REQUIRE(p.candidates.size() == 2);
    CHECK(p.candidates[0].serviceType == "A3");
    CHECK(p.candidates[0].indicators == std::vector<std::string>{"4.b", "4.d"});
    CHECK(p.candidates[0].scores[static_cast<int>(Criterion::Consultation)].score == 4);
    CHECK(p.candidates[0].scores[static_cast<int>(Criterion::Consultation)].note == "cerut de părinți");
    CHECK(p.candidates[0].shortListed);
    CHECK_FALSE(p.candidates[1].shortListed);
    CHECK(p.weights[static_cast<int>(Criterion::Urgency)] == 4);
    REQUIRE(p.rounds.size() == 1);
    CHECK(p.rounds[0].format == ConsultationFormat::PublicDebate);
    CHECK(p.rounds[0].participants[0].kind == ParticipantKind::School);
    CHECK(p.rounds[0].participants[1].count == 12);
    CHECK(p.rounds[0].opinions[0].votes == 14);
    CHECK(p.startYear == 2026);
    CHECK(p.periodYears == 10);
    REQUIRE(p.objectives.size() == 2);
    CHECK(p.objectives[0].baseline->unit == BaselineUnit::ChildrenDirectly);
    CHECK(p.objectives[0].target == 0L);
    CHECK(p.objectives[1].manualBaseline == 12L);
    REQUIRE(p.actions.size() == 1);
    CHECK(p.actions[0].kind == ActionKind::PublicInformation);
    CHECK(p.actions[0].status == ActionStatus::InProgress);
    CHECK(p.actions[0].costs.size() == 2);
    CHECK(p.actions[0].costs[1].ron == 2000);
    CHECK(p.actionPlans[0].sections[static_cast<int>(ActionPlanSection::Training)] ==
          "42 de ore de formare pentru asistentul social.");
    CHECK(p.spasStaff == 1);
    CHECK(p.caseload == CaseloadRule::CaseOfficer25);
    CHECK(p.amendments[0].why == "rectificare bugetară");
}

TEST_CASE("a plan without a caseload counts 30 cases per prevention case officer, and leaves it out when saved") {
    auto doc = nlohmann::json::parse(planningFile());
    auto& planning = doc["plans"][0]["planning"];
    planning.erase("caseload");
    const LoadResult loaded = loadWorkspace(doc.dump());
    REQUIRE(loaded.workspace);
    CHECK(loaded.workspace->plans[0]->planning.caseload == CaseloadRule::PreventionOfficer30);
    CHECK_FALSE(nlohmann::json::parse(saveWorkspace(*loaded.workspace))["plans"][0]["planning"].contains("caseload"));
    planning["caseload"] = "gd797_50";
    CHECK(loadWorkspace(doc.dump()).workspace->plans[0]->planning.caseload == CaseloadRule::SpecialProtection50);
}

TEST_CASE("planning is written back as read, and left out when nothing is planned") {
    const LoadResult first = loadWorkspace(planningFile());
    REQUIRE(first.workspace);
    const std::string once = saveWorkspace(*first.workspace);
    const auto written = nlohmann::json::parse(once)["plans"][0]["planning"];
    CHECK(written == nlohmann::json::parse(planningFile())["plans"][0]["planning"]);
    const LoadResult second = loadWorkspace(once);
    REQUIRE(second.workspace);
    CHECK(saveWorkspace(*second.workspace) == once);

    Workspace empty;
    empty.plans.push_back(std::make_shared<Plan>());
    CHECK_FALSE(nlohmann::json::parse(saveWorkspace(empty))["plans"][0].contains("planning"));
}
