#include "ui/shell/workspace_view.h"

#include <imgui.h>

#include "core/base/fold.h"
#include "core/base/format.h"
#include "core/base/words.h"
#include "core/catalog/counties.h"
#include "core/demo/demo.h"
#include "core/observatory/list_villages.h"
#include "core/workspace/workspace_edits.h"
#include "core/workspace/workspace_json.h"
#include "platform/platform.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/sharing/strings.h"
#include "ui/shell/start_page.h"
#include "ui/shell/strings.h"

namespace prevplan::ui {

void WorkspaceView::exportPlan(const Context& ctx, const Plan& plan) {
    const std::string name = "prevplan-" + fileSlug(plan.commune) + "-" + platform::todayIso() + ".json";
    export_.request(name, savePlans(ctx.workspace(), {plan.id}));
}

void WorkspaceView::exportWorkspace(const Context& ctx) {
    export_.request("prevplan-workspace-" + platform::todayIso() + ".json", saveWorkspace(ctx.workspace()));
}

// A fictitious commune in a plan of its own, marked demo everywhere; real plans are untouched.
void WorkspaceView::openDemo(Context& ctx) {
    constexpr int kDemoChildren = 600;
    constexpr unsigned kDemoSeed = 2018;  // the methodology's year: the same demo for everyone
    Workspace next = ctx.workspace();
    auto demo = std::make_shared<Plan>(makeDemoPlan(kDemoChildren, kDemoSeed, ui::today()));
    demo->id = newPlanId(next, "demo");
    demo->createdOn = demo->modifiedOn = platform::timestampNow();
    next.plans.push_back(demo);
    ctx.openPlan = demo->id;
    ctx.commit(std::move(next), "open demo");
}

void WorkspaceView::planRow(Context& ctx, const Plan& plan) {
    ImGui::PushID(plan.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textItem(plan.commune.c_str());
    if (plan.demo) {
        ImGui::SameLine();
        coloredText(format("[%s]", ctx.t(str::kDemoMark)).c_str(), kColorWarning);
    }
    ImGui::TableNextColumn();
    const County* county = findCounty(plan.county);
    textItem(county ? county->name : "?");
    ImGui::TableNextColumn();
    textItem(format("%d", static_cast<int>(plan.villages.size())).c_str());
    ImGui::TableNextColumn();
    textItem(groupedNumber(static_cast<long long>(childCount(plan)), ctx.lang).c_str());
    ImGui::TableNextColumn();
    // "2026-11-25T16:52:07" → "25.11.2026 16:52"
    const std::string& stamp = plan.modifiedOn;
    const std::string modified = shownDate(stamp.substr(0, 10)) + (stamp.size() >= 16 ? " " + stamp.substr(11, 5) : "");
    textItem(modified.c_str());
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(ctx.t(str::kOpen))) ctx.openPlan = plan.id;
    ImGui::SameLine();
    if (!ctx.readOnly && ImGui::SmallButton(ctx.t(str::kRename))) form_.openRename(plan);
    ImGui::SameLine();
    if (!ctx.readOnly && ImGui::SmallButton(ctx.t(str::kDuplicate)))
        ctx.commit(duplicatePlan(ctx.workspace(), plan.id, ctx.t(str::kCopySuffix), platform::timestampNow()),
                   "duplicate plan");
    ImGui::SameLine();
    if (ImGui::SmallButton(ctx.t(str::kExport))) exportPlan(ctx, plan);
    ImGui::SameLine();
    if (!ctx.readOnly && deleteButton(ctx.t(str::kDelete), true, true))
        ctx.deletions.ask({&str::kPlanDeletion, plan.commune, planDeletion(plan),
                           [id = plan.id](Context& c) {
                               c.commit(removePlan(c.workspace(), id), "delete plan");
                               if (c.openPlan == id) c.openPlan.clear();
                           },
                           &str::kPlanDeletionCaveat});
    ImGui::PopID();
}

void WorkspaceView::draw(Context& ctx) {
    // Wide screens: the steps beside the welcome; narrow ones: the plans before the steps, so a
    // returning person finds their plan without scrolling.
    const bool wide = ImGui::GetContentRegionAvail().x > em() * 72;
    StartChoice choice = StartChoice::None;
    if (wide && ImGui::BeginTable("start", 2)) {
        ImGui::TableSetupColumn("##welcome", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("##steps", ImGuiTableColumnFlags_WidthFixed, em() * 21);
        ImGui::TableNextColumn();
        choice = drawStartPage(ctx);
        ImGui::TableNextColumn();
        ImGui::Spacing();
        drawMethodSteps(ctx, 1);
        ImGui::EndTable();
        ImGui::Spacing();
        plansTable(ctx);
    } else {
        choice = drawStartPage(ctx);
        ImGui::Spacing();
        plansTable(ctx);
        ImGui::Spacing();
        drawMethodSteps(ctx);
    }
    switch (choice) {
        case StartChoice::Demo: openDemo(ctx); break;
        case StartChoice::NewPlan: form_.openNew(); break;
        case StartChoice::OpenFile: platform::openFilePicker(".json,.csv,application/json,text/csv"); break;
        case StartChoice::CountyView: ctx.countyView = true; break;
        case StartChoice::None: break;
    }
}

void WorkspaceView::plansTable(Context& ctx) {
    const auto& plans = ctx.workspace().plans;
    if (plans.empty()) {
        helper(ctx.t(str::kNoPlans));
        return;
    }
    section(ctx.t(str::kYourPlans));
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("plans", 6, flags)) return;
    ImGui::TableSetupColumn(ctx.t(str::kCommune), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(ctx.t(str::kCounty), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn(ctx.t(str::kVillages), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(ctx.t(str::kChildren), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(ctx.t(str::kModified), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (const auto& plan : plans) planRow(ctx, *plan);
    ImGui::EndTable();
}

void WorkspaceView::newPlanForList(std::string name, std::string bytes) {
    form_.openNew(name, villagesOfList(bytes));
    list_ = List{std::move(name), std::move(bytes)};
}

std::optional<WorkspaceView::List> WorkspaceView::takeList(const Context& ctx) {
    if (!list_ || form_.isOpen()) return std::nullopt;
    std::optional<List> list = std::move(list_);
    list_.reset();
    if (ctx.openPlan.empty()) return std::nullopt;
    return list;
}

void WorkspaceView::drawDialogs(Context& ctx) {
    form_.draw(ctx);
    export_.draw(ctx);
}

}  // namespace prevplan::ui
