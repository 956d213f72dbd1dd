#include "ui/planning/objectives_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/base/format.h"
#include "core/catalog/objectives.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/table.h"
#include "ui/planning/planning_widgets.h"
#include "ui/planning/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

namespace {

std::string baselineText(const Context& ctx, const BaselineValue& v) {
    if (!v.value) return ctx.t(str::kNotScored);
    const std::string source = v.source == BaselineSource::FrozenReport
                                   ? format(ctx.t(str::kBaselineFrozen), v.year)
                                   : ctx.t(v.source == BaselineSource::Current ? str::kBaselineLive : str::kBaselineTyped);
    return std::to_string(*v.value) + "\n(" + source + ")";
}

// An optional count typed in a field; empty clears it.
bool countField(const char* label, std::optional<long>& value, float width) {
    std::string text = value ? std::to_string(*value) : std::string();
    fieldLabel(label);
    ImGui::SetNextItemWidth(width);
    if (!ImGui::InputText((std::string("##") + label).c_str(), &text, ImGuiInputTextFlags_CharsDecimal)) return false;
    if (text.empty()) value.reset();
    else value = std::strtol(text.c_str(), nullptr, 10);
    return true;
}

// Each objective's baseline, in the order of plan.planning.objectives; `current` is today's report.
std::vector<BaselineValue> baselinesOf(const Plan& plan, const NeedsReport& current) {
    std::vector<BaselineValue> values;
    for (const PlanObjective& o : plan.planning.objectives) values.push_back(baselineOf(plan, o, current));
    return values;
}

}  // namespace

void ObjectivesView::strategy(Context& ctx, const Plan& plan) {
    const float em = ImGui::GetFontSize();
    const Planning& p = plan.planning;
    // An empty field proposes next year; the period buttons accept the proposal.
    const int start = p.startYear ? p.startYear : today().year + 1;
    std::string year = p.startYear ? std::to_string(p.startYear) : std::string();
    fieldLabel(ctx.t(str::kStrategyStart));
    ImGui::SetNextItemWidth(em * 5);
    if (ImGui::InputTextWithHint("##start", std::to_string(start).c_str(), &year, ImGuiInputTextFlags_CharsDecimal)) {
        const int typed = std::atoi(year.c_str());
        if (typed >= 1900 && typed <= 9999)
            editPlanWith(ctx, plan, "strategy start", plan.id + "/start", [&](Plan& q) { q.planning.startYear = typed; });
    }
    labelLastItem(ctx.t(str::kStrategyStart));
    ImGui::SameLine(0, em * 2);
    textItem(ctx.t(str::kPeriod));
    for (int years : {5, 10}) {
        ImGui::SameLine();
        const char* label = ctx.t(years == 5 ? str::kFiveYears : str::kTenYears);
        if (radio(label, p.periodYears == years) && !ctx.readOnly)
            editPlanWith(ctx, plan, "strategy period", {}, [&](Plan& q) {
                q.planning.periodYears = years;
                if (!q.planning.startYear) q.planning.startYear = start;
            });
        labelLastItem(label);
    }
    textItem(ctx.t(str::kGeneralObjective));
    std::string general = p.generalObjective.empty() ? generalObjective().in(ctx.lang) : p.generalObjective;
    if (multilineText("##general", general, ImVec2(-1, em * 2.6f)))
        editPlanWith(ctx, plan, "general objective", plan.id + "/general", [&](Plan& q) { q.planning.generalObjective = general; });
    labelLastItem(ctx.t(str::kGeneralObjective));
    mutedText(ctx.t(str::kGeneralHelp));
    toolbarNext(buttonWidth(ctx.t(str::kResetGeneral)));
    if (button(ctx.t(str::kResetGeneral), !ctx.readOnly && !p.generalObjective.empty()))
        editPlanWith(ctx, plan, "general objective", {}, [](Plan& q) { q.planning.generalObjective.clear(); });
}

