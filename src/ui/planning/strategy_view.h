#pragma once
// The Plan step (section 1.1.4): the strategy's objectives, the actions, the annual action plan,
// the budget and the staffing, one tab each.
#include "ui/planning/action_plan_view.h"
#include "ui/planning/actions_view.h"
#include "ui/planning/budget_view.h"
#include "ui/planning/objectives_view.h"
#include "ui/planning/staffing_view.h"

namespace prevplan::ui {

class StrategyView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    ObjectivesView objectives_;
    ActionsView actions_;
    ActionPlanView actionPlan_;
    BudgetView budget_;
    StaffingView staffing_;
};

}  // namespace prevplan::ui
