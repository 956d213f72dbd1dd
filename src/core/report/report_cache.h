#pragma once
// The needs report computed again after an edit without counting the whole commune again.
//
// The report is a sum over households, and households are immutable snapshots held by shared
// pointer (model.h): an edit replaces the households it touches and keeps the others. So each
// household's share of the report is kept, keyed by its snapshot, and a later computation counts
// afresh only the households it has not seen, then adds up the shares.
#include <cstddef>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "core/report/report.h"

namespace prevplan {

// What one household adds to the report on a given date.
struct HouseholdShare {
    bool counted = false;              // some child of the household is 0-17 on the date (or it has no nucleus yet)
    long children = 0;                 // children 0-17, its nuclei together
    IndicatorSet observed, confirmed;  // held by at least one of its counted nuclei (Table 1)
    // Table 1's children directly exposed: one set per child exposed to anything.
    std::vector<IndicatorSet> directlyObserved, directlyConfirmed;
    std::array<long, kActivityRowCount> activity{};  // Table A, its nuclei together
    // Table B: each nucleus with a confirmed risk situation, with its confirmed set and children.
    std::vector<std::pair<IndicatorSet, long>> registered;
    PublicCare publicCare;  // without the DGASPC's list, which belongs to the plan
};

class ReportCache {
public:
    // needsReport(plan, asOf) (report.h), reusing the shares of the households the previous call
    // counted on the same date.
    NeedsReport needsReport(const Plan& plan, const Date& asOf);
    // How many households the last call counted afresh.
    std::size_t recounted() const { return recounted_; }

private:
    std::optional<Date> asOf_;
    // The previous call's households, without keeping them alive: a weak pointer's control block
    // outlives its household, so a later household never shares it even at the same address.
    std::vector<std::weak_ptr<const Household>> households_;
    std::vector<HouseholdShare> shares_;  // parallel to households_
    std::size_t recounted_ = 0;
};

}  // namespace prevplan
