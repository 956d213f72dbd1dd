#include "ui/observatory/observatory_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "core/model/rules.h"
#include "ui/observatory/needs_exports.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/observatory/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

struct StatusText {
    ChildStatus status;
    const Text* name;
};
const StatusText kStatuses[] = {
    {ChildStatus::NoSheet, &str::kStatusNoSheet},     {ChildStatus::SheetOutdated, &str::kStatusOutdated},
    {ChildStatus::Suspicion, &str::kStatusSuspicion}, {ChildStatus::Confirmed, &str::kStatusConfirmed},
    {ChildStatus::InRegistry, &str::kStatusRegistry},
};

struct ColumnText {
    ObservatoryColumn column;
    const Text* name;
    float width;  // in font sizes; 0 stretches
};
const ColumnText kColumns[] = {
    {ObservatoryColumn::Village, &str::kColVillage, 6.5f},     {ObservatoryColumn::Household, &str::kColFamily, 0},
    {ObservatoryColumn::Child, &str::kColChild, 0},            {ObservatoryColumn::Cnp, &str::kColCnp, 7.5f},
    {ObservatoryColumn::BirthDate, &str::kBirthDate, 6.5f},    {ObservatoryColumn::SheetId, &str::kColSheet, 4.5f},
    {ObservatoryColumn::SheetDate, &str::kColSheetDate, 6},    {ObservatoryColumn::Suspicions, &str::kColSuspicions, 5.5f},
    {ObservatoryColumn::Confirmed, &str::kColConfirmed, 5.5f},
};

constexpr auto kTurnedEighteen = static_cast<std::uint8_t>(ChildStatus::TurnedEighteen);
constexpr auto kAbuseSignal = static_cast<std::uint8_t>(ChildStatus::AbuseSignal);

}  // namespace

std::string statusWords(const Context& ctx, std::uint8_t status) {
    // The furthest step the methodology reached, then a sheet that needs refreshing.
    std::string out;
    for (auto it = std::rbegin(kStatuses); it != std::rend(kStatuses); ++it)
        if (it->status != ChildStatus::SheetOutdated && (status & static_cast<std::uint8_t>(it->status))) {
            out = ctx.t(*it->name);
            break;
        }
    if (status & static_cast<std::uint8_t>(ChildStatus::SheetOutdated))
        out += (out.empty() ? "" : " · ") + std::string(ctx.t(str::kStatusOutdatedShort));
    return out;
}

const ObservatoryView::Shown& ObservatoryView::shown(const Context& ctx, const Plan& plan) {
    const Date now = today();
    return shown_.get(ctx.snapshot(plan), {filter_, now.days()}, [&] {
        Shown s{queryObservatory(plan, filter_, now)};
        for (const auto& r : s.list.rows) s.children += r.hasChild() && !(r.status & kTurnedEighteen);
        return s;
    });
}

void ObservatoryView::toolbar(Context& ctx, const Plan& plan, PlanFocus& focus) {
    if (button(ctx.t(str::kAddHousehold), !ctx.readOnly && !plan.villages.empty())) {
        Id added;
        const std::string village = filter_.village.empty() ? plan.villages.front().name : filter_.village;
        editPlanWith(ctx, plan, "add household", {}, [&](Plan& p) { added = addHousehold(p, village); });
        focus.open(Editor::Household, {added, {}});
    }
    if (plan.villages.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(ImColor(kColorWarning), "%s", ctx.t(str::kNeedsVillage));
    }
    ImGui::SameLine();
    if (button(ctx.t(str::kImportCsv), !ctx.readOnly)) platform::openFilePicker(".csv,text/csv");
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kExportObservatory))) exportObservatory(ctx, plan);
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kBlankTemplate))) exportBlankTemplate(ctx);
    ImGui::SameLine();
    separatorChoice(ctx);
}

void ObservatoryView::filters(Context& ctx, const Plan& plan) {
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(em * 11);
    ImGui::InputTextWithHint("##search", ctx.t(str::kSearchHint), &filter_.search);
    labelLastItem(ctx.t(str::kSearch));
    ImGui::SameLine();

    int village = 0;
    for (std::size_t i = 0; i < plan.villages.size(); ++i)
        if (plan.villages[i].name == filter_.village) village = static_cast<int>(i) + 1;
    auto villageName = [&](int i) { return i == 0 ? std::string(ctx.t(str::kAllVillages)) : plan.villages[i - 1].name; };
    if (choiceCombo("##village", ctx.t(str::kFilterVillage), villageName(village).c_str(),
                    static_cast<int>(plan.villages.size()) + 1, village, villageName, em * 8))
        filter_.village = village == 0 ? std::string() : plan.villages[village - 1].name;
    ImGui::SameLine();

    auto dimensionName = [&](int d) {
        return d == 0 ? std::string(ctx.t(str::kAllDimensions)) : std::to_string(d) + ". " + ctx.t(dimension(d).name);
    };
    if (choiceCombo("##dimension", ctx.t(str::kFilterDimension), dimensionName(filter_.dimension).c_str(),
                    kDimensionCount + 1, filter_.dimension, dimensionName, em * 10))
        filter_.indicator = -1;
    ImGui::SameLine();

    // Indicators of the chosen dimension (or all); position 0 is "all".
    std::vector<int> choices{-1};
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (filter_.dimension == 0 || indicator(i).dimension == filter_.dimension) choices.push_back(static_cast<int>(i));
    int current = 0;
    for (std::size_t k = 0; k < choices.size(); ++k)
        if (choices[k] == filter_.indicator) current = static_cast<int>(k);
    auto indicatorName = [&](int k) {
        if (choices[k] < 0) return std::string(ctx.t(str::kAllIndicators));
        const Indicator& ind = indicator(static_cast<std::size_t>(choices[k]));
        return std::string(ind.code) + " " + ctx.t(ind.label);
    };
    if (choiceCombo("##indicator", ctx.t(str::kFilterIndicator), indicatorName(current).c_str(),
                    static_cast<int>(choices.size()), current, indicatorName, em * 11))
        filter_.indicator = choices[current];
    ImGui::SameLine();

    int status = 0;
    for (std::size_t i = 0; i < std::size(kStatuses); ++i)
        if (filter_.status == static_cast<std::uint8_t>(kStatuses[i].status)) status = static_cast<int>(i) + 1;
    auto statusName = [&](int i) { return std::string(ctx.t(i == 0 ? str::kAnyStatus : *kStatuses[i - 1].name)); };
    if (choiceCombo("##status", ctx.t(str::kFilterStatus), statusName(status).c_str(),
                    static_cast<int>(std::size(kStatuses)) + 1, status, statusName, em * 10))
        filter_.status = status == 0 ? 0 : static_cast<std::uint8_t>(kStatuses[status - 1].status);
    ImGui::SameLine();
    if (ImGui::Button(ctx.t(str::kClearFilters))) filter_ = ObservatoryFilter{};
}

