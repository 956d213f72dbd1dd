#include "ui/monitoring/monitoring_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "ui/kit/plan_edit.h"
#include "ui/monitoring/strings.h"
#include "ui/planning/planning_widgets.h"
#include "ui/planning/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

constexpr unsigned int kLineColor = 0xFF2D6FD8;  // ABGR, as the report's confirmed bars

long largestOf(const std::vector<std::optional<long>>& values) {
    long largest = 0;
    for (const auto& v : values) largest = std::max(largest, v.value_or(0));
    return largest;
}

// A line through the known values, scaled to the row's own largest value.
void sparkline(const std::vector<std::optional<long>>& values, long largest, float width, float height) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    if (values.size() < 2 || largest <= 0) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    std::vector<ImVec2> points;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) continue;
        const float x = origin.x + width * static_cast<float>(i) / static_cast<float>(values.size() - 1);
        const float y = origin.y + height - height * static_cast<float>(*values[i]) / static_cast<float>(largest);
        points.push_back(ImVec2(x, y));
    }
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), kLineColor, 0, 2.0f);
    for (const ImVec2& p : points) draw->AddCircleFilled(p, 3.0f, kLineColor);
}

}  // namespace

void MonitoringView::row(const std::string& label, const std::vector<std::optional<long>>& values, long largest) const {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    paragraph(label.c_str());
    for (const auto& v : values) {
        ImGui::TableNextColumn();
        textItem(v ? std::to_string(*v).c_str() : "–");
    }
    ImGui::TableNextColumn();
    const TrendSeries series{label, values};
    if (const auto delta = change(series)) textItem(format("%+ld", *delta).c_str());
    ImGui::TableNextColumn();
    sparkline(values, largest, ImGui::GetFontSize() * 8, ImGui::GetTextLineHeight() * 1.4f);
}

void MonitoringView::table(const Context& ctx, const Plan& plan, const Trends& trends) {
    const int columns = static_cast<int>(trends.years.size()) + 3;
    if (!ImGui::BeginTable("trends", columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit))
        return;
    ImGui::TableSetupColumn(ctx.t(str::kColIndicator), ImGuiTableColumnFlags_WidthStretch);
    for (int year : trends.years) ImGui::TableSetupColumn(std::to_string(year).c_str());
    ImGui::TableSetupColumn(ctx.t(str::kColChange));
    ImGui::TableSetupColumn(ctx.t(str::kColTrend));
    ImGui::TableHeadersRow();
    std::vector<std::optional<long>> registry(trends.registryChildren.begin(), trends.registryChildren.end());
    row(ctx.t(str::kRegistryMeasure), registry, largestOf(registry));
    auto group = [&](const Text& title, const std::vector<TrendSeries>& list, auto name) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        mutedText(ctx.t(title));
        for (const TrendSeries& s : list) row(name(s), s.values, largestOf(s.values));
    };
    group(str::kByDimension, trends.dimensions, [&](const TrendSeries& s) { return measureName(s.key, ctx.lang); });
    group(str::kByRiskType, trends.riskTypes, [&](const TrendSeries& s) { return measureName(s.key, ctx.lang); });
    group(str::kObjectiveIndicators, trends.objectives, [&](const TrendSeries& s) {
        const PlanObjective* o = findObjective(plan.planning, s.key);
        return o ? objectiveTitle(*o, ctx.lang) : s.key;
    });
    ImGui::EndTable();
}

void MonitoringView::amendments(Context& ctx, const Plan& plan) {
    const float em = ImGui::GetFontSize();
    textItem(ctx.t(str::kAmendments));
    const auto& log = plan.planning.amendments;
    if (log.empty()) mutedText(ctx.t(str::kNoAmendments));
    else if (ImGui::BeginTable("amendments", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ctx.t(str::kAmendmentDate), 0, 1);
        ImGui::TableSetupColumn(ctx.t(str::kAmendmentWhat), 0, 4);
        ImGui::TableSetupColumn(ctx.t(str::kAmendmentWhy), 0, 4);
        ImGui::TableHeadersRow();
        for (const Amendment& a : log) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            textItem(a.date ? a.date->shown().c_str() : "–");
            ImGui::TableNextColumn();
            paragraph(a.what.c_str());
            ImGui::TableNextColumn();
            paragraph(a.why.c_str());
        }
        ImGui::EndTable();
    }
    if (!draft_.date) draft_.date = today();
    dateField(ctx.t(str::kAmendmentDate), draft_.date, em * 7, ctx.lang);
    labelLastItem(ctx.t(str::kAmendmentDate));
    inputText(ctx.t(str::kAmendmentWhat), draft_.what, em * 30);
    inputText(ctx.t(str::kAmendmentWhy), draft_.why, em * 30);
    if (primaryButton(ctx.t(str::kRecordAmendment), !ctx.readOnly && !draft_.what.empty())) {
        editPlanWith(ctx, plan, "amendment", {}, [&](Plan& p) { p.planning.amendments.push_back(draft_); });
        draft_ = Amendment{};
    }
}

void MonitoringView::draw(Context& ctx, const Plan& plan) {
    const Trends& trends = trends_.get(ctx.snapshot(plan), [&] { return trendsOf(plan); });
    textItem(ctx.t(str::kTrends));
    helper(ctx.t(str::kTrendsHelp));  // wraps: a long line ran off the screen at 150 % zoom
    if (trends.years.empty()) note(ctx.t(str::kNoSnapshots), kColorMuted);
    else table(ctx, plan, trends);
    ImGui::Spacing();
    ImGui::Separator();
    amendments(ctx, plan);
}

}  // namespace prevplan::ui
