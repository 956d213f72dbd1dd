#include "ui/planning/action_plan_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/base/format.h"
#include "ui/kit/plan_edit.h"
#include "ui/kit/widgets.h"
#include "ui/planning/strings.h"

namespace prevplan::ui {

namespace {

// The user's text of one section, created for the year on first edit.
std::string& sectionOf(Plan& p, int year, int s) {
    auto& plans = p.planning.actionPlans;
    for (auto& t : plans)
        if (t.year == year) return t.sections[s];
    ActionPlanText t;
    t.year = year;
    const auto at = std::find_if(plans.begin(), plans.end(), [&](const ActionPlanText& x) { return x.year > year; });
    return plans.insert(at, t)->sections[s];
}

const std::string* userText(const Plan& plan, int year, int s) {
    for (const auto& t : plan.planning.actionPlans)
        if (t.year == year && !t.sections[s].empty()) return &t.sections[s];
    return nullptr;
}

}  // namespace

void ActionPlanView::section(Context& ctx, const Plan& plan, int s, const ActionPlanSections& shown) {
    const float em = ImGui::GetFontSize();
    ImGui::PushID(s);
    ImGui::Separator();
    textItem(ctx.t(str::kSections[s]));
    const std::string* own = userText(plan, year_, s);
    ImGui::SameLine();
    mutedText(format("(%s)", ctx.t(own ? str::kEdited : str::kFromPlan)).c_str());
    const std::string label = format(ctx.t(str::kSectionText), s + 1);
    if (own) {
        std::string text = *own;
        if (multilineText("##text", text, ImVec2(-1, em * 5)))
            editPlanWith(ctx, plan, "action plan section",
                         plan.id + "/ap/" + std::to_string(year_) + "/" + std::to_string(s),
                         [&](Plan& p) { sectionOf(p, year_, s) = text; });
        labelLastItem(label.c_str());
        if (button(ctx.t(str::kBackToDraft), !ctx.readOnly))
            editPlanWith(ctx, plan, "action plan section", {}, [&](Plan& p) { sectionOf(p, year_, s).clear(); });
    } else {
        ImGui::PushTextWrapPos(0);
        textItem(shown[s].empty() ? ctx.t(str::kEmptySection) : shown[s].c_str(), label.c_str());
        ImGui::PopTextWrapPos();
        if (button(ctx.t(str::kEditSection), !ctx.readOnly)) {
            const std::string start = shown[s].empty() ? std::string(ctx.t(str::kEmptySection)) : shown[s];
            editPlanWith(ctx, plan, "action plan section", {}, [&](Plan& p) { sectionOf(p, year_, s) = start; });
        }
    }
    ImGui::PopID();
}

void ActionPlanView::draw(Context& ctx, const Plan& plan) {
    const Planning& p = plan.planning;
    if (!p.startYear) {
        mutedText(ctx.t(str::kChooseStartYear));
        return;
    }
    if (year_ < p.startYear || year_ >= p.startYear + p.periodYears) year_ = p.startYear;
    mutedText(ctx.t(str::kActionPlanHelp));
    textItem(ctx.t(str::kYear));
    for (int y = p.startYear; y < p.startYear + p.periodYears; ++y) {
        ImGui::SameLine();
        const std::string label = std::to_string(y);
        if (radio(label.c_str(), year_ == y)) year_ = y;
        labelLastItem((std::string(ctx.t(str::kYear)) + " " + label).c_str());
    }
    const ActionPlanSections& draft = draft_.get(ctx.snapshot(plan), {year_, ctx.lang}, [&] {
        return draftActionPlan(plan, year_, ctx.reports.needsReport(plan, today()), ctx.lang);
    });
    const ActionPlanSections shown = actionPlanText(plan, year_, draft);
    for (int s = 0; s < kActionPlanSectionCount; ++s) section(ctx, plan, s, shown);
}

}  // namespace prevplan::ui
