// When a plan was shared (step 12): recorded once per kind and day, said in both languages, kept
// in the workspace file (and read leniently from files without it), and turning step 12 done.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/demo/demo.h"
#include "core/progress/plan_progress.h"
#include "core/sharing/share_history.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;
using nlohmann::json;

namespace {

const Date kToday{2026, 11, 30};

Workspace workspaceOf(Plan plan) {
    if (plan.id.empty()) plan.id = "p-share";
    Workspace ws;
    ws.plans.push_back(std::make_shared<Plan>(std::move(plan)));
    return ws;
}

}  // namespace

TEST_CASE("a share is recorded once per kind and day, and said with its date") {
    Plan plan;
    recordShare(plan, ShareKind::PlanDocument, kToday);
    recordShare(plan, ShareKind::PlanDocument, kToday);
    CHECK(plan.shared.size() == 1);
    CHECK(lastSent(plan) == nullptr);  // printed, not sent
    recordShare(plan, ShareKind::DgaspcPackage, kToday);
    recordShare(plan, ShareKind::PlanDocument, Date{2026, 12, 1});
    REQUIRE(plan.shared.size() == 3);
    REQUIRE(lastSent(plan) == &plan.shared[1]);
    CHECK(shareLine(plan.shared[1], Lang::Ro) == "Trimis DGASPC la 30.11.2026");
    CHECK(shareLine(plan.shared[1], Lang::En) == "Sent to the DGASPC on 30.11.2026");
    CHECK(shareLine(plan.shared[2], Lang::Ro) == "Documentul planului deschis sau descărcat la 01.12.2026");
    recordShare(plan, ShareKind::CouncilDecision, Date{2026, 12, 15}, "45");
    CHECK(shareLine(*lastSent(plan), Lang::Ro) == "Aprobat de consiliul local la 15.12.2026 (HCL nr. 45)");
    CHECK(shareLine(*lastSent(plan), Lang::En) == "Approved by the local council on 15.12.2026 (decision no. 45)");
}

TEST_CASE("the shares are kept in the workspace file, and a file without them still loads") {
    Plan plan = makeDemoPlan(60, 3, kToday);
    recordShare(plan, ShareKind::PlanDocument, kToday);
    recordShare(plan, ShareKind::CouncilDecision, Date{2026, 12, 15}, "45/2026");
    const json saved = json::parse(saveWorkspace(workspaceOf(plan)));
    const json& shared = saved["plans"][0]["shared"];
    CHECK(shared == json::parse(R"([{"on": "2026-11-30", "what": "plan-document"},
                                   {"on": "2026-12-15", "what": "council-decision", "note": "45/2026"}])"));
    const LoadResult back = loadWorkspace(saved.dump());
    REQUIRE(back.workspace);
    const Plan& read = *back.workspace->plans[0];
    REQUIRE(read.shared.size() == 2);
    CHECK(read.shared[1].what == ShareKind::CouncilDecision);
    CHECK(read.shared[1].on == Date{2026, 12, 15});
    CHECK(read.shared[1].note == "45/2026");

    json old = saved;
    old["plans"][0].erase("shared");
    const LoadResult older = loadWorkspace(old.dump());
    REQUIRE(older.workspace);
    CHECK(older.workspace->plans[0]->shared.empty());
    CHECK(saveWorkspace(*older.workspace).find("\"shared\"") == std::string::npos);
}

TEST_CASE("a share of an unknown kind or without its date is refused where it is") {
    json saved = json::parse(saveWorkspace(workspaceOf(makeDemoPlan(30, 4, kToday))));
    saved["plans"][0]["shared"] =
        json::parse(R"([{"on": "2026-11-30", "what": "e-mail"}, {"what": "dgaspc-package"}])");
    const LoadResult read = loadWorkspace(saved.dump());
    CHECK_FALSE(read.workspace);
    REQUIRE(read.errors.size() == 2);
    CHECK(read.errors[0].where == "/plans/0/shared/0/what");
    CHECK(read.errors[0].detailRo.find("dgaspc-package") != std::string::npos);
    CHECK(read.errors[1].where == "/plans/0/shared/1/on");
}

TEST_CASE("step 12 is done once the plan went out, with when; printed only, it says so") {
    Plan plan = makeDemoPlan(300, 7, kToday);
    const auto step12 = [&] { return planProgress(plan, kToday).of(PlanStep::Share); };
    CHECK(step12().state != StepState::Done);  // nothing recorded: never done by itself
    recordShare(plan, ShareKind::PlanDocument, kToday);
    CHECK(step12().state == StepState::InProgress);
    recordShare(plan, ShareKind::DgaspcPackage, kToday);
    CHECK(step12().state == StepState::Done);
    CHECK(step12().reason.ro == "Trimis DGASPC la 30.11.2026");
    CHECK(step12().reason.en == "Sent to the DGASPC on 30.11.2026");
}

TEST_CASE("a plan only printed has step 12 in progress even before its objectives; an empty plan's is not started") {
    Plan plan;
    recordShare(plan, ShareKind::PlanDocument, kToday);
    const StepProgress printed = planProgress(plan, kToday).of(PlanStep::Share);
    CHECK(printed.state == StepState::InProgress);
    CHECK(planProgress(Plan{}, kToday).of(PlanStep::Share).state == StepState::NotStarted);
}
