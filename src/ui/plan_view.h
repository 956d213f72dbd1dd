#pragma once
// An open plan: its workflow steps as navigation on the left, the chosen step on the right.
#include "ui/context.h"

namespace prevplan::ui {

class PlanView {
public:
    void draw(Context& ctx, const Plan& plan);

    // One member per workflow step (see kSteps in plan_view.cpp).
    void communeStep(Context& ctx, const Plan& plan);

private:
    int step_ = 0;
    std::string newVillage_;

    void villagesTable(Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
