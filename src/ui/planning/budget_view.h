#pragma once
// The budget summary: by year with the local budget's share (it has to match the council's
// budget), a chart of each year by kind of funding source, and the sums by source and priority.
#include "core/base/memo.h"
#include "core/planning/budget.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class BudgetView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    Memo<Plan, Budget> budget_;
    // The budget of the plan drawn this frame (draw computes it first).
    const Budget& budget() const { return *budget_.last(); }

    void byYear(const Context& ctx);
    void chart(const Context& ctx) const;
    void sums(const Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