void ObjectivesView::addButtons(Context& ctx, const Plan& plan) {
    const float em = ImGui::GetFontSize();
    ImGui::SetNextItemWidth(em * 22);
    if (ImGui::BeginCombo("##table4", ctx.t(str::kAddTable4))) {
        int dim = 0;
        for (const SpecificObjective& s : specificObjectives()) {
            if (s.dimension != dim) {
                dim = s.dimension;
                mutedText(objectiveDimensions()[static_cast<std::size_t>(dim - 1)].name.in(ctx.lang));
            }
            const std::string label = "(" + std::to_string(s.number) + ") " + s.text.in(ctx.lang);
            const bool picked = ImGui::Selectable(label.c_str());
            labelLastItem(label.c_str());
            if (!picked || ctx.readOnly) continue;
            const auto suggested = suggestedBaselines(s.number);
            editPlanWith(ctx, plan, "add objective", {}, [&](Plan& q) {
                PlanObjective o;
                o.id = newId(q, 'o');
                o.table4 = s.number;
                if (!suggested.empty()) o.baseline = suggested.front();
                o.target = 0;  // Table 4 objectives are stated for all: nobody left out
                if (q.planning.startYear) o.targetDate = Date{q.planning.startYear + q.planning.periodYears - 1, 12, 31};
                open_ = o.id;
                q.planning.objectives.push_back(o);
            });
        }
        ImGui::EndCombo();
    }
    labelLastItem(ctx.t(str::kAddTable4));
    ImGui::SameLine();
    if (button(ctx.t(str::kAddOwnObjective), !ctx.readOnly))
        editPlanWith(ctx, plan, "add objective", {}, [&](Plan& q) {
            PlanObjective o;
            o.id = newId(q, 'o');
            o.text = str::kOwnObjective.in(ctx.lang);
            open_ = o.id;
            q.planning.objectives.push_back(o);
        });
}

void ObjectivesView::editor(Context& ctx, const Plan& plan, std::size_t i) {
    const float em = ImGui::GetFontSize();
    const PlanObjective& o = plan.planning.objectives[i];
    const std::string key = plan.id + "/objective/" + o.id + "/";
    auto edit = [&](const char* label, const char* field, auto change) {
        editPlanWith(ctx, plan, label, field ? key + field : std::string(), [&](Plan& q) { change(q.planning.objectives[i]); });
    };
    std::string text = objectiveTitle(o, ctx.lang);
    labelAbove(ctx.t(str::kObjectiveText));
    if (multilineText("##text", text, ImVec2(-1, em * 2.6f)))
        edit("objective text", "text", [&](PlanObjective& x) { x.text = text; });
    labelLastItem(ctx.t(str::kObjectiveText));
    std::optional<BaselineDefinition> def = o.baseline;
    fieldLabel(ctx.t(str::kMeasure));
    if (measureCombo(ctx, ctx.t(str::kMeasure), def, em * 24))
        edit("objective indicator", nullptr, [&](PlanObjective& x) { x.baseline = def; });
    if (o.baseline && !isRegistryMeasure(o.baseline->measure)) {
        int basis = static_cast<int>(o.baseline->basis);
        for (int b = 0; b < 2; ++b) {
            const char* label = ctx.t(b == 0 ? str::kBasisObserved : str::kBasisConfirmed);
            if (b) ImGui::SameLine();
            if (radio(label, basis == b) && !ctx.readOnly)
                edit("baseline basis", nullptr, [&](PlanObjective& x) { x.baseline->basis = static_cast<BaselineBasis>(b); });
            labelLastItem(label);
        }
        BaselineUnit unit = o.baseline->unit;
        ImGui::SameLine();
        fieldLabel(ctx.t(str::kColIndicator));
        if (enumCombo(ctx, ctx.t(str::kColIndicator), str::kUnits, unit, em * 16))
            edit("baseline unit", nullptr, [&](PlanObjective& x) { x.baseline->unit = unit; });
    }
    if (!o.baseline) {
        std::optional<long> manual = o.manualBaseline;
        if (countField(ctx.t(str::kManualBaseline), manual, em * 6))
            edit("baseline", "manual", [&](PlanObjective& x) { x.manualBaseline = manual; });
        labelLastItem(ctx.t(str::kManualBaseline));
    }
    std::optional<long> target = o.target;
    if (countField(ctx.t(str::kTarget), target, em * 6)) edit("target", "target", [&](PlanObjective& x) { x.target = target; });
    labelLastItem(ctx.t(str::kTarget));
    ImGui::SameLine();
    std::optional<Date> by = o.targetDate;
    if (dateField(ctx.t(str::kTargetDate), by, em * 7, ctx.lang))
        edit("target date", "date", [&](PlanObjective& x) { x.targetDate = by; });
    labelLastItem(ctx.t(str::kTargetDate));
    Id priority = o.priority;
    fieldLabel(ctx.t(str::kServesPriority));
    if (priorityCombo(ctx, ctx.t(str::kServesPriority), plan.planning, priority, em * 16))
        edit("objective priority", nullptr, [&](PlanObjective& x) { x.priority = priority; });
    if (deleteButton(ctx.t(str::kDeleteObjective), !ctx.readOnly))
        askToDelete(ctx, plan, str::kObjectiveDeletion, objectiveTitle(o, ctx.lang),
                    objectiveDeletion(plan.planning, o.id), "delete objective",
                    [id = o.id](Plan& q) { removeObjective(q.planning, id); });
}

