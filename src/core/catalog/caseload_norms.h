#pragma once
// Caseload norms: the most active cases one person may carry, each with the act that sets it
// and whose cases it covers. Order 288/2006 std. 9.5 sets 30 for the SPAS prevention case
// officer ("responsabil de caz prevenire"), the work this plan staffs; 25 is the case officer's
// limit in the earlier minimum standards that order replaced (std. 9.6); GD 797/2017 allows 50
// for the DGASPC case managers of children in special protection, not for SPAS prevention work.
#include "core/base/text.h"
#include "core/catalog/span.h"

namespace prevplan {

struct CaseloadNorm {
    int limit;    // active cases per person
    Text role;    // who carries the cases
    Text source;  // the act and standard that set the limit
};

// In the order of model/planning.h CaseloadRule; the first, 30, is the default.
Span<CaseloadNorm> caseloadNorms();

}  // namespace prevplan
