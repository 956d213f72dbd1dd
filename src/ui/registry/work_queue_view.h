#pragma once
// The work queue step: everything due or overdue today and in the next 30 days, each opening
// the editor where it gets done.
#include <vector>

#include "core/registry/work_queue.h"
#include "ui/kit/context.h"
#include "ui/plan/plan_focus.h"

namespace prevplan::ui {

class WorkQueueView {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    const Plan* cachedPlan_ = nullptr;
    long cachedDay_ = 0;
    std::vector<WorkItem> items_;
    long overdue_ = 0;

    void row(Context& ctx, const Plan& plan, const WorkItem& item, int index, PlanFocus& focus);
};

// The editor that does a task.
void openTask(const WorkItem& item, PlanFocus& focus);

}  // namespace prevplan::ui
