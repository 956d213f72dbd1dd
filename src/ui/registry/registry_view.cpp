#include "ui/registry/registry_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "ui/observatory/needs_exports.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/registry/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

void RegistryView::row(Context& ctx, const Plan& plan, const RegistryEntry& e, PlanFocus& focus) {
    const FamilyNucleus& f = *findFamily(plan, e.family);
    const Child& c = *findChild(f, e.childId);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(c.id.c_str());
    if (ImGui::Selectable(c.name.empty() ? ctx.t(str::kUnnamed) : c.name.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
        focus.open(Editor::ServicePlan, e.family, c.id);
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(plan.households[e.household]->village.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(f.head.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", e.confirmedRisks);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format(ctx.t(str::kEveryMonths), countOf(e.monitoringMonths, nouns::kMonth, ctx.lang).c_str()).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(ctx.t(servicePlanStatusName(e.plan)));
    ImGui::TableNextColumn();
    if (e.turned18On) {
        const std::string on = e.turned18On->shown();
        textItem(format(ctx.t(str::kLeftRegistry), on.c_str()).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", format(ctx.t(str::kLeftRegistryWhole), on.c_str()).c_str());
    }
    if (e.due) {
        const std::string due = e.due->shown() + (e.overdue ? std::string(" ") + ctx.t(str::kOverdue) : "");
        ImGui::TextColored(ImColor(e.overdue ? kColorError : ImGui::GetColorU32(ImGuiCol_Text)), "%s", due.c_str());
    }
}

void RegistryView::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const Date now = today();
    const auto& entries = entries_.get(ctx.snapshot(plan), {now.days()}, [&] { return registryEntries(plan, now); });
    if (ImGui::Button(ctx.t(str::kExportRegistry))) exportRegistry(ctx, plan);
    ImGui::SameLine();
    separatorChoice(ctx);
    long current = 0;
    for (const RegistryEntry& e : entries) current += e.current();
    textItem(format(ctx.t(str::kRegistryCount), groupedNumber(current, ctx.lang).c_str()).c_str());
    if (entries.empty()) {
        note(ctx.t(str::kRegistryEmpty), kColorMuted);
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_BordersInnerV;
    if (!ImGui::BeginTable("registry", 7, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(ctx.t(str::kColChild), 0, 3);
    ImGui::TableSetupColumn(ctx.t(str::kColVillage), 0, 2);
    ImGui::TableSetupColumn(ctx.t(str::kColFamily), 0, 3);
    ImGui::TableSetupColumn(ctx.t(str::kColRisks), 0, 1);
    ImGui::TableSetupColumn(ctx.t(str::kColMonitoring), 0, 1.5f);
    ImGui::TableSetupColumn(ctx.t(str::kColServicePlan), 0, 2.5f);
    ImGui::TableSetupColumn(ctx.t(str::kColDue), 0, 2.5f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(entries.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(ctx, plan, entries[i], focus);
    ImGui::EndTable();
}

}  // namespace prevplan::ui