void ObservatoryView::row(Context& ctx, const Plan& plan, const ObservatoryRow& r, PlanFocus& focus) {
    const Household& h = rowHousehold(plan, r);
    const FamilyNucleus& f = rowFamily(plan, r);
    const Child* c = r.hasChild() ? &rowChild(plan, r) : nullptr;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(c ? c->id.c_str() : f.id.c_str());
    // The whole row opens the household; the label is the village, what a person reads first.
    if (ImGui::Selectable(h.village.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
        focus.open(Editor::Household, {h.id, f.id});
    ImGui::PopID();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(f.head.c_str());
    ImGui::TableNextColumn();
    if (c) textItem(c->name.c_str());
    else ImGui::TextDisabled("%s", ctx.t(str::kNoChildYet));
    if (r.status & kTurnedEighteen) {  // the full words are in the status column
        ImGui::SameLine();
        ImGui::TextDisabled("%s", ctx.t(str::kAdultMark));
    }
    ImGui::TableNextColumn();
    if (c) ImGui::TextUnformatted(c->cnp.c_str());
    ImGui::TableNextColumn();
    if (c && c->birthDate) ImGui::TextUnformatted(c->birthDate->shown().c_str());
    ImGui::TableNextColumn();
    if (f.sheet) ImGui::TextUnformatted(f.sheet->sheetId.c_str());
    ImGui::TableNextColumn();
    if (f.sheet && f.sheet->filledOn) ImGui::TextUnformatted(f.sheet->filledOn->shown().c_str());
    ImGui::TableNextColumn();
    if (r.suspicions) ImGui::Text("%d", r.suspicions);
    if (r.status & kAbuseSignal) {
        if (r.suspicions) ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, kColorError);
        textItem(ctx.t(str::kStatusAbuseShort));
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t(str::kStatusAbuse));
    }
    ImGui::TableNextColumn();
    if (r.confirmed) ImGui::TextColored(ImColor(kColorError), "%d", r.confirmed);
    ImGui::TableNextColumn();
    if (r.status & kTurnedEighteen) {
        ImGui::PushStyleColor(ImGuiCol_Text, kColorMuted);
        textItem(format(ctx.t(str::kTurned18On), turned18By(*c, today())->shown().c_str()).c_str());
        ImGui::PopStyleColor();
        return;
    }
    ImGui::TextUnformatted(statusWords(ctx, r.status).c_str());
}

void ObservatoryView::table(Context& ctx, const Plan& plan, PlanFocus& focus) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("observatory", static_cast<int>(std::size(kColumns)) + 1, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const auto& col : kColumns) {
        const ImGuiTableColumnFlags cf = col.width > 0 ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
        ImGui::TableSetupColumn(ctx.t(*col.name), cf | (col.column == ObservatoryColumn::Village ? ImGuiTableColumnFlags_DefaultSort : 0),
                                col.width * em, static_cast<ImGuiID>(col.column));
    }
    ImGui::TableSetupColumn(ctx.t(str::kColStatus), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsDirty && sort->SpecsCount > 0) {
        filter_.sortBy = static_cast<ObservatoryColumn>(sort->Specs[0].ColumnUserID);
        filter_.descending = sort->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        sort->SpecsDirty = false;
    }
    const std::vector<ObservatoryRow>& rows = shown(ctx, plan).list.rows;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(ctx, plan, rows[i], focus);
    ImGui::EndTable();
}

void ObservatoryView::draw(Context& ctx, const Plan& plan, PlanFocus& focus) {
    toolbar(ctx, plan, focus);
    filters(ctx, plan);
    const Shown& s = shown(ctx, plan);
    textItem(format(ctx.t(str::kShownCounts), countOf(s.children, nouns::kChild, ctx.lang).c_str(),
                    countOf(s.list.households, nouns::kHousehold, ctx.lang).c_str(),
                    countOf(s.list.families, nouns::kFamily, ctx.lang).c_str())
                 .c_str());
    if (plan.households.empty()) note(ctx.t(str::kEmptyObservatory), kColorMuted);
    table(ctx, plan, focus);
}

}  // namespace prevplan::ui
