#include "ui/plan/plan_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/catalog/counties.h"
#include "platform/platform.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/observatory/strings.h"
#include "ui/plan/strings.h"
#include "ui/planning/strings.h"
#include "ui/registry/strings.h"
#include "ui/report/strings.h"
#include "ui/resources/strings.h"
#include "ui/sharing/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

// The workflow steps in the methodology's order (the Step enum follows it).
struct StepEntry {
    const Text* title;
    void (PlanView::*draw)(Context&, const Plan&);
};
const StepEntry kSteps[] = {
    {&str::kCommune, &PlanView::communeStep},     {&str::kStepObservatory, &PlanView::observatoryStep},
    {&str::kStepRisk, &PlanView::riskStep},           {&str::kStepRegistry, &PlanView::registryStep},
    {&str::kStepWorkQueue, &PlanView::workQueueStep}, {&str::kStepReport, &PlanView::reportStep},
    {&str::res::kStepResources, &PlanView::resourcesStep}, {&str::res::kStepRequired, &PlanView::requiredStep},
    {&str::kStepPriorities, &PlanView::prioritiesStep}, {&str::kStepThePlan, &PlanView::strategyStep},
    {&str::kStepMonitoring, &PlanView::monitoringStep},
    {&str::kStepShare, &PlanView::shareStep},
};
static_assert(std::size(kSteps) == static_cast<std::size_t>(Step::Share) + 1, "one entry per Step");

bool villageInUse(const Plan& plan, const std::string& name) {
    for (const auto& h : plan.households)
        if (h->village == name) return true;
    return false;
}

}  // namespace

void PlanView::villagesTable(Context& ctx, const Plan& plan) {
    if (!ImGui::BeginTable("villages", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn(ctx.t(str::kColVillage), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 14);
    ImGui::TableSetupColumn(ctx.t(str::kInsChildren), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
    ImGui::TableSetupColumn("##remove");
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < plan.villages.size(); ++i) {
        const Village& v = plan.villages[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(v.name.c_str());
        ImGui::TableNextColumn();
        int ins = v.insChildren.value_or(0);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputInt("##ins", &ins, 0) && ins >= 0)
            editPlanWith(ctx, plan, "INS children", plan.id + "/ins/" + v.name,
                         [&](Plan& p) { p.villages[i].insChildren = ins; });
        labelLastItem((std::string(ctx.t(str::kInsChildren)) + " " + v.name).c_str());
        ImGui::TableNextColumn();
        const bool inUse = villageInUse(plan, v.name);
        if (button(ctx.t(str::kRemove), !ctx.readOnly && !inUse))
            editPlanWith(ctx, plan, "remove village", {}, [&](Plan& p) { p.villages.erase(p.villages.begin() + i); });
        if (inUse && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", ctx.t(str::kVillageInUse));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void PlanView::communeStep(Context& ctx, const Plan& plan) {
    const County* county = findCounty(plan.county);
    ImGui::TextUnformatted(format("%s: %s (%02d)", ctx.t(str::kCounty), county ? county->name : "?", plan.county).c_str());
    std::string commune = plan.commune;
    if (inputText(ctx.t(str::kCommune), commune, ImGui::GetFontSize() * 16) && !commune.empty())
        editPlanWith(ctx, plan, "commune name", plan.id + "/commune", [&](Plan& p) { p.commune = commune; });
    ImGui::Spacing();
    ImGui::TextUnformatted(ctx.t(str::kVillages));
    villagesTable(ctx, plan);
    inputText("##new-village", newVillage_, ImGui::GetFontSize() * 14);
    labelLastItem(ctx.t(str::kColVillage));
    ImGui::SameLine();
    bool exists = false;
    for (const auto& v : plan.villages) exists |= v.name == newVillage_;
    if (button(ctx.t(str::kAddVillage), !ctx.readOnly && !newVillage_.empty() && !exists)) {
        editPlanWith(ctx, plan, "add village", {}, [&](Plan& p) { p.villages.push_back({newVillage_, std::nullopt}); });
        newVillage_.clear();
    }
}

void PlanView::observatoryStep(Context& ctx, const Plan& plan) {
    switch (focus_.editor) {
        case Editor::Household: household_.draw(ctx, plan, focus_); break;
        case Editor::Sheet: sheet_.draw(ctx, plan, focus_); break;
        default: observatory_.draw(ctx, plan, focus_); break;
    }
}

void PlanView::riskStep(Context& ctx, const Plan& plan) { risk_.draw(ctx, plan, focus_); }

void PlanView::registryStep(Context& ctx, const Plan& plan) {
    if (focus_.editor == Editor::ServicePlan) servicePlan_.draw(ctx, plan, focus_);
    else registry_.draw(ctx, plan, focus_);
}

void PlanView::workQueueStep(Context& ctx, const Plan& plan) { workQueue_.draw(ctx, plan, focus_); }

void PlanView::reportStep(Context& ctx, const Plan& plan) { report_.draw(ctx, plan); }

void PlanView::resourcesStep(Context& ctx, const Plan& plan) { resources_.draw(ctx, plan); }

void PlanView::requiredStep(Context& ctx, const Plan& plan) { required_.draw(ctx, plan, focus_); }
void PlanView::prioritiesStep(Context& ctx, const Plan& plan) { priorities_.draw(ctx, plan); }
void PlanView::strategyStep(Context& ctx, const Plan& plan) { strategy_.draw(ctx, plan); }
void PlanView::monitoringStep(Context& ctx, const Plan& plan) { monitoring_.draw(ctx, plan); }

void PlanView::shareStep(Context& ctx, const Plan& plan) { share_.draw(ctx, plan); }

void PlanView::openCsv(const Context& ctx, const Plan& plan, const std::string& filename, std::string bytes) {
    if (focus_.step == Step::Resources) return resources_.openCsv(filename, bytes);  // the inventory
    csvImport_.open(ctx, plan, filename, std::move(bytes));
}

void PlanView::draw(Context& ctx, const Plan& plan) {
    if (plan.id != shownPlan_) {
        shownPlan_ = plan.id;
        focus_.show(plan.households.empty() ? Step::Commune : Step::Observatory);
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
    ImGui::BeginChild("steps", ImVec2(ImGui::GetFontSize() * 14.5f, 0), true);
    for (int i = 0; i < static_cast<int>(std::size(kSteps)); ++i)
        if (ImGui::Selectable(stableId(ctx.t(*kSteps[i].title), kSteps[i].title->en).c_str(), static_cast<int>(focus_.step) == i))
            focus_.show(static_cast<Step>(i));
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("step");
    (this->*kSteps[static_cast<int>(focus_.step)].draw)(ctx, plan);
    ImGui::EndChild();
    csvImport_.draw(ctx, plan);
}

}  // namespace prevplan::ui
