#pragma once
// Monitoring (section 1.1.4.4): the frozen yearly reports side by side, each risk type's and each
// objective's indicator over the years with a small line chart, and the plan's amendment log.
#include "core/base/memo.h"
#include "core/monitoring/trends.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

class MonitoringView {
public:
    void draw(Context& ctx, const Plan& plan);

private:
    Memo<Plan, Trends> trends_;
    Amendment draft_;

    void table(const Context& ctx, const Plan& plan, const Trends& trends);
    void row(const std::string& label, const std::vector<std::optional<long>>& values, long largest) const;
    void amendments(Context& ctx, const Plan& plan);
};

}  // namespace prevplan::ui
