#pragma once
// The Plan step (section 1.1.4): the strategy's objectives, the actions, the annual action plan,
// the budget and the staffing, one tab each.
#include "ui/action_plan_view.h"
#include "ui/actions_view.h"
#include "ui/budget_view.h"
#include "ui/objectives_view.h"
#include "ui/staffing_view.h"

namespace prevplan::ui {

class ThePlanView {
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
