#pragma once
// The strategy (section 1.1.4.1-2): its period, the general objective, and the specific
// objectives from Table 4 or written by hand, each with an indicator whose baseline is computed
// from the Observatory and the Registry, a target and a target date.
#include <vector>

#include "core/base/memo.h"
#include "core/planning/baselines.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class ObjectivesView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    // Parallel to plan.planning.objectives, for (plan snapshot, day).
    Memo<Plan, std::vector<BaselineValue>, long> baselines_;
    Id open_;  // the objective being edited

    void strategy(Context& ctx, const Plan& plan);
    void addButtons(Context& ctx, const Plan& plan);
    void table(Context& ctx, const Plan& plan, const std::vector<BaselineValue>& baselines);
    void editor(Context& ctx, const Plan& plan, std::size_t i);
};

}  // namespace prevplan::ui
