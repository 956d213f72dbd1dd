#pragma once
// The needs report computed again after an edit without counting the whole commune again.
//
// The report is a sum over households, and households are immutable snapshots held by shared
// pointer (model.h): an edit replaces the households it touches and keeps the others. So each
// household's share of the report is kept, keyed by its snapshot, and so are the running totals of
// the commune and of each village: a later computation counts afresh only the households it has
// not seen, takes the replaced households' shares out of the totals and puts the new ones in.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/report/report.h"

namespace prevplan {

struct ReportDate;  // the report's date as every household compares with it (report.cpp)

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
    PublicCare publicCare;    // without the DGASPC's list, which belongs to the plan
    std::size_t village = 0;  // its village's place in the cache's list of village names
};

// Table 1 counts for one way of counting (suspicions or confirmations).
class Table1Tally {
public:
    // sign: +1 adds the household, -1 takes it out again.
    void addHousehold(const IndicatorSet& set, long children, long sign);
    void addChild(const IndicatorSet& direct, long sign);

    IndicatorFigures indicatorFigures(std::size_t i) const;
    const IndicatorFigures& dimensionFigures(int number) const { return dimensions_[number - 1]; }
    const IndicatorFigures& anyFigures() const { return any_; }

private:
    std::array<IndicatorFigures, kMaxIndicators> indicators_{};
    std::array<long, kMaxIndicators> directly_{};
    std::array<IndicatorFigures, kDimensionCount> dimensions_{};
    IndicatorFigures any_;
};

// The sum of some households' shares: the commune's, or one village's.
struct ReportTotals {
    long households = 0, children = 0;
    Table1Tally observed, confirmed;
    VillageColumn column;  // Tables A and B, without the village's name and INS figure
    PublicCare publicCare;

    void add(const HouseholdShare& share, long sign);
};

class ReportCache {
public:
    // needsReport(plan, asOf) (report.h), reusing the shares of the households the previous call
    // counted on the same date.
    NeedsReport needsReport(const Plan& plan, const Date& asOf);
    // needsReport(plan reduced to the households and villages named `village`, asOf) for the plan
    // of the last needsReport call, from the village's running totals.
    NeedsReport villageReport(const Plan& plan, const std::string& village) const;
    // How many households the last call counted afresh.
    std::size_t recounted() const { return recounted_; }

private:
    void count(HouseholdShare& share, const Household& household, const ReportDate& on);
    void add(const HouseholdShare& share, long sign);
    void countReplaced(const Plan& plan, const ReportDate& on);
    void countBetween(const Plan& plan, const ReportDate& on, std::size_t first, std::size_t oldEnd,
                      std::size_t newEnd);

    std::optional<Date> asOf_;
    // The previous call's households, without keeping them alive: a weak pointer's control block
    // outlives its household, so a later household never shares it even at the same address.
    std::vector<std::weak_ptr<const Household>> households_;
    std::vector<HouseholdShare> shares_;  // parallel to households_
    ReportTotals commune_;
    // Every village name a counted household named, with its totals.
    std::unordered_map<std::string, std::size_t> villageIndex_;
    std::vector<std::string> villageNames_;
    std::vector<ReportTotals> villages_;
    std::size_t recounted_ = 0;
};

}  // namespace prevplan
