#pragma once
// Staffing: the SPAS people who carry cases and the caseload limit chosen, against the active
// cases and monitoring visits the Registry requires.
#include "core/base/memo.h"
#include "core/planning/staffing.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class StaffingView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    Memo<Plan, Staffing> staffing_;
};

}  // namespace prevplan::ui
