#pragma once
// One year's annual action plan with the six sections GD 797/2017 requires, drafted from the plan;
// a section can be taken over and edited, or given back to the draft.
#include "core/base/memo.h"
#include "core/planning/action_plan.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class ActionPlanView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    int year_ = 0;                                     // 0: the strategy's first year
    Memo<Plan, ActionPlanSections, int, Lang> draft_;  // for (plan snapshot, year, language)

    void section(Context& ctx, const Plan& plan, int s, const ActionPlanSections& shown);
};

}  // namespace prevplan::ui
