#pragma once
// The SPAS work queue: what the methodology's deadlines make due, and what is already late.
#include <vector>

#include "core/model/model.h"
#include "core/model/per_household.h"

namespace prevplan {

enum class TaskKind {
    RefreshObservation,   // Observation Sheet missing or 12 months old (section 1.1.1)
    RiskIdentification,   // home visit within 72 hours of a sheet with a suspicion (GD 691 art. 8)
    NotifyDgaspc,         // confirmed abuse, neglect or exploitation: at once (section 1.1.1 (c), GD 691 art. 12)
    ServicePlan,          // within 30 days of confirmation (GD 691 art. 10)
    MonitoringVisit,      // yearly, half-yearly or quarterly by confirmed risks (section 1.1.4.4)
    AbuseSuspicionVisit,  // the home visit within 72 hours when the sheet suspects abuse or neglect: urgent
};
const char* taskKindKey(TaskKind kind);  // "refresh-observation", "risk-identification" …

struct WorkItem {
    TaskKind kind;
    Id householdId, familyId;
    Id childId;  // empty for tasks on the whole family nucleus
    Date due;
    bool overdue = false;  // due before today
    bool urgent = false;   // abuse or neglect: listed first, whatever the horizon
};

// Every urgent task, then every task due on or before today + horizonDays, each part sorted by due
// date (ties keep household order). Children who turned 18 by today have no tasks.
std::vector<WorkItem> workQueue(const Plan& plan, const Date& today, int horizonDays = 30);
// One household's part of it, in household order, not sorted.
std::vector<WorkItem> householdTasks(const Household& household, const Date& today, int horizonDays);
// Each household's part of a queue, kept between queues of one horizon (a screen keeps one).
using QueueParts = PerHousehold<std::vector<WorkItem>>;
// The same queue, reading the unchanged households' parts from `parts`.
std::vector<WorkItem> workQueue(const Plan& plan, const Date& today, int horizonDays, QueueParts& parts);

}  // namespace prevplan
