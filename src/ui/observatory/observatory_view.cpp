#include "ui/observatory/observatory_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "core/model/rules.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/kit/table.h"
#include "ui/kit/widgets.h"
#include "ui/observatory/needs_exports.h"
#include "ui/observatory/strings.h"

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

// A column: fixed to its widest content (`widest`) or stretching from `minEm`; when the window is
// narrow, the highest `dropOrder` hides first (0 never).
struct ColumnText {
    ObservatoryColumn column;
    const Text* name;
    const char* widest;
    float minEm;
    int dropOrder;
};
const ColumnText kColumns[] = {
    {ObservatoryColumn::Village, &str::kColVillage, nullptr, 5, 0},
    {ObservatoryColumn::Household, &str::kColFamily, nullptr, 7, 0},
    {ObservatoryColumn::Child, &str::kColChild, nullptr, 8, 0},
    {ObservatoryColumn::Cnp, &str::kColCnp, "0000000000000", 0, 2},
    {ObservatoryColumn::BirthDate, &str::kBirthDate, "00.00.0000", 0, 4},
    {ObservatoryColumn::SheetId, &str::kColSheet, nullptr, 4, 1},
    {ObservatoryColumn::SheetDate, &str::kColSheetDate, "00.00.0000", 0, 3},
    {ObservatoryColumn::Suspicions, &str::kColSuspicions, "99", 0, 0},
    {ObservatoryColumn::Confirmed, &str::kColConfirmed, "99", 0, 0},
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
        Shown s{queryObservatory(plan, filter_, now, facts_)};
        for (const auto& r : s.list.rows) s.children += r.hasChild() && !(r.status & kTurnedEighteen);
        return s;
    });
}

void ObservatoryView::toolbar(Context& ctx, const Plan& plan, PlanFocus& focus) {
    if (toolbarPrimary(ctx.t(str::kAddHousehold), !ctx.readOnly && !plan.villages.empty(), true)) {
        Id added;
        const std::string village = filter_.village.empty() ? plan.villages.front().name : filter_.village;
        editPlanWith(ctx, plan, "add household", {}, [&](Plan& p) { added = addHousehold(p, village); });
        focus.open(Editor::Household, {added, {}});
    }
    if (plan.villages.empty()) {
        toolbarNext(ImGui::CalcTextSize(ctx.t(str::kNeedsVillage)).x);
        coloredText(ctx.t(str::kNeedsVillage), kColorWarning);
    }
    if (toolbarButton(ctx.t(str::kImportCsv), !ctx.readOnly)) platform::openFilePicker(".csv,text/csv");
    if (toolbarButton(ctx.t(str::kExportObservatory))) exportObservatory(ctx, plan);
    if (toolbarButton(ctx.t(str::kBlankTemplate))) exportBlankTemplate(ctx);
    toolbarNext(em() * 11);
    separatorChoice(ctx);
}

void ObservatoryView::filters(Context& ctx, const Plan& plan) {
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(em * 11);
    ImGui::InputTextWithHint("##search", ctx.t(str::kSearchHint), &filter_.search);
    labelLastItem(ctx.t(str::kSearch));
    toolbarNext(em * 8);

    int village = 0;
    for (std::size_t i = 0; i < plan.villages.size(); ++i)
        if (plan.villages[i].name == filter_.village) village = static_cast<int>(i) + 1;
    auto villageName = [&](int i) {
        return i == 0 ? std::string(ctx.t(str::kAllVillages)) : plan.villages[i - 1].name;
    };
    if (choiceCombo("##village", ctx.t(str::kFilterVillage), villageName(village).c_str(),
                    static_cast<int>(plan.villages.size()) + 1, village, villageName, em * 8))
        filter_.village = village == 0 ? std::string() : plan.villages[village - 1].name;
    toolbarNext(em * 10);

    auto dimensionName = [&](int d) {
        return d == 0 ? std::string(ctx.t(str::kAllDimensions)) : std::to_string(d) + ". " + ctx.t(dimension(d).name);
    };
    if (choiceCombo("##dimension", ctx.t(str::kFilterDimension), dimensionName(filter_.dimension).c_str(),
                    kDimensionCount + 1, filter_.dimension, dimensionName, em * 10))
        filter_.indicator = -1;
    toolbarNext(em * 11);

    // Indicators of the chosen dimension (or all); position 0 is "all".
    std::vector<int> choices{-1};
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (filter_.dimension == 0 || indicator(i).dimension == filter_.dimension)
            choices.push_back(static_cast<int>(i));
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
    toolbarNext(em * 10);

    int status = 0;
    for (std::size_t i = 0; i < std::size(kStatuses); ++i)
        if (filter_.status == static_cast<std::uint8_t>(kStatuses[i].status)) status = static_cast<int>(i) + 1;
    auto statusName = [&](int i) { return std::string(ctx.t(i == 0 ? str::kAnyStatus : *kStatuses[i - 1].name)); };
    if (choiceCombo("##status", ctx.t(str::kFilterStatus), statusName(status).c_str(),
                    static_cast<int>(std::size(kStatuses)) + 1, status, statusName, em * 10))
        filter_.status = status == 0 ? 0 : static_cast<std::uint8_t>(kStatuses[status - 1].status);
    if (toolbarButton(ctx.t(str::kClearFilters))) filter_ = ObservatoryFilter{};
}

