#include "ui/planning/actions_view.h"

#include <imgui.h>

#include <algorithm>

#include "core/base/format.h"
#include "core/model/planning_labels.h"
#include "core/planning/budget.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/widgets.h"
#include "ui/planning/planning_widgets.h"
#include "ui/planning/strings.h"

namespace prevplan::ui {

void ActionsView::costs(Context& ctx, const Plan& plan, std::size_t i) {
    const float em = ImGui::GetFontSize();
    const Planning& p = plan.planning;
    const Action& a = p.actions[i];
    textItem(ctx.t(str::kCostsPerYear));
    if (!p.startYear) {
        mutedText(ctx.t(str::kChooseStartYear));
        return;
    }
    for (int y = 0; y < p.periodYears; ++y) {
        const int year = p.startYear + y;
        ImGui::PushID(year);
        if (y % 5) ImGui::SameLine();
        int ron = static_cast<int>(actionCostIn(a, year));
        ImGui::SetNextItemWidth(em * 6);
        const std::string label = format(ctx.t(str::kCostIn), year);
        if (ImGui::InputInt(stableId(label.c_str(), "cost").c_str(), &ron, 0) && ron >= 0)
            editPlanWith(ctx, plan, "action cost", plan.id + "/cost/" + a.id + "/" + std::to_string(year),
                         [&](Plan& q) { setCost(q.planning.actions[i], year, ron); });
        labelLastItem(label.c_str());
        ImGui::PopID();
    }
}

void ActionsView::editor(Context& ctx, const Plan& plan, std::size_t i) {
    const float em = ImGui::GetFontSize();
    const Action& a = plan.planning.actions[i];
    const std::string key = plan.id + "/action/" + a.id + "/";
    auto edit = [&](const char* label, const char* field, auto change) {
        editPlanWith(ctx, plan, label, field ? key + field : std::string(),
                     [&](Plan& q) { change(q.planning.actions[i]); });
    };
    auto textField = [&](const Text& label, std::string Action::*field, float width) {
        std::string value = a.*field;
        if (inputText(ctx.t(label), value, width)) edit("action", ctx.t(label), [&](Action& x) { x.*field = value; });
    };
    textField(str::kDescription, &Action::description, em * 30);
    textField(str::kResponsible, &Action::responsible, em * 14);
    ImGui::SameLine();
    textField(str::kPartners, &Action::partners, em * 14);
    // Every field has its label on its left; the choices line up under the text fields.
    float labelWidth = 0;
    for (const Text* label :
         {&str::kActionKind, &str::kStart, &str::kFunding, &str::kServesObjective, &str::kServesPriority})
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(ctx.t(*label)).x + ImGui::GetStyle().ItemSpacing.x);
    ActionKind kind = a.kind;
    fieldLabel(ctx.t(str::kActionKind), labelWidth);
    if (enumCombo(ctx, ctx.t(str::kActionKind), kActionKindNames, kind, em * 14))
        edit("action kind", nullptr, [&](Action& x) { x.kind = kind; });
    ImGui::SameLine();
    ActionStatus status = a.status;
    fieldLabel(ctx.t(str::kStatus));
    if (enumCombo(ctx, ctx.t(str::kStatus), kActionStatusNames, status, em * 9))
        edit("action status", nullptr, [&](Action& x) { x.status = status; });
    std::optional<Date> start = a.start, end = a.end;
    fieldLabel(ctx.t(str::kStart), labelWidth);
    if (dateField((std::string("##") + ctx.t(str::kStart)).c_str(), start, em * 7, ctx.lang) &&
        (!start || !end || *start <= *end))
        edit("action start", "start", [&](Action& x) { x.start = start; });
    labelLastItem(ctx.t(str::kStart));
    ImGui::SameLine();
    fieldLabel(ctx.t(str::kEnd));
    if (dateField((std::string("##") + ctx.t(str::kEnd)).c_str(), end, em * 7, ctx.lang) &&
        (!start || !end || *start <= *end))
        edit("action end", "end", [&](Action& x) { x.end = end; });
    labelLastItem(ctx.t(str::kEnd));
    costs(ctx, plan, i);
    std::string funding = a.funding;
    fieldLabel(ctx.t(str::kFunding), labelWidth);
    if (fundingCombo(ctx, ctx.t(str::kFunding), funding, em * 26))
        edit("funding", nullptr, [&](Action& x) { x.funding = funding; });
    Id objective = a.objective, priority = a.priority;
    fieldLabel(ctx.t(str::kServesObjective), labelWidth);
    if (objectiveCombo(ctx, ctx.t(str::kServesObjective), plan.planning, objective, em * 20))
        edit("action objective", nullptr, [&](Action& x) { x.objective = objective; });
    fieldLabel(ctx.t(str::kServesPriority), labelWidth);
    if (priorityCombo(ctx, ctx.t(str::kServesPriority), plan.planning, priority, em * 20))
        edit("action priority", nullptr, [&](Action& x) { x.priority = priority; });
    if (deleteButton(ctx.t(str::kDeleteAction), !ctx.readOnly))
        askToDelete(ctx, plan, str::kActionDeletion, a.description.empty() ? a.id : a.description, DeletionImpact(),
                    "delete action", [id = a.id](Plan& q) { removeAction(q.planning, id); });
}

void ActionsView::draw(Context& ctx, const Plan& plan) {
    if (button(ctx.t(str::kAddAction), !ctx.readOnly))
        editPlanWith(ctx, plan, "add action", {}, [&](Plan& q) {
            Action a;
            a.id = newId(q, 'a');
            a.description = str::kNewAction.in(ctx.lang);
            open_ = a.id;
            q.planning.actions.push_back(a);
        });
    const auto& actions = plan.planning.actions;
    if (actions.empty()) mutedText(ctx.t(str::kNoActions));
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const Action& a = actions[i];
        ImGui::PushID(a.id.c_str());
        const std::string title =
            format(ctx.t(str::kActionTotal), a.description.c_str(), formatRon(actionTotalCost(a), ctx.lang).c_str());
        const std::string status = std::string("  [") + ctx.t(kActionStatusNames[static_cast<int>(a.status)]) + "]";
        if (ImGui::Selectable(stableId((title + status).c_str(), "action").c_str(), open_ == a.id))
            open_ = open_ == a.id ? Id{} : a.id;
        labelLastItem(a.description.c_str());
        if (open_ == a.id) {
            ImGui::Indent();
            editor(ctx, plan, i);
            ImGui::Unindent();
            ImGui::Separator();
        }
        ImGui::PopID();
    }
}

}  // namespace prevplan::ui