void ObjectivesView::table(Context& ctx, const Plan& plan, const std::vector<BaselineValue>& baselines) {
    const auto& objectives = plan.planning.objectives;
    if (objectives.empty()) {
        mutedText(ctx.t(str::kNoObjectives));
        return;
    }
    // The target and its date keep their width; the words wrap in their cells, at any zoom.
    std::vector<TableColumn> columns = {
        {ctx.t(str::kColObjective), nullptr, 10},   {ctx.t(str::kColIndicator), nullptr, 8},
        {ctx.t(str::kColBaseline), nullptr, 6},     {ctx.t(str::kTarget), "99999"},
        {ctx.t(str::kColTargetDate), "00.00.0000"}, {ctx.t(str::kColPriority), nullptr, 7, 1},
    };
    for (TableColumn& c : columns) c.wrap = !c.widest;
    if (!beginFittedTable("objectives", columns, ctx.t(str::kColObjective))) return;
    for (std::size_t i = 0; i < objectives.size(); ++i) {
        const PlanObjective& o = objectives[i];
        ImGui::PushID(o.id.c_str());
        ImGui::TableNextRow();
        const std::string title = objectiveTitle(o, ctx.lang);
        cellText(title.c_str());
        if (ImGui::SmallButton(ctx.t(str::kEdit))) open_ = open_ == o.id ? Id{} : o.id;
        labelLastItem((std::string(ctx.t(str::kEdit)) + ": " + title).c_str());
        cellText(o.baseline ? baselineName(*o.baseline, ctx.lang).c_str() : ctx.t(str::kMeasureTyped));
        cellText(baselineText(ctx, baselines[i]).c_str());
        cellRight(o.target ? std::to_string(*o.target).c_str() : "–");
        cellRight(o.targetDate ? o.targetDate->shown().c_str() : "–");
        cellText(o.priority.empty() ? "–" : candidateLabel(plan.planning, o.priority, ctx.lang).c_str());
        ImGui::PopID();
    }
    endFittedTable();
    for (std::size_t i = 0; i < objectives.size(); ++i) {
        if (objectives[i].id != open_) continue;
        ImGui::PushID(objectives[i].id.c_str());
        ImGui::Separator();
        textItem(ctx.t(str::kEdit));
        editor(ctx, plan, i);
        ImGui::PopID();
    }
}

void ObjectivesView::draw(Context& ctx, const Plan& plan) {
    const Date day = today();
    const std::vector<BaselineValue>& baselines = baselines_.get(
        ctx.snapshot(plan), {day.days()}, [&] { return baselinesOf(plan, ctx.reports.needsReport(plan, day)); });
    strategy(ctx, plan);
    ImGui::Separator();
    section(ctx.t(str::kSpecificObjectives));
    helper(ctx.t(str::kBaselineHelp));
    addButtons(ctx, plan);
    table(ctx, plan, baselines);
}

}  // namespace prevplan::ui
