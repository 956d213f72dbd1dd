#include "ui/planning/budget_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "core/base/words.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/widgets.h"
#include "ui/planning/planning_widgets.h"
#include "ui/planning/strings.h"

namespace prevplan::ui {

namespace {

// ABGR, one per funding slot: European, national, local, other, none.
constexpr unsigned int kSlotColors[kFundingKindSlots] = {0xFF9C6A1F, 0xFF327D2E, 0xFF1E9BC9, 0xFF8E3E8E, 0xFFB4B4B4};

std::string slotName(const Context& ctx, int slot) {
    return slot < kFundingKindSlots - 1 ? ctx.t(fundingKindName(static_cast<FundingKind>(slot))) : ctx.t(str::kNoSource);
}

void sumTable(const Context& ctx, const char* id, const char* title, const std::vector<std::pair<std::string, long>>& sums,
              long total, std::string (*name)(const Context&, const Plan&, const std::string&), const Plan& plan) {
    textItem(title);
    if (!ImGui::BeginTable(id, 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    for (const auto& [key, ron] : sums) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        paragraph(name(ctx, plan, key).c_str());
        ImGui::TableNextColumn();
        textItem(formatRon(ron, ctx.lang).c_str());
        ImGui::TableNextColumn();
        textItem(percentText(total ? 100.0 * static_cast<double>(ron) / total : 0.0, ctx.lang).c_str());
    }
    ImGui::EndTable();
}

std::string sourceName(const Context& ctx, const Plan&, const std::string& code) {
    const FundingSource* s = findByCode(fundingSources(), code);
    return s ? std::string(s->programme.in(ctx.lang)) + (*s->axis.in(ctx.lang) ? std::string(" – ") + s->axis.in(ctx.lang) : "")
             : ctx.t(str::kNoFunding);
}

std::string priorityName(const Context& ctx, const Plan& plan, const std::string& id) {
    return id.empty() ? ctx.t(str::kNoPriority) : candidateLabel(plan.planning, id, ctx.lang);
}

}  // namespace

void BudgetView::byYear(const Context& ctx) {
    if (!ImGui::BeginTable("by-year", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit)) return;
    for (const Text* t : {&str::kYear, &str::kColTotal, &str::kColCouncil, &str::kColCouncilShare})
        ImGui::TableSetupColumn(ctx.t(*t));
    ImGui::TableHeadersRow();
    for (std::size_t y = 0; y < budget().years.size(); ++y) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        textItem(format("%d", budget().years[y]).c_str());
        ImGui::TableNextColumn();
        // Shown as the amount; labelled with its year so a test can tell the rows apart.
        textItem(formatRon(budget().byYear[y], ctx.lang).c_str(),
                 (std::to_string(budget().years[y]) + ": " + formatRon(budget().byYear[y], ctx.lang)).c_str());
        ImGui::TableNextColumn();
        textItem(formatRon(budget().councilByYear[y], ctx.lang).c_str());
        ImGui::TableNextColumn();
        textItem(percentText(budget().councilShare(y), ctx.lang).c_str());
    }
    ImGui::EndTable();
    mutedText(ctx.t(str::kCouncilHelp));
}

void BudgetView::chart(const Context& ctx) const {
    textItem(ctx.t(str::kChartByYear));
    for (int slot = 0; slot < kFundingKindSlots; ++slot) {
        if (slot) ImGui::SameLine(0, ImGui::GetFontSize());
        ImGui::ColorButton(("##legend" + std::to_string(slot)).c_str(), ImColor(kSlotColors[slot]),
                           ImGuiColorEditFlags_NoTooltip, ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
        ImGui::SameLine();
        textItem(slotName(ctx, slot).c_str());
    }
    const long largest = budget().byYear.empty() ? 0 : *std::max_element(budget().byYear.begin(), budget().byYear.end());
    const float line = ImGui::GetTextLineHeight();
    const float labelWidth = line * 3.5f;
    const float width = std::max(ImGui::GetContentRegionAvail().x - labelWidth - line * 7, line * 4);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t y = 0; y < budget().years.size(); ++y) {
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(labelWidth + width, line * 1.6f));
        const std::string year = std::to_string(budget().years[y]);
        draw->AddText(ImVec2(origin.x, origin.y + line * 0.3f), ImGui::GetColorU32(ImGuiCol_Text), year.c_str());
        float x = origin.x + labelWidth;
        for (int slot = 0; slot < kFundingKindSlots && largest > 0; ++slot) {
            const float w = static_cast<float>(budget().byKindYear[slot][y]) / static_cast<float>(largest) * width;
            draw->AddRectFilled(ImVec2(x, origin.y + line * 0.2f), ImVec2(x + w, origin.y + line * 1.4f), kSlotColors[slot]);
            x += w;
        }
        const std::string total = formatRon(budget().byYear[y], ctx.lang);
        draw->AddText(ImVec2(x + 4, origin.y + line * 0.3f), ImGui::GetColorU32(ImGuiCol_Text), total.c_str());
    }
}

void BudgetView::sums(const Context& ctx, const Plan& plan) {
    sumTable(ctx, "by-source", ctx.t(str::kBySource), budget().bySource, budget().total, sourceName, plan);
    ImGui::Spacing();
    sumTable(ctx, "by-priority", ctx.t(str::kByPriority), budget().byPriority, budget().total, priorityName, plan);
}

void BudgetView::draw(Context& ctx, const Plan& plan) {
    budget_.get(ctx.snapshot(plan), [&] { return budgetOf(plan.planning); });
    textItem(format(ctx.t(str::kBudgetTotal), formatRon(budget().total, ctx.lang).c_str()).c_str());
    if (budget().total == 0) {
        mutedText(ctx.t(str::kNoBudget));
        return;
    }
    byYear(ctx);
    ImGui::Spacing();
    chart(ctx);
    ImGui::Spacing();
    sums(ctx, plan);
}

}  // namespace prevplan::ui
