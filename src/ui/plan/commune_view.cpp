#include "ui/plan/commune_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "core/catalog/counties.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/widgets.h"
#include "ui/plan/strings.h"

namespace prevplan::ui {

namespace {

bool villageInUse(const Plan& plan, const std::string& name) {
    for (const auto& h : plan.households)
        if (h->village == name) return true;
    return false;
}

}  // namespace

void CommuneView::villagesTable(Context& ctx, const Plan& plan) {
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
        textItem(v.name.c_str());
        ImGui::TableNextColumn();
        int ins = v.insChildren.value_or(0);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputInt("##ins", &ins, 0) && ins >= 0)
            editPlanWith(ctx, plan, "INS children", plan.id + "/ins/" + v.name,
                         [&](Plan& p) { p.villages[i].insChildren = ins; });
        labelLastItem((std::string(ctx.t(str::kInsChildren)) + " " + v.name).c_str());
        ImGui::TableNextColumn();
        const bool inUse = villageInUse(plan, v.name);
        if (deleteButton(ctx.t(str::kRemove), !ctx.readOnly && !inUse))
            askToDelete(ctx, plan, str::kVillageDeletion, v.name, DeletionImpact(), "remove village",
                        [name = v.name](Plan& p) {
                            auto& villages = p.villages;
                            villages.erase(std::remove_if(villages.begin(), villages.end(),
                                                          [&](const Village& x) { return x.name == name; }),
                                           villages.end());
                        });
        if (inUse && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", ctx.t(str::kVillageInUse));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void CommuneView::draw(Context& ctx, const Plan& plan) {
    const County* county = findCounty(plan.county);
    textItem(format("%s: %s (%02d)", ctx.t(str::kCounty), county ? county->name : "?", plan.county).c_str());
    std::string commune = plan.commune;
    if (inputText(ctx.t(str::kCommune), commune, ImGui::GetFontSize() * 16) && !commune.empty())
        editPlanWith(ctx, plan, "commune name", plan.id + "/commune", [&](Plan& p) { p.commune = commune; });
    ImGui::Spacing();
    textItem(ctx.t(str::kVillages));
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

}  // namespace prevplan::ui
