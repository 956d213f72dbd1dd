#include "ui/report/report_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "core/base/words.h"
#include "core/report/report_format.h"
#include "ui/observatory/needs_exports.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/strings.h"
#include "ui/report/strings.h"
#include "ui/kit/table.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

double share(long count, long total) { return percentOf(count, total).value_or(0); }

BarPair bars(std::string label, const Table1Row& row, long households) {
    return {std::move(label), share(row.observed.households, households), share(row.confirmed.households, households)};
}

}  // namespace

const ReportView::Figures& ReportView::figures(Context& ctx, const Plan& plan) {
    const Date asOf = asOf_.value_or(today());
    return figures_.get(ctx.snapshot(plan), {asOf.days(), village_, ctx.lang}, [&] {
        Figures f;
        f.commune = ctx.reports.needsReport(plan, asOf);
        f.shown = village_.empty() ? f.commune : ctx.reports.villageReport(plan, village_);
        f.tables = reportTables(f.commune, ctx.lang);
        f.publicCare = publicCareTable(f.commune, ctx.lang);
        for (int d = 1; d <= kDimensionCount; ++d)
            f.dimensionBars.push_back(
                bars(std::to_string(d) + ". " + ctx.t(dimension(d).name), f.shown.dimensionRow(d), f.shown.households));
        for (std::size_t i = 0; i < indicatorCount(); ++i)
            if (indicator(i).isRiskSituation())
                f.indicatorBars.push_back(bars(std::string(indicator(i).code) + " " + ctx.t(indicator(i).label),
                                               f.shown.indicatorRow(i), f.shown.households));
        for (const auto& s : plan.reportSnapshots) f.snapshots.push_back(summarizeSnapshot(s));
        return f;
    });
}

void ReportView::controls(Context& ctx, const Plan& plan, const Figures& f) {
    const float em = ImGui::GetFontSize();
    std::optional<Date> asOf = asOf_.value_or(today());
    if (dateField(ctx.t(str::kAsOf), asOf, em * 7, ctx.lang)) asOf_ = asOf;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em * 12);
    if (ImGui::BeginCombo("##column", village_.empty() ? ctx.t(str::kCommuneWhole) : village_.c_str())) {
        if (ImGui::Selectable(ctx.t(str::kCommuneWhole), village_.empty())) village_.clear();
        for (const Village& v : plan.villages)
            if (ImGui::Selectable(v.name.c_str(), v.name == village_)) village_ = v.name;
        ImGui::EndCombo();
    }
    labelLastItem(ctx.t(str::kReportColumn));
    describeCombo(village_.empty() ? ctx.t(str::kCommuneWhole) : village_.c_str());
    ImGui::SameLine();
    if (button(ctx.t(str::kExportReport))) exportReportTables(ctx, f.commune);
    toolbarNext(em * 11);  // the separator's choice, on the next line when the window is narrow
    separatorChoice(ctx);
    if (plan.demo) note(ctx.t(str::kDemoMark), kColorWarning);
}

void ReportView::headline(const Context& ctx, const Figures& f) {
    textItem(ctx.t(str::kFigures));
    // Counts right-aligned; the dimensions' names and the long headers wrap, at any zoom.
    std::vector<TableColumn> columns = {{ctx.t(str::kColDimension), nullptr, 12}};
    for (const Text* t : {&str::kColObservedH, &str::kColChildrenInThem, &str::kColConfirmedH, &str::kColChildrenInThem})
        columns.push_back({ctx.t(*t), nullptr, 5});
    for (TableColumn& c : columns) c.wrap = true;
    if (!beginFittedTable("headline", columns, ctx.t(str::kColDimension))) return;
    auto line = [&](const std::string& label, const Table1Row& row) {
        ImGui::TableNextRow();
        cellText(label.c_str());
        for (long v : {row.observed.households, row.observed.childrenInHouseholds, row.confirmed.households,
                       row.confirmed.childrenInHouseholds})
            cellRight(groupedNumber(v, ctx.lang).c_str());
    };
    for (int d = 1; d <= kDimensionCount; ++d) line(std::to_string(d) + ". " + ctx.t(dimension(d).name), f.shown.dimensionRow(d));
    line(ctx.t(str::kAnyRiskRow), f.shown.anyRow());
    endFittedTable();
}

