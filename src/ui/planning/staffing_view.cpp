#include "ui/planning/staffing_view.h"

#include <imgui.h>

#include <cstdio>

#include "ui/kit/plan_edit.h"
#include "ui/planning/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

void StaffingView::draw(Context& ctx, const Plan& plan) {
    const Staffing& s = staffing_.get(ctx.snapshot(plan), [&] { return staffing(plan); });
    const float em = ImGui::GetFontSize();
    int staff = plan.planning.spasStaff;
    ImGui::SetNextItemWidth(em * 4);
    if (ImGui::InputInt("##staff", &staff, 0) && staff >= 0)
        editPlanWith(ctx, plan, "SPAS staff", plan.id + "/staff", [&](Plan& p) { p.planning.spasStaff = staff; });
    labelLastItem(ctx.t(str::kSpasStaff));
    ImGui::SameLine();
    ImGui::TextUnformatted(ctx.t(str::kSpasStaff));
    ImGui::TextUnformatted(ctx.t(str::kCaseloadRule));
    for (int r = 0; r < kCaseloadRuleCount; ++r) {
        const char* label = ctx.t(str::kCaseloadRules[r]);
        if (ImGui::RadioButton(label, static_cast<int>(plan.planning.caseload) == r) && !ctx.readOnly)
            editPlanWith(ctx, plan, "caseload", {}, [&](Plan& p) { p.planning.caseload = static_cast<CaseloadRule>(r); });
        labelLastItem(label);
    }
    ImGui::Spacing();
    char text[256];
    std::snprintf(text, sizeof text, ctx.t(str::kActiveCases), s.activeCases);
    textItem(text);
    std::snprintf(text, sizeof text, ctx.t(str::kVisitsYear), s.visitsPerYear, s.byFrequency[0], s.byFrequency[1], s.byFrequency[2]);
    textItem(text);
    std::snprintf(text, sizeof text, ctx.t(str::kStaffNeeded), s.limit, s.needed);
    textItem(text);
    if (s.staff > 0) {
        std::snprintf(text, sizeof text, ctx.t(str::kCasesPerPerson), s.casesPerPerson());
        textItem(text);
    }
    if (s.gap() > 0) {
        std::snprintf(text, sizeof text, ctx.t(str::kStaffGap), s.gap(), suggestedResourcesScore(s));
        note(text, kColorWarning);
    } else {
        note(ctx.t(str::kStaffEnough), kColorOk);
    }
    ImGui::Spacing();
    note(ctx.t(str::kStaffingHelp), kColorMuted);
}

}  // namespace prevplan::ui
