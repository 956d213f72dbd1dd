#pragma once
// Table 3: each group of risk situations and the package of services it needs (section 1.1.3),
// plus the three service types most rural communes need anyway (first step of 1.1.3).
// Recommendations carry the Table 2 service types (service_types.h) and the A2.5 activity
// codes (a25.h) that deliver them, so a gap analysis can match groups to inventoried services.
#include <string_view>
#include <vector>

#include "core/catalog/span.h"
#include "core/base/text.h"

namespace prevplan {

constexpr int kMaxGroupIndicators = 6;
constexpr int kMaxMappedCodes = 6;

struct RiskGroup {
    int dimension;  // 1..6
    // Indicator codes as Table 3 pairs them ("a & b & c1"); unused slots are nullptr. Sub-item
    // codes appear where the table names them (4.i.1, 4.i.2, 4.i.3); a lettered code covers its
    // sub-items.
    const char* indicators[kMaxGroupIndicators];
    Text label;  // short name of the group
};

struct Recommendation {
    int group;  // index into riskGroups()
    Text text;
    const char* serviceTypes[kMaxMappedCodes];  // Table 2 codes ("B2"); unused slots nullptr
    int activities[kMaxMappedCodes];            // A2.5 SSoc3 codes (18); unused slots 0
};

struct CoreService {
    const char* code;
    Text title, description;
    const char* serviceTypes[kMaxMappedCodes];
    int activities[kMaxMappedCodes];
};

Span<RiskGroup> riskGroups();            // Table 3 rows in table order (27)
Span<Recommendation> recommendations();  // grouped by riskGroups() index, in table order
Span<CoreService> coreServices();        // the three most communes need

// The riskGroups() indexes an indicator recorded on its own falls in: the groups naming it or its
// lettered parent. A lettered indicator recorded without any of its sub-items (4.i with no age
// band) also falls in every group naming one of them, since any of them may hold. Empty for 2.e
// and 2.k1, which Table 3 leaves to individual service plans, and for unknown codes.
std::vector<int> groupsOf(std::string_view code);

}  // namespace prevplan
