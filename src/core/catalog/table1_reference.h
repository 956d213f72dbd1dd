#pragma once
// Table 1's reference population (community censuses in 30 rural source communities,
// Sept-Oct 2018) and its last row, "at least one of them has one of the above risks".
// Per-indicator and per-dimension shares live in indicators.h.

namespace prevplan {

struct Table1Reference {
    int households;  // households with children studied (column base for the household shares)
    int children;    // children in those households (column base for the children shares)
    float anyRiskHouseholdsPct, anyRiskChildrenPct;  // at least one risk situation
};

inline constexpr Table1Reference kTable1Reference{5840, 11762, 85.f, 89.f};

}  // namespace prevplan