// The report's distinct section (section 1.1.1 (e)), for the whole commune whatever the column.
void ReportView::publicCare(const Figures& f) {
    textItem(f.publicCare.title.c_str());
    if (!ImGui::BeginTable("public-care", 2,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn(f.publicCare.header[0].c_str(), 0, 6);
    ImGui::TableSetupColumn(f.publicCare.header[1].c_str(), 0, 1);
    ImGui::TableHeadersRow();
    for (const auto& row : f.publicCare.rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        textItem(row[0].c_str());
        ImGui::TableNextColumn();
        textItem(row[1].empty() ? "–" : row[1].c_str());
    }
    ImGui::EndTable();
}

void ReportView::tables(const Context& ctx, const Figures& f) {
    if (!ImGui::CollapsingHeader(stableId(ctx.t(str::kTables), "tables").c_str())) return;
    for (std::size_t t = 1; t < f.tables.size(); ++t) {  // [0] is the heading
        const ReportTable& table = f.tables[t];
        ImGui::PushID(static_cast<int>(t));
        if (ImGui::TreeNode(stableId(table.title.c_str(), "table").c_str())) {
            const int columns = static_cast<int>(table.header.size());
            // A scrolling table needs its height: by default it takes what is left of the
            // window, which inside this scrolled page is nothing.
            const float rows = std::min(static_cast<float>(table.rows.size()) + 1.5f, 24.0f);
            const ImVec2 size(0, rows * ImGui::GetFrameHeight() + ImGui::GetStyle().ScrollbarSize);
            if (columns > 0 && ImGui::BeginTable("t", columns,
                                                 ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX |
                                                     ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit,
                                                 size)) {
                ImGui::TableSetupScrollFreeze(2, 1);
                for (const auto& h : table.header) ImGui::TableSetupColumn(h.c_str());
                ImGui::TableHeadersRow();
                for (const auto& row : table.rows) {
                    ImGui::TableNextRow();
                    for (const auto& cell : row) {
                        ImGui::TableNextColumn();
                        textItem(cell.c_str());
                    }
                }
                ImGui::EndTable();
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

void ReportView::snapshots(Context& ctx, const Plan& plan, const Figures& f) {
    const int year = asOf_.value_or(today()).year;
    if (primaryButton(stableId(format(ctx.t(str::kFreeze), year).c_str(), "freeze").c_str(), !ctx.readOnly))
        editPlanWith(ctx, plan, "freeze report", {},
                     [&](Plan& p) { freezeReport(p, f.commune, platform::timestampNow()); });
    textItem(ctx.t(str::kFrozen));
    if (f.snapshots.empty()) mutedText(ctx.t(str::kNoFrozen));
    for (const auto& s : f.snapshots) {
        ImGui::Bullet();
        ImGui::PushTextWrapPos(0);
        textItem(format(ctx.t(str::kFrozenLine), s.year, shownDate(s.asOf).c_str(),
                        countOf(s.children, nouns::kChild, ctx.lang).c_str(),
                        countOf(s.suspectedHouseholds, nouns::kHousehold, ctx.lang).c_str(),
                        groupedNumber(s.confirmedHouseholds, ctx.lang).c_str(),
                        countOf(s.registryChildren, nouns::kChild, ctx.lang).c_str())
                     .c_str());
        ImGui::PopTextWrapPos();
    }
}

void ReportView::draw(Context& ctx, const Plan& plan) {
    const Figures& f = figures(ctx, plan);
    controls(ctx, plan, f);
    ImGui::BeginChild("report");
    headline(ctx, f);
    ImGui::Spacing();
    textItem(ctx.t(str::kChartDimensions));
    mutedText(ctx.t(str::kChartLegend));
    const float em = ImGui::GetFontSize();
    barChart("dimensions", f.dimensionBars, em * 14, ctx.lang);
    ImGui::Spacing();
    textItem(ctx.t(str::kChartIndicators));
    barChart("indicators", f.indicatorBars, em * 26, ctx.lang);
    ImGui::Spacing();
    publicCare(f);
    ImGui::Spacing();
    tables(ctx, f);
    ImGui::Spacing();
    snapshots(ctx, plan, f);
    ImGui::EndChild();
}

}  // namespace prevplan::ui
