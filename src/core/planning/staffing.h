#pragma once
// Who will do the visits: the Registry's active cases and the monitoring visits the frequency
// rules require (section 1.1.4.4), against a caseload limit and the SPAS staff the commune has.
// A plan that ignores this is not a plan; the gap also feeds the "human resources" criterion.
#include <array>

#include "core/catalog/caseload_norms.h"
#include "core/model/model.h"

namespace prevplan {

// The norm a rule stands for, and its active cases per person (catalog/caseload_norms.h): 30 per
// prevention case officer by default (Order 288/2006).
const CaseloadNorm& caseloadNorm(CaseloadRule rule);
int caseloadLimit(CaseloadRule rule);

struct Staffing {
    long activeCases = 0;     // children in the Registry, each with a service plan to follow
    long visitsPerYear = 0;   // monitoring visits the Registry requires in a year
    std::array<long, 3> byFrequency{};  // children visited yearly, half-yearly, quarterly
    int limit = 0;            // active cases per person
    int needed = 0;           // people needed at that limit (rounded up)
    int staff = 0;            // people the SPAS has
    int gap() const { return needed - staff; }  // positive: people missing
    double casesPerPerson() const { return staff > 0 ? static_cast<double>(activeCases) / staff : 0; }
};

Staffing staffing(const Plan& plan);

// The "human resources" score the staffing suggests: 1 + 4 × the share of the needed people the
// SPAS has (5 when it has them all or needs none, 1 when it has none).
int suggestedResourcesScore(const Staffing& s);

}  // namespace prevplan
