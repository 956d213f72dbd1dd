#include "ui/plan/plan_view.h"

#include <imgui.h>

#include <chrono>

#include "core/base/format.h"
#include "ui/kit/next_step.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/step_keys.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/observatory/strings.h"
#include "ui/plan/dashboard_view.h"
#include "ui/plan/strings.h"
#include "ui/planning/strings.h"
#include "ui/registry/strings.h"
#include "ui/report/strings.h"
#include "ui/resources/strings.h"
#include "ui/sharing/strings.h"
#include "ui/shell/steps.h"

namespace prevplan::ui {

namespace {

using Screens = PlanView::Screens;

// A workflow step and what it draws; its title and icon are in the step catalog (shell/steps.h).
struct StepEntry {
    Step step;
    void (*draw)(Screens& s, Context& ctx, const Plan& plan);
};

// The steps in the methodology's order, which is the order of the list. Each draws with the
// signature of StepEntry::draw: (Screens&, Context&, const Plan&).
constexpr StepEntry kSteps[] = {
    {Step::Commune, [](auto& s, auto& ctx, auto& plan) { s.commune.draw(ctx, plan); }},
    {Step::Observatory,
     [](auto& s, auto& ctx, auto& plan) {
         switch (s.focus.editor) {
             case Editor::Household: return s.household.draw(ctx, plan, s.focus);
             case Editor::Sheet: return s.sheet.draw(ctx, plan, s.focus);
             default: return s.observatory.draw(ctx, plan, s.focus);
         }
     }},
    {Step::Risk, [](auto& s, auto& ctx, auto& plan) { s.risk.draw(ctx, plan, s.focus); }},
    {Step::Registry,
     [](auto& s, auto& ctx, auto& plan) {
         if (s.focus.editor == Editor::ServicePlan) s.servicePlan.draw(ctx, plan, s.focus);
         else s.registry.draw(ctx, plan, s.focus);
     }},
    {Step::WorkQueue, [](auto& s, auto& ctx, auto& plan) { s.workQueue.draw(ctx, plan, s.focus); }},
    {Step::Report, [](auto& s, auto& ctx, auto& plan) { s.report.draw(ctx, plan); }},
    {Step::Resources, [](auto& s, auto& ctx, auto& plan) { s.resources.draw(ctx, plan); }},
    {Step::RequiredServices, [](auto& s, auto& ctx, auto& plan) { s.required.draw(ctx, plan, s.focus); }},
    {Step::Priorities, [](auto& s, auto& ctx, auto& plan) { s.priorities.draw(ctx, plan); }},
    {Step::ThePlan, [](auto& s, auto& ctx, auto& plan) { s.strategy.draw(ctx, plan); }},
    {Step::Monitoring, [](auto& s, auto& ctx, auto& plan) { s.monitoring.draw(ctx, plan); }},
    {Step::Share, [](auto& s, auto& ctx, auto& plan) { s.share.draw(ctx, plan); }},
};

// Every step has exactly one line.
constexpr bool eachStepOnce() {
    for (int step = 0; step < static_cast<int>(Step::Count); ++step) {
        int lines = 0;
        for (const StepEntry& entry : kSteps) lines += static_cast<int>(entry.step) == step;
        if (lines != 1) return false;
    }
    return true;
}
static_assert(std::size(kSteps) == static_cast<std::size_t>(Step::Count), "one line per Step");
static_assert(eachStepOnce(), "one line per Step");

// The list is numbered on the start page and in Help from the step catalog: the same order.
constexpr bool sameOrderAsCatalog() {
    for (std::size_t i = 0; i < std::size(kSteps); ++i)
        if (kSteps[i].step != kStepCatalog[i].step) return false;
    return true;
}
static_assert(sameOrderAsCatalog(), "the steps in the catalog's order");

// A slice of the plan's households recorded for its reports each frame, from when the plan opens,
// so that no screen's first report of a big commune reads them all in one long task.
void recordReportAhead(Context& ctx, const Plan& plan, const Date& day) {
    using Clock = std::chrono::steady_clock;
    const Clock::time_point until = Clock::now() + std::chrono::milliseconds(8);
    while (!ctx.reports.countAhead(plan, day, 256) && Clock::now() < until) {}
}

const StepEntry& entryOf(Step step) {
    for (const StepEntry& entry : kSteps)
        if (entry.step == step) return entry;
    return kSteps[0];
}

}  // namespace

void PlanView::openCsv(const Context& ctx, const Plan& plan, const std::string& filename, std::string bytes) {
    if (screens_.focus.step == Step::Resources) return screens_.resources.openCsv(filename, bytes);  // the inventory
    csvImport_.open(ctx, plan, filename, std::move(bytes));
}

void PlanView::stepList(Context& ctx, const PlanProgress& progress) {
    PlanFocus& focus = screens_.focus;
    if (ImGui::Selectable(format("%s  %s###dashboard", theme::icon::kInfo, ctx.t(str::kDashboard)).c_str(),
                          focus.dashboard))
        focus.showDashboard();
    labelLastItem(ctx.t(str::kDashboard));
    ImGui::Separator();
    // Two lines a step, the state in the helper type, tight enough for twelve at 1366×768.
    const float titleHeight = ImGui::GetTextLineHeight();
    theme::pushType(theme::Type::Helper);
    const float stateHeight = ImGui::GetTextLineHeight();
    theme::popType();
    const float rowHeight = titleHeight + stateHeight + em() * 0.2f;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, em() * 0.15f));
    for (const StepEntry& entry : kSteps) {
        const StepInfo& info = stepInfo(entry.step);
        const StepProgress& p = progress.of(planStep(entry.step));
        const StateMark& mark = stateMark(p.state);
        const char* title = ctx.t(*info.title);
        const char* stateName = ctx.t(stepStateName(p.state));
        const bool current = !focus.dashboard && focus.step == entry.step;
        const ImVec2 top = ImGui::GetCursorPos();
        const ImVec2 screenTop = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable(format("###%s", info.title->en).c_str(), current, 0, ImVec2(0, rowHeight)))
            focus.show(entry.step);
        labelLastItem(title);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s",
                              format(ctx.t(str::kStepStateTip), stateName, p.reason.in(ctx.lang).c_str()).c_str());
        const ImVec2 after = ImGui::GetCursorPos();
        // The current step: a bar down its left edge, besides the selection's colour.
        if (current)
            ImGui::GetWindowDrawList()->AddRectFilled(
                screenTop, ImVec2(screenTop.x + em() * 0.2f, screenTop.y + rowHeight), theme::packed(theme::kPrimary));
        ImGui::SetCursorPos(ImVec2(top.x + em() * 0.4f, top.y));
        decoration(format("%d. %s %s", stepNumber(entry.step), info.icon, title).c_str(),
                   ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::SetCursorPos(ImVec2(top.x + em() * 1.6f, top.y + titleHeight));
        theme::pushType(theme::Type::Helper);
        coloredText(format("%s %s", mark.mark, stateName).c_str(), mark.color,
                    format("%d. %s: %s", stepNumber(entry.step), title, stateName).c_str());
        theme::popType();
        ImGui::SetCursorPos(after);
    }
    ImGui::PopStyleVar();
}

