#include "ui/plan/plan_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/observatory/strings.h"
#include "ui/plan/strings.h"
#include "ui/planning/strings.h"
#include "ui/registry/strings.h"
#include "ui/report/strings.h"
#include "ui/resources/strings.h"
#include "ui/sharing/strings.h"

namespace prevplan::ui {

namespace {

using Screens = PlanView::Screens;

// A workflow step: its title in the list and what it draws.
struct StepEntry {
    Step step;
    const Text* title;
    void (*draw)(Screens& s, Context& ctx, const Plan& plan);
};

// The steps in the methodology's order, which is the order of the list. Each draws with the
// signature of StepEntry::draw: (Screens&, Context&, const Plan&).
constexpr StepEntry kSteps[] = {
    {Step::Commune, &str::kCommune, [](auto& s, auto& ctx, auto& plan) { s.commune.draw(ctx, plan); }},
    {Step::Observatory, &str::kStepObservatory,
     [](auto& s, auto& ctx, auto& plan) {
         switch (s.focus.editor) {
             case Editor::Household: return s.household.draw(ctx, plan, s.focus);
             case Editor::Sheet: return s.sheet.draw(ctx, plan, s.focus);
             default: return s.observatory.draw(ctx, plan, s.focus);
         }
     }},
    {Step::Risk, &str::kStepRisk, [](auto& s, auto& ctx, auto& plan) { s.risk.draw(ctx, plan, s.focus); }},
    {Step::Registry, &str::kStepRegistry,
     [](auto& s, auto& ctx, auto& plan) {
         if (s.focus.editor == Editor::ServicePlan) s.servicePlan.draw(ctx, plan, s.focus);
         else s.registry.draw(ctx, plan, s.focus);
     }},
    {Step::WorkQueue, &str::kStepWorkQueue, [](auto& s, auto& ctx, auto& plan) { s.workQueue.draw(ctx, plan, s.focus); }},
    {Step::Report, &str::kStepReport, [](auto& s, auto& ctx, auto& plan) { s.report.draw(ctx, plan); }},
    {Step::Resources, &str::kStepResources, [](auto& s, auto& ctx, auto& plan) { s.resources.draw(ctx, plan); }},
    {Step::RequiredServices, &str::kStepRequired,
     [](auto& s, auto& ctx, auto& plan) { s.required.draw(ctx, plan, s.focus); }},
    {Step::Priorities, &str::kStepPriorities, [](auto& s, auto& ctx, auto& plan) { s.priorities.draw(ctx, plan); }},
    {Step::ThePlan, &str::kStepThePlan, [](auto& s, auto& ctx, auto& plan) { s.strategy.draw(ctx, plan); }},
    {Step::Monitoring, &str::kStepMonitoring, [](auto& s, auto& ctx, auto& plan) { s.monitoring.draw(ctx, plan); }},
    {Step::Share, &str::kStepShare, [](auto& s, auto& ctx, auto& plan) { s.share.draw(ctx, plan); }},
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

void PlanView::draw(Context& ctx, const Plan& plan) {
    PlanFocus& focus = screens_.focus;
    if (plan.id != shownPlan_) {
        shownPlan_ = plan.id;
        focus.show(plan.households.empty() ? Step::Commune : Step::Observatory);
    }
    if (ImGui::Button(ctx.t(str::kAllPlans))) {
        ctx.openPlan.clear();
        return;
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(format("%s %s", ctx.t(str::kCommune), plan.commune.c_str()).c_str());
    if (plan.demo) {
        ImGui::SameLine();
        ImGui::TextColored(ImColor(kColorWarning), "[%s]", ctx.t(str::kDemoMark));
        labelLastItem(ctx.t(str::kDemoMark));
    }
    ImGui::Separator();
    ImGui::BeginChild("steps", ImVec2(em() * 14.5f, 0), true);
    for (const StepEntry& entry : kSteps)
        if (ImGui::Selectable(stableId(ctx.t(*entry.title), entry.title->en).c_str(), focus.step == entry.step))
            focus.show(entry.step);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("step");
    entryOf(focus.step).draw(screens_, ctx, plan);
    ImGui::EndChild();
    csvImport_.draw(ctx, plan);
}

}  // namespace prevplan::ui
