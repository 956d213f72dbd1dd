#include "ui/plan_view.h"

#include <imgui.h>

#include "core/catalog/counties.h"
#include "platform/platform.h"
#include "ui/strings.h"
#include "ui/widgets.h"

namespace prevplan::ui {

namespace {

// The workflow steps that exist so far, in the methodology's order; later steps join
// this list as they are built.
struct Step {
    const Text* title;
    void (PlanView::*draw)(Context&, const Plan&);
};
const Step kSteps[] = {
    {&str::kStepCommune, &PlanView::communeStep},
};

// Applies `change` to a copy of the plan and commits it as one undo step.
template <typename Change>
void editPlanWith(Context& ctx, const Plan& plan, const char* label, const std::string& mergeKey, Change change) {
    Workspace next = ctx.workspace();
    Plan& copy = editPlan(next, plan.id);
    change(copy);
    copy.modifiedOn = platform::timestampNow();
    ctx.commit(std::move(next), label, mergeKey);
}

bool villageInUse(const Plan& plan, const std::string& name) {
    for (const auto& h : plan.households)
        if (h->village == name) return true;
    return false;
}

}  // namespace

void PlanView::villagesTable(Context& ctx, const Plan& plan) {
    if (!ImGui::BeginTable("villages", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn(ctx.t(str::kVillageName), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 14);
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
    ImGui::Text("%s: %s (%02d)", ctx.t(str::kCounty), county ? county->name : "?", plan.county);
    std::string commune = plan.commune;
    if (inputText(ctx.t(str::kCommune), commune, ImGui::GetFontSize() * 16) && !commune.empty())
        editPlanWith(ctx, plan, "commune name", plan.id + "/commune", [&](Plan& p) { p.commune = commune; });
    ImGui::Spacing();
    ImGui::TextUnformatted(ctx.t(str::kVillages));
    villagesTable(ctx, plan);
    inputText("##new-village", newVillage_, ImGui::GetFontSize() * 14);
    labelLastItem(ctx.t(str::kVillageName));
    ImGui::SameLine();
    bool exists = false;
    for (const auto& v : plan.villages) exists |= v.name == newVillage_;
    if (button(ctx.t(str::kAddVillage), !ctx.readOnly && !newVillage_.empty() && !exists)) {
        editPlanWith(ctx, plan, "add village", {}, [&](Plan& p) { p.villages.push_back({newVillage_, std::nullopt}); });
        newVillage_.clear();
    }
}

void PlanView::draw(Context& ctx, const Plan& plan) {
    if (ImGui::Button(ctx.t(str::kAllPlans))) {
        ctx.openPlan.clear();
        return;
    }
    ImGui::SameLine();
    ImGui::Text("%s %s", ctx.t(str::kCommune), plan.commune.c_str());
    if (plan.demo) {
        ImGui::SameLine();
        ImGui::TextColored(ImColor(kColorWarning), "[%s]", ctx.t(str::kDemoMark));
    }
    ImGui::Separator();
    ImGui::BeginChild("steps", ImVec2(ImGui::GetFontSize() * 12, 0), true);
    for (int i = 0; i < static_cast<int>(std::size(kSteps)); ++i)
        if (ImGui::Selectable(ctx.t(*kSteps[i].title), step_ == i)) step_ = i;
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("step");
    (this->*kSteps[step_].draw)(ctx, plan);
    ImGui::EndChild();
}

}  // namespace prevplan::ui
