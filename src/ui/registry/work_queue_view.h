#pragma once
// The work queue step: everything due or overdue today and in the next 30 days, each opening
// the editor where it gets done; searched, filtered and grouped, the legal deadlines first.
#include <vector>

#include "core/base/memo.h"
#include "core/registry/work_filter.h"
#include "core/registry/work_queue.h"
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

class WorkQueueView {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    // The tasks, and how many of them are overdue or urgent.
    struct Queue {
        std::vector<WorkItem> items;
        long overdue = 0;
        long urgent = 0;  // abuse or neglect, listed first
    };
    Memo<Plan, Queue, long> queue_;  // for (plan snapshot, day)
    QueueParts parts_;                // per household, so that the queue after an edit reads one household again
    WorkFilter filter_;
    Memo<Plan, std::vector<WorkGroup>, WorkFilter, long> groups_;  // for (plan snapshot, filter, day)
    void filters(Context& ctx, const Plan& plan);
    void group(Context& ctx, const Plan& plan, const std::vector<WorkItem>& items, const WorkGroup& g,
               PlanFocus& focus);
    void row(Context& ctx, const Plan& plan, const WorkItem& item, std::size_t index, PlanFocus& focus);
};

// The editor that does a task.
void openTask(const WorkItem& item, PlanFocus& focus);

}  // namespace prevplan::ui