void ObservatoryView::row(Context& ctx, const Plan& plan, const ObservatoryRow& r, PlanFocus& focus) {
    const Household& h = rowHousehold(plan, r);
    const FamilyNucleus& f = rowFamily(plan, r);
    const Child* c = r.hasChild() ? &rowChild(plan, r) : nullptr;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(c ? c->id.c_str() : f.id.c_str());
    // The whole row opens the household; it is known by the village, what a person reads first.
    if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
        focus.open(Editor::Household, {h.id, f.id});
    labelLastItem(h.village.c_str());
    ImGui::PopID();
    ImGui::SameLine(0, 0);
    fittedText(h.village.c_str());
    cellText(f.head.c_str());
    if (ImGui::TableNextColumn()) {
        fittedText(c ? c->name.c_str() : ctx.t(str::kNoChildYet), c ? 0 : kColorMuted);
        if (r.status & kTurnedEighteen) {  // the full words are in the status column
            ImGui::SameLine();
            mutedText(ctx.t(str::kAdultMark));
        }
    }
    cellText(c ? c->cnp.c_str() : "");
    cellRight(c && c->birthDate ? c->birthDate->shown().c_str() : "");
    cellText(f.sheet ? f.sheet->sheetId.c_str() : "");
    cellRight(f.sheet && f.sheet->filledOn ? f.sheet->filledOn->shown().c_str() : "");
    // A suspicion of abuse or neglect is told by a symbol and a word, not by colour alone.
    const std::string suspicions = r.suspicions ? std::to_string(r.suspicions) : "";
    if (!(r.status & kAbuseSignal)) {
        cellRight(suspicions.c_str());
    } else if (ImGui::TableNextColumn()) {
        if (r.suspicions) {
            textItem(suspicions.c_str());
            ImGui::SameLine();
        }
        fittedText(ctx.t(str::kStatusAbuseShort), kColorError);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.t(str::kStatusAbuse));
    }
    cellRight(r.confirmed ? std::to_string(r.confirmed).c_str() : "", kColorError);
    if (r.status & kTurnedEighteen)
        cellText(format(ctx.t(str::kTurned18On), turned18By(*c, today())->shown().c_str()).c_str(), kColorMuted);
    else cellText(statusWords(ctx, r.status).c_str());
}

void ObservatoryView::table(Context& ctx, const Plan& plan, PlanFocus& focus) {
    // The suspicions column holds the count and the abuse mark ("2 ⚠ abuz").
    const std::string widestSuspicions = std::string("99 ") + ctx.t(str::kStatusAbuseShort);
    std::vector<TableColumn> columns;
    for (const auto& col : kColumns) {
        const bool sorted = col.column == filter_.sortBy;
        ImGuiTableColumnFlags flags = sorted ? ImGuiTableColumnFlags_DefaultSort : 0;
        if (sorted && filter_.descending) flags |= ImGuiTableColumnFlags_PreferSortDescending;
        const char* widest = col.column == ObservatoryColumn::Suspicions ? widestSuspicions.c_str() : col.widest;
        columns.push_back(
            {ctx.t(*col.name), widest, col.minEm, col.dropOrder, flags, static_cast<ImGuiID>(col.column)});
    }
    // Names and statuses wrap rather than end in "…". The status is not given its longest words as
    // its least width: that hid four columns at 1366×768 to keep one line free.
    for (TableColumn& c : columns) c.wrap = !c.widest;
    columns.push_back({ctx.t(str::kColStatus), nullptr, 9, 0, ImGuiTableColumnFlags_NoSort});
    columns.back().wrap = true;
    if (!beginFittedTable("observatory", columns, ctx.t(str::kColStatus),
                          ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable))
        return;
    if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsDirty && sort->SpecsCount > 0) {
        filter_.sortBy = static_cast<ObservatoryColumn>(sort->Specs[0].ColumnUserID);
        filter_.descending = sort->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        sort->SpecsDirty = false;
    }
    const std::vector<ObservatoryRow>& rows = shown(ctx, plan).list.rows;
    // The clipper measures its first row (and so always draws it): Tab from the toolbar enters the
    // table there even when it is scrolled far down, which a clipper given a row height breaks.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(ctx, plan, rows[static_cast<std::size_t>(i)], focus);
    endFittedTable();
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
