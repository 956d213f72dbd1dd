#include "ui/planning/staffing_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "core/base/words.h"
#include "ui/kit/plan_edit.h"
#include "ui/planning/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

void StaffingView::draw(Context& ctx, const Plan& plan) {
    const Staffing& s = staffing_.get(ctx.snapshot(plan), [&] { return staffing(plan); });
    const float em = ImGui::GetFontSize();
    int staff = plan.planning.spasStaff;
    fieldLabel(ctx.t(str::kSpasStaff));
    ImGui::SetNextItemWidth(em * 4);
    if (ImGui::InputInt("##staff", &staff, 0) && staff >= 0)
        editPlanWith(ctx, plan, "SPAS staff", plan.id + "/staff", [&](Plan& p) { p.planning.spasStaff = staff; });
    labelLastItem(ctx.t(str::kSpasStaff));
    textItem(ctx.t(str::kCaseloadRule));
    for (int r = 0; r < kCaseloadRuleCount; ++r) {
        const CaseloadNorm& norm = caseloadNorm(static_cast<CaseloadRule>(r));
        const std::string label = format(ctx.t(str::kCaseloadNorm), norm.limit, ctx.t(norm.role), ctx.t(norm.source));
        if (radio(label.c_str(), static_cast<int>(plan.planning.caseload) == r) && !ctx.readOnly)
            editPlanWith(ctx, plan, "caseload", {}, [&](Plan& p) { p.planning.caseload = static_cast<CaseloadRule>(r); });
        labelLastItem(label.c_str());
    }
    ImGui::Spacing();
    const auto number = [&](long n) { return groupedNumber(n, ctx.lang); };
    textItem(format(ctx.t(str::kActiveCases), number(s.activeCases).c_str()).c_str());
    textItem(format(ctx.t(str::kVisitsYear), number(s.visitsPerYear).c_str(),
                    countOf(s.byFrequency[0], nouns::kChild, ctx.lang).c_str(), number(s.byFrequency[1]).c_str(),
                    number(s.byFrequency[2]).c_str())
                 .c_str());
    textItem(format(ctx.t(str::kStaffNeeded), countOf(s.limit, nouns::kCase, ctx.lang).c_str(), s.needed).c_str());
    if (s.staff > 0)
        textItem(format(ctx.t(str::kCasesPerPerson), decimalNumber(s.casesPerPerson(), 1, ctx.lang).c_str()).c_str());
    if (s.gap() > 0) {
        note(format(ctx.t(str::kStaffGap), countOf(s.gap(), nouns::kPerson, ctx.lang).c_str(), suggestedResourcesScore(s)).c_str(), kColorWarning);
    } else {
        note(ctx.t(str::kStaffEnough), kColorOk);
    }
    ImGui::Spacing();
    note(ctx.t(str::kStaffingHelp), kColorMuted);
}

}  // namespace prevplan::ui