void PlanView::nextStep(const Context& ctx, const PlanProgress& progress) {
    const int following = static_cast<int>(screens_.focus.step) + 1;
    if (following >= static_cast<int>(Step::Count)) return;
    const Step step = static_cast<Step>(following);
    const StepProgress& p = progress.of(planStep(step));
    ImGui::Separator();
    const std::string reason = format("%s %s", stateMark(p.state).mark, p.reason.in(ctx.lang).c_str());
    if (nextStepAction(ctx, stepNumber(step), ctx.t(*stepInfo(step).title), reason.c_str())) screens_.focus.show(step);
}

void PlanView::draw(Context& ctx, const Plan& plan) {
    PlanFocus& focus = screens_.focus;
    if (plan.id != shownPlan_) {
        shownPlan_ = plan.id;
        // A plan with a census opens on its dashboard; a new one on its villages.
        focus.show(plan.households.empty() ? Step::Commune : Step::Observatory);
        if (!plan.households.empty()) focus.showDashboard();
    }
    const Date day = today();
    const PlanProgress& progress = progress_.get(ctx.snapshot(plan), std::tuple<Date>{day},
                                                 [&] { return planProgress(plan, day, progressFacts_); });
    recordReportAhead(ctx, plan, day);
    if (const auto step = stepShortcut(); step && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup)) focus.show(*step);
    if (ImGui::Button(ctx.t(str::kAllPlans))) {
        ctx.openPlan.clear();
        return;
    }
    ImGui::SameLine();
    // The page's level-one heading for a screen reader: every step's title is read under it.
    headingText(format("%s %s", ctx.t(str::kCommune), plan.commune.c_str()).c_str(), 1);
    if (plan.demo) {
        ImGui::SameLine();
        coloredText(format("[%s]", ctx.t(str::kDemoMark)).c_str(), kColorWarning, ctx.t(str::kDemoMark));
    }
    ImGui::Separator();
    ImGui::BeginChild("steps", ImVec2(em() * 16, 0), true);
    stepList(ctx, progress);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginGroup();
    // A step's list ends with the way on; its editors end with their own buttons.
    const bool withNext = !focus.dashboard && focus.editor == Editor::None && focus.step != Step::Share;
    ImGui::BeginChild("step", ImVec2(0, withNext ? -nextStepHeight() : 0));
    if (focus.dashboard) {
        if (const auto go = drawDashboard(ctx, plan, progress)) focus.show(*go);
    } else {
        entryOf(focus.step).draw(screens_, ctx, plan);
    }
    ImGui::EndChild();
    if (withNext) nextStep(ctx, progress);
    ImGui::EndGroup();
    csvImport_.draw(ctx, plan);
}

}  // namespace prevplan::ui
