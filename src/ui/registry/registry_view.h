#pragma once
// The Registry step: the children with a confirmed risk, their number of risks, monitoring
// frequency, next deadline and service plan status; searched, filtered and grouped; a row opens
// the child's service plan.
#include <vector>

#include "core/base/memo.h"
#include "core/registry/registry.h"
#include "core/registry/work_filter.h"
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

class RegistryView {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    Memo<Plan, std::vector<RegistryEntry>, long> entries_;  // for (plan snapshot, day)
    RegistryFilter filter_;
    Memo<Plan, std::vector<RegistryGroup>, RegistryFilter, long> groups_;  // for (plan snapshot, filter, day)

    void filters(Context& ctx, const Plan& plan);
    void group(Context& ctx, const Plan& plan, const std::vector<RegistryEntry>& entries, const RegistryGroup& g,
               PlanFocus& focus);
    void row(Context& ctx, const Plan& plan, const RegistryEntry& e, PlanFocus& focus);
};

}  // namespace prevplan::ui
