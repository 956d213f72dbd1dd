#pragma once
// The Observatory step's list: every child of the commune by village and household, with
// search, filters, sortable columns and the counts of what is shown.
#include "core/observatory/observatory_query.h"
#include "ui/kit/context.h"
#include "ui/plan/plan_focus.h"

namespace prevplan::ui {

class ObservatoryView {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    ObservatoryFilter filter_;
    // The list for (plan snapshot, filter, day): a new plan pointer means the plan changed.
    const Plan* cachedPlan_ = nullptr;
    ObservatoryFilter cachedFilter_;
    long cachedDay_ = 0;
    ObservatoryList list_;
    long shownChildren_ = 0;

    void toolbar(Context& ctx, const Plan& plan, PlanFocus& focus);
    void filters(Context& ctx, const Plan& plan);
    void table(Context& ctx, const Plan& plan, PlanFocus& focus);
    void row(Context& ctx, const Plan& plan, const ObservatoryRow& r, PlanFocus& focus);
    void refresh(const Plan& plan);
};

// A child's status in a few words ("În Registru · fișă veche").
std::string statusWords(const Context& ctx, std::uint8_t status);

}  // namespace prevplan::ui
