#pragma once
// What the work queue and the Registry show: found by name or address, narrowed by type, village,
// deadline and urgency, and grouped with counts. The legal deadlines (the 72-hour visit, abuse,
// the DGASPC) stand apart at the top, whatever the grouping. Worked out once per change of the
// plan or the filter, never per frame.
#include <optional>
#include <string>
#include <vector>

#include "core/registry/registry.h"
#include "core/registry/work_queue.h"

namespace prevplan {

// The 72-hour home visit, the visit on a suspicion of abuse or neglect, and telling the DGASPC
// (GD 691/2015 art. 8 and 12): set apart from routine deadlines.
bool isLegalDeadline(TaskKind kind);

enum class DueFilter { Any, Overdue, InTime };
enum class UrgencyFilter { Any, Urgent, NotUrgent };
enum class Grouping { None, ByType, ByVillage };

struct WorkFilter {
    std::string search;            // child's or family head's name, or the household's address
    std::optional<TaskKind> kind;  // none: every type
    std::string village;           // empty: every village
    DueFilter due = DueFilter::Any;
    UrgencyFilter urgency = UrgencyFilter::Any;
    Grouping grouping = Grouping::None;
    bool operator==(const WorkFilter& o) const;
};

// One group of rows: positions in the list it was made from, in that list's order.
struct WorkGroup {
    bool legal = false;            // the legal deadlines' part, listed first
    std::optional<TaskKind> kind;  // grouped by type
    std::string village;           // grouped by village
    std::vector<std::size_t> rows;
    long overdue = 0;
};

// The queue's items that pass the filter, grouped: legal deadlines first, then routine ones;
// inside each part by type (the queue's order of types) or village (the plan's order). No empty group.
std::vector<WorkGroup> filterWorkQueue(const Plan& plan, const std::vector<WorkItem>& items, const WorkFilter& filter);

struct RegistryFilter {
    std::string search;  // child's or family head's name, or the household's address
    std::optional<ServicePlanStatus> plan;
    std::string village;
    DueFilter due = DueFilter::Any;
    Grouping grouping = Grouping::None;  // ByType groups by the service plan's status
    bool operator==(const RegistryFilter& o) const;
};

struct RegistryGroup {
    std::optional<ServicePlanStatus> plan;
    std::string village;
    std::vector<std::size_t> rows;
    long overdue = 0;
};

std::vector<RegistryGroup> filterRegistry(const Plan& plan, const std::vector<RegistryEntry>& entries,
                                          const RegistryFilter& filter);

}  // namespace prevplan
