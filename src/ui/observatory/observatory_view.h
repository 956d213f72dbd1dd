#pragma once
// The Observatory step's list: every child of the commune by village and household, with
// search, filters, sortable columns and the counts of what is shown.
#include "core/base/memo.h"
#include "core/observatory/observatory_query.h"
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

class ObservatoryView {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    // The rows shown, and how many children they hold.
    struct Shown {
        ObservatoryList list;
        long children = 0;
    };
    ObservatoryFilter filter_;
    Memo<Plan, Shown, ObservatoryFilter, long> shown_;  // for (plan snapshot, filter, day)
    ObservatoryFacts facts_;  // per household, so that a query after an edit reads one household again

    void toolbar(Context& ctx, const Plan& plan, PlanFocus& focus);
    void filters(Context& ctx, const Plan& plan);
    void table(Context& ctx, const Plan& plan, PlanFocus& focus);
    void row(Context& ctx, const Plan& plan, const ObservatoryRow& r, PlanFocus& focus);
    const Shown& shown(const Context& ctx, const Plan& plan);
};

// A child's status in a few words ("În Registru · fișă veche").
std::string statusWords(const Context& ctx, std::uint8_t status);

}  // namespace prevplan::ui
