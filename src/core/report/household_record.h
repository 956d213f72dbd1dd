#pragma once
// What the needs report reads of one household, packed: indicator sets as bitsets, dates as
// dateOrder() numbers, the children in one array. It holds on every report date, so it is made
// once per household snapshot (when the plan is loaded or the household edited) and a report on
// any date counts over these records alone, without walking sheets of 65 answers again.
#include <cstdint>
#include <limits>
#include <vector>

#include "core/model/model.h"

namespace prevplan {

struct ChildRecord {
    // No birth date: the child counts as 0-17 on every date (ObservatoryDay).
    static constexpr std::int32_t kUndated = std::numeric_limits<std::int32_t>::max();
    std::int32_t born = kUndated;
    // The service plan's completion; kNever without a completed plan.
    static constexpr std::int32_t kNever = std::numeric_limits<std::int32_t>::max();
    std::int32_t planCompleted = kNever;
    std::uint32_t firstVisit = 0;  // its monitoring visits' dates in HouseholdRecord::visits
    std::uint32_t visits = 0;
    bool inProtection = false;
};

// A child's direct exposure (Table 1) as it stands once its nucleus's sheet (or risk
// identification) counts: directlyExposed() of the child's indicators and the nucleus's set.
struct ExposureRecord {
    std::uint32_t child = 0;  // in HouseholdRecord::children
    bool confirmed = false;   // the risk identification's exposure, else the sheet's
    IndicatorSet set;
};

struct NucleusRecord {
    // A record made on a date counts on the report date when its order is not after it: undated
    // records always count, missing ones never.
    static constexpr std::int32_t kUndated = std::numeric_limits<std::int32_t>::min();
    static constexpr std::int32_t kMissing = std::numeric_limits<std::int32_t>::max();
    std::int32_t sheetFilled = kMissing, riskVisited = kMissing;
    IndicatorSet observed, confirmed;                  // observedSet(), confirmedSet()
    std::uint32_t firstChild = 0, endChild = 0;        // in HouseholdRecord::children
    std::uint32_t firstExposure = 0, endExposure = 0;  // in HouseholdRecord::exposures
};

struct HouseholdRecord {
    std::vector<NucleusRecord> nuclei;
    std::vector<ChildRecord> children;
    std::vector<ExposureRecord> exposures;  // few: child-level indicators recorded for a child
    std::vector<std::int32_t> visits;       // dateOrder of each child's monitoring visits
};

// Fills `record` from the household, reusing its buffers.
void recordHousehold(HouseholdRecord& record, const Household& household);

}  // namespace prevplan
