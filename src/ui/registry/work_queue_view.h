#pragma once
// The work queue step: everything due or overdue today and in the next 30 days, each opening
// the editor where it gets done.
#include <vector>

#include "core/base/memo.h"
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

    void row(Context& ctx, const Plan& plan, const WorkItem& item, int index, PlanFocus& focus);
};

// The editor that does a task.
void openTask(const WorkItem& item, PlanFocus& focus);

}  // namespace prevplan::ui
