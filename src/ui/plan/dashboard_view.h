#pragma once
// The first screen of an open plan: the commune's counts, what is overdue (legal deadlines
// first) and the step to take next, each leading to its screen. Every figure comes from the core
// (core/progress/plan_progress.h), computed once per plan snapshot by the plan screen.
#include <optional>

#include "core/progress/plan_progress.h"
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

// The step the person chose to open, if any.
std::optional<Step> drawDashboard(const Context& ctx, const Plan& plan, const PlanProgress& progress);

}  // namespace prevplan::ui
