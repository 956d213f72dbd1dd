#pragma once
// The Registry of at-risk children (section 1.1.1 (d), section 4.2): every child of a family
// nucleus with a confirmed risk situation, with what the methodology asks next for each.
#include <optional>
#include <string>
#include <vector>

#include "core/observatory/family_edits.h"
#include "core/base/text.h"

namespace prevplan {

enum class ServicePlanStatus {
    Missing,           // none yet: due within 30 days of the confirmation (GD 691 art. 10)
    Draft,             // started, not completed
    AwaitingApproval,  // completed, not yet approved by order of the mayor (GD 691 art. 11)
    Approved,
};
Text servicePlanStatusName(ServicePlanStatus status);

struct RegistryEntry {
    FamilyRef family;
    Id childId;
    std::size_t household = 0;    // position in the plan, for the village and address
    int confirmedRisks = 0;
    int monitoringMonths = 0;     // 12, 6 or 3 (section 1.1.4.4)
    ServicePlanStatus plan = ServicePlanStatus::Missing;
    std::optional<Date> due;      // the service plan's deadline until completed, then the next monitoring visit
    bool overdue = false;
    // The 18th birthday, once passed: the child has left the Registry (kept, shown as such, not
    // counted, no deadline, not exported).
    std::optional<Date> turned18On;
    bool current() const { return !turned18On; }
};

// In plan order (household, family, child).
std::vector<RegistryEntry> registryEntries(const Plan& plan, const Date& today);

// The Registry as a spreadsheet (UTF-8 with a byte order mark, CRLF), labels in `lang`.
std::string exportRegistryCsv(const Plan& plan, const Date& today, Lang lang, char separator);

}  // namespace prevplan
