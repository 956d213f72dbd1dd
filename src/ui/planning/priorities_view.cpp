#include "ui/planning/priorities_view.h"

#include <imgui.h>

#include "core/base/format.h"
#include "ui/planning/planning_widgets.h"
#include "ui/planning/strings.h"
#include "ui/kit/widgets.h"

namespace prevplan::ui {

void PrioritiesView::matrixTab(Context& ctx, const Plan& plan) {
    if (plan.planning.candidates.empty()) {
        note(ctx.t(str::kNoCandidates), kColorMuted);
        return;
    }
    matrix_.weights(ctx, plan);
    const Staffing& s = matrix_.staffing(ctx, plan);
    mutedText(format(ctx.t(str::kStaffingHint), s.staff, s.needed).c_str());
    ImGui::Spacing();
    matrix_.matrix(ctx, plan, MatrixMode::Desk);
    ImGui::Spacing();
    matrix_.ranking(ctx, plan, MatrixMode::Desk);
    matrix_.shortListAdvice(ctx, plan);
}

void PrioritiesView::draw(Context& ctx, const Plan& plan) {
    if (inSession_) {
        inSession_ = session_.draw(ctx, plan, matrix_);
        return;
    }
    if (primaryButton(ctx.t(str::kStartSession), !plan.planning.candidates.empty())) inSession_ = true;
    if (!ImGui::BeginTabBar("priorities")) return;
    if (tabItem(ctx, str::kTabMatrix)) {
        ImGui::BeginChild("matrix-tab");
        matrixTab(ctx, plan);
        ImGui::EndChild();
        ImGui::EndTabItem();
    }
    scrollingTab(ctx, plan, str::kTabRounds, rounds_);
    scrollingTab(ctx, plan, str::kTabPriorityCandidates, candidates_);
    ImGui::EndTabBar();
}

}  // namespace prevplan::ui
