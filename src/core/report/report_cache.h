#pragma once
// The needs report computed again after an edit without counting the whole commune again.
//
// The report is a sum over households, and households are immutable snapshots held by shared
// pointer (model.h): an edit replaces the households it touches and keeps the others. So each
// household's share of the report is kept, keyed by its snapshot, and so are the running totals of
// each village: a later computation counts afresh only the households it has not seen, takes the
// replaced households' shares out of the totals and puts the new ones in.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/report/household_record.h"
#include "core/report/report.h"

namespace prevplan {

struct ReportDate;  // the report's date as every household compares with it (report.cpp)

// What a household's share counts apart, one entry each: a child directly exposed (Table 1) with
// the indicators it is exposed to, or a nucleus with a confirmed risk situation (Table B) with its
// confirmed set and children 0-17.
struct ShareEntry {
    enum class Kind : std::uint8_t { DirectlyObserved, DirectlyConfirmed, Registered };
    Kind kind;
    long children;  // Registered: the nucleus's children 0-17; else 1
    IndicatorSet set;
};
// The entries of many shares one after another: a report over 100,000 children allocates none per
// household.
using ShareEntries = std::vector<ShareEntry>;

// What one household adds to the report on a given date.
struct HouseholdShare {
    bool counted = false;              // some child of the household is 0-17 on the date (or it has no nucleus yet)
    long children = 0;                 // children 0-17, its nuclei together
    IndicatorSet observed, confirmed;  // held by at least one of its counted nuclei (Table 1)
    std::array<long, kActivityRowCount> activity{};  // Table A, its nuclei together
    PublicCare publicCare;                           // without the DGASPC's list, which belongs to the plan
    std::size_t village = 0;                         // its village's place in VillageTotals
    std::size_t firstEntry = 0, endEntry = 0;        // its entries in the ShareEntries it was counted into
    HouseholdRecord record;                          // what it was counted from, on any date
};

// Table 1 counts for one way of counting (suspicions or confirmations).
class Table1Tally {
public:
    // sign: +1 adds the household, -1 takes it out again.
    void addHousehold(const IndicatorSet& set, long children, long sign);
    void addChild(const IndicatorSet& direct, long sign);
    void add(const Table1Tally& other);

    IndicatorFigures indicatorFigures(std::size_t i) const;
    const IndicatorFigures& dimensionFigures(int number) const { return dimensions_[number - 1]; }
    const IndicatorFigures& anyFigures() const { return any_; }

private:
    std::array<IndicatorFigures, kMaxIndicators> indicators_{};
    std::array<long, kMaxIndicators> directly_{};
    std::array<IndicatorFigures, kDimensionCount> dimensions_{};
    IndicatorFigures any_;
};

// The sum of some households' shares: one village's, or the commune's (the sum of its villages').
struct ReportTotals {
    long households = 0, children = 0;
    Table1Tally observed, confirmed;
    VillageColumn column;  // Tables A and B, without the village's name and INS figure
    PublicCare publicCare;

    void add(const HouseholdShare& share, const ShareEntries& entries, long sign);
    void add(const ReportTotals& other);
};

// The running totals of each village counted households name. Each household is added to its
// village's only: the commune's totals are their sum, made when a report is assembled.
class VillageTotals {
public:
    // The village's place, given the first time a household names it.
    std::size_t placeOf(const std::string& village);
    const ReportTotals* find(const std::string& village) const;  // null: no household has named it
    const std::string& name(std::size_t place) const { return names_[place]; }
    const ReportTotals& totals(std::size_t place) const { return totals_[place]; }
    std::size_t size() const { return names_.size(); }
    // sign: +1 adds the share to its village's totals, -1 takes it out again.
    void add(const HouseholdShare& share, const ShareEntries& entries, long sign);
    ReportTotals commune() const;
    void clearTotals();  // the villages keep their places

private:
    std::vector<std::string> names_;
    std::vector<ReportTotals> totals_;  // parallel to names_
    std::unordered_map<std::string, std::size_t> places_;
};

class ReportCache {
public:
    // needsReport(plan, asOf) (report.h), reusing the shares of the households the previous call
    // counted on the same date.
    NeedsReport needsReport(const Plan& plan, const Date& asOf);
    // needsReport(plan reduced to the households and villages named `village`, asOf) for the plan
    // of the last needsReport call, from the village's running totals.
    NeedsReport villageReport(const Plan& plan, const std::string& village) const;
    // How many households the last call read afresh (into records); on another report date the
    // others are counted again from their records alone.
    std::size_t recounted() const { return recounted_; }
    // Reads up to `most` more of the plan's households into records ahead of its first report, so
    // that a big commune is recorded a slice a frame from when it is opened, never in one long
    // report. Counts on the date of the reports already made, else on `asOf`. Returns whether the
    // plan is recorded: then needsReport reads again only what later edits replace.
    bool countAhead(const Plan& plan, const Date& asOf, std::size_t most);

private:
    void count(HouseholdShare& share, const Household& household, const ReportDate& on);
    void countOn(const ReportDate& on);
    void drop(const HouseholdShare& share);
    void compactEntries();
    void countReplaced(const Plan& plan, const ReportDate& on);
    void countBetween(const Plan& plan, const ReportDate& on, std::size_t first, std::size_t oldEnd,
                      std::size_t newEnd);
    bool continues(const Plan& plan) const;
    void forget();

    Id planId_;  // the plan whose households are kept
    std::optional<Date> asOf_;
    // The previous call's households, without keeping them alive: a weak pointer's control block
    // outlives its household, so a later household never shares it even at the same address.
    std::vector<std::weak_ptr<const Household>> households_;
    std::vector<HouseholdShare> shares_;  // parallel to households_
    ShareEntries entries_;                // theirs, and those of shares no longer kept (`dropped_` of them)
    std::size_t dropped_ = 0;
    VillageTotals villages_;
    std::size_t recounted_ = 0;
};

}  // namespace prevplan
