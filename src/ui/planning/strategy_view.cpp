#include "ui/planning/strategy_view.h"

#include <imgui.h>

#include "ui/planning/planning_widgets.h"
#include "ui/planning/strings.h"

namespace prevplan::ui {

void StrategyView::draw(Context& ctx, const Plan& plan) {
    if (!ImGui::BeginTabBar("the-plan")) return;
    scrollingTab(ctx, plan, str::kTabObjectives, objectives_);
    scrollingTab(ctx, plan, str::kTabActions, actions_);
    scrollingTab(ctx, plan, str::kTabActionPlan, actionPlan_);
    scrollingTab(ctx, plan, str::kTabBudget, budget_);
    scrollingTab(ctx, plan, str::kTabStaffing, staffing_);
    ImGui::EndTabBar();
}

}  // namespace prevplan::ui
