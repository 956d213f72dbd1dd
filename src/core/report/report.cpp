#include "core/report/report.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "core/report/household_record.h"
#include "core/report/report_cache.h"

namespace prevplan {

long NeedsReport::registryBucket(RiskBucket bucket) const {
    const auto first = static_cast<std::size_t>(ActivityRow::ConfirmedExactlyOne);
    return communeColumn().activity[first + static_cast<std::size_t>(bucket)];
}

// The report's date and the start of its "past 12 months" (Table A row 3, public care), in the
// order dateOrder() gives: every household record compares its dates with them.
struct ReportDate {
    explicit ReportDate(const Date& on)
        : asOf(on), day(dateOrder(on)), yearBefore(dateOrder(on.addMonths(-12))), observatory(on) {}
    Date asOf;
    long day, yearBefore;
    ObservatoryDay observatory;  // the children 0-17 on the date

    bool counts(std::int32_t madeOn) const { return madeOn <= day; }  // NucleusRecord's dates
    bool withinYear(std::int32_t order) const { return order <= day && order >= yearBefore; }
    AgeOnDay ageOf(const ChildRecord& c) const {
        return c.born == ChildRecord::kUndated ? AgeOnDay::Minor : observatory.ageOfBornOn(c.born);
    }
};

namespace {

// Table A rows for one family nucleus with `children` children 0-17; Table B through a Registered entry.
void addActivity(HouseholdShare& share, ShareEntries& entries, const NucleusRecord& family, bool sheet, bool risk,
                 const IndicatorSet& observed, const IndicatorSet& confirmed, long children, const ReportDate& on) {
    auto row = [&](ActivityRow r) -> long& { return share.activity[static_cast<std::size_t>(r)]; };
    row(ActivityRow::InObservatory) += children;
    if (sheet) {
        row(ActivityRow::ObservationSheet) += children;
        if (on.withinYear(family.sheetFilled)) row(ActivityRow::ObservationSheetRecent) += children;
    }
    if (observed.any()) row(ActivityRow::Suspected) += children;
    if (risk) row(ActivityRow::RiskIdentification) += children;
    const int confirmedRisks = riskSituationCount(confirmed);
    if (confirmedRisks == 0) {
        if (risk) row(ActivityRow::NoneConfirmed) += children;
        return;
    }
    row(ActivityRow::ConfirmedAtLeastOne) += children;
    share.activity[static_cast<std::size_t>(ActivityRow::ConfirmedExactlyOne) +
                   static_cast<std::size_t>(riskBucket(confirmedRisks))] += children;
    row(ActivityRow::InRegistry) += children;
    entries.push_back({ShareEntry::Kind::Registered, children, confirmed});
}

// One family nucleus with `inCare` children in the public care section; what was done after the
// report date does not count.
void addToPublicCare(PublicCare& care, const HouseholdRecord& household, const NucleusRecord& family, long inCare,
                     bool risk, const IndicatorSet& confirmed, const ReportDate& on) {
    bool planned = false, visited = false;
    for (std::uint32_t k = family.firstChild; k < family.endChild; ++k) {
        const ChildRecord& c = household.children[k];
        if (on.ageOf(c) == AgeOnDay::Unborn) continue;
        planned = planned || c.planCompleted <= on.day;
        for (std::uint32_t v = c.firstVisit; v < c.firstVisit + c.visits && !visited; ++v)
            visited = on.withinYear(household.visits[v]);
    }
    care.children += inCare;
    ++care.families;
    if (risk) ++care.riskIdentified;
    if (confirmed.any()) ++care.confirmed;
    if (planned) ++care.servicePlan;
    if (visited) ++care.visitedLast12Months;
}

// One family nucleus as it stood on the report date (every row counts "at the time of drafting
// the report", A2.4): a sheet or a risk identification dated later had not been made yet, a child
// born later was not born. Undated records count. A nucleus whose every child is out of the
// Observatory adds nothing; returns whether it counted.
bool addNucleus(HouseholdShare& share, ShareEntries& entries, const HouseholdRecord& household,
                const NucleusRecord& family, const ReportDate& on) {
    const bool sheet = on.counts(family.sheetFilled);
    const bool risk = on.counts(family.riskVisited);
    const IndicatorSet observed = sheet ? family.observed : IndicatorSet{};
    const IndicatorSet confirmed = risk ? family.confirmed : IndicatorSet{};
    long children = 0, inCare = 0;
    for (std::uint32_t k = family.firstChild; k < family.endChild; ++k) {
        const ChildRecord& c = household.children[k];
        const AgeOnDay age = on.ageOf(c);
        if (age == AgeOnDay::Unborn) continue;
        inCare += c.inProtection;  // public care counts the children of any age
        children += age == AgeOnDay::Minor;
    }
    if (children == 0 && family.endChild > family.firstChild) return false;  // every child turned 18 (or is not born)
    for (std::uint32_t e = family.firstExposure; e < family.endExposure; ++e) {
        const ExposureRecord& x = household.exposures[e];
        if (!(x.confirmed ? risk : sheet) || on.ageOf(household.children[x.child]) != AgeOnDay::Minor) continue;
        entries.push_back(
            {x.confirmed ? ShareEntry::Kind::DirectlyConfirmed : ShareEntry::Kind::DirectlyObserved, 1, x.set});
    }
    share.observed |= observed;
    share.confirmed |= confirmed;
    share.children += children;
    addActivity(share, entries, family, sheet, risk, observed, confirmed, children, on);
    if (inCare > 0) addToPublicCare(share.publicCare, household, family, inCare, risk, confirmed, on);
    return true;
}

// Counts the household's share into `share`, its entries at the end of `entries`.
void countShare(HouseholdShare& share, ShareEntries& entries, const HouseholdRecord& household, const ReportDate& on) {
    share.children = 0;
    share.observed.reset();
    share.confirmed.reset();
    share.activity.fill(0);
    share.publicCare = {};
    share.firstEntry = entries.size();
    // A household with no nucleus recorded yet counts (it is still to be completed); one whose
    // every nucleus is out of the Observatory does not.
    share.counted = household.nuclei.empty();
    for (const NucleusRecord& family : household.nuclei)
        share.counted |= addNucleus(share, entries, household, family, on);
    share.endEntry = entries.size();
}

void addFigures(IndicatorFigures& f, long children, long sign) {
    f.households += sign;
    f.childrenInHouseholds += sign * children;
}

// The dimensions (bit d-1 for dimension d) of the indicators in the set, found with them.
template <typename F>
unsigned forEachIndicatorAndDimension(const IndicatorSet& set, F&& f) {
    static const std::array<unsigned, kMaxIndicators> bitOf = [] {
        std::array<unsigned, kMaxIndicators> bits{};
        for (std::size_t i = 0; i < indicatorCount(); ++i) bits[i] = 1u << (indicator(i).dimension - 1);
        return bits;
    }();
    unsigned dimensions = 0;
    forEachIndicator(set, [&](std::size_t i) {
        dimensions |= bitOf[i];
        f(i);
    });
    return dimensions;
}

template <typename F>
void forEachDimension(unsigned dimensions, F&& f) {
    for (int d = 0; d < kDimensionCount; ++d)
        if (dimensions & (1u << d)) f(static_cast<std::size_t>(d));
}

// Adds one household's Table A rows to a column (sign -1 takes them out).
void addTableA(VillageColumn& col, const HouseholdShare& share, long sign) {
    for (std::size_t r = 0; r < kActivityRowCount; ++r) col.activity[r] += sign * share.activity[r];
}

// Table B: one nucleus with a confirmed risk situation.
void addRegistered(VillageColumn& col, const ShareEntry& nucleus, long sign) {
    const long children = sign * nucleus.children;
    const unsigned dimensions =
        forEachIndicatorAndDimension(nucleus.set, [&](std::size_t i) { col.byRiskSituation[i] += children; });
    forEachDimension(dimensions, [&](std::size_t d) { col.byDimension[d] += children; });
}

void addToPublicCare(PublicCare& care, const PublicCare& share, long sign) {
    care.children += sign * share.children;
    care.families += sign * share.families;
    care.riskIdentified += sign * share.riskIdentified;
    care.confirmed += sign * share.confirmed;
    care.servicePlan += sign * share.servicePlan;
    care.visitedLast12Months += sign * share.visitedLast12Months;
}

// The report from totals: `whole` gives Table 1 and the first column; the plan's villages that
// `listed` keeps get a column each, from columnOf(name) (null: none of its households counts);
// then `unlisted`, the other villages counted households name, in the order they first appear.
template <typename Listed, typename ColumnOf>
NeedsReport assemble(const Plan& plan, const Date& asOf, const ReportTotals& whole, Listed&& listed,
                     ColumnOf&& columnOf, const std::vector<std::string>& unlisted) {
    NeedsReport report;
    report.planId = plan.id;
    report.commune = plan.commune;
    report.demo = plan.demo;
    report.asOf = asOf;
    report.households = whole.households;
    report.children = whole.children;
    report.publicCare = whole.publicCare;
    if (!plan.resources.childrenInProtection.empty()) {
        long onList = 0;
        for (const ProtectedChildren& p : plan.resources.childrenInProtection) onList += p.children;
        report.publicCare.dgaspcList = onList;
    }

    report.columns.push_back(whole.column);
    bool anyListed = false, insKnown = true;
    long insTotal = 0;
    std::unordered_map<std::string, std::size_t> place;
    for (const Village& v : plan.villages) {
        if (!listed(v.name)) continue;
        anyListed = true;
        insKnown = insKnown && v.insChildren;
        insTotal += v.insChildren.value_or(0);
        auto [it, added] = place.try_emplace(v.name, report.columns.size());
        if (added) {
            const VillageColumn* counted = columnOf(v.name);
            report.columns.push_back(counted ? *counted : VillageColumn{});
            report.columns.back().village = v.name;
        }
        report.columns[it->second].insChildren = v.insChildren;
    }
    if (anyListed && insKnown) report.columns.front().insChildren = insTotal;
    for (const std::string& village : unlisted) {
        report.columns.push_back(*columnOf(village));
        report.columns.back().village = village;
    }

    for (std::size_t i = 0; i < indicatorCount(); ++i)
        report.table1.push_back({indicator(i).code, static_cast<int>(i), whole.observed.indicatorFigures(i),
                                 whole.confirmed.indicatorFigures(i)});
    for (int d = 1; d <= kDimensionCount; ++d)
        report.table1.push_back(
            {std::to_string(d), -1, whole.observed.dimensionFigures(d), whole.confirmed.dimensionFigures(d)});
    report.table1.push_back({"any", -1, whole.observed.anyFigures(), whole.confirmed.anyFigures()});
    return report;
}

bool sameSnapshot(const std::weak_ptr<const Household>& kept, const HouseholdPtr& h) {
    return !kept.owner_before(h) && !h.owner_before(kept);
}

bool listed(const Plan& plan, const std::string& village) {
    return std::any_of(plan.villages.begin(), plan.villages.end(), [&](const Village& v) { return v.name == village; });
}

// The report from the villages' totals: the commune's is their sum.
NeedsReport assembleCommune(const Plan& plan, const Date& asOf, const VillageTotals& villages,
                            const std::vector<std::string>& unlisted) {
    return assemble(
        plan, asOf, villages.commune(), [](const std::string&) { return true; },
        [&](const std::string& village) -> const VillageColumn* {
            const ReportTotals* totals = villages.find(village);
            return totals ? &totals->column : nullptr;
        },
        unlisted);
}

}  // namespace

void Table1Tally::addHousehold(const IndicatorSet& set, long children, long sign) {
    if (set.none()) return;
    const unsigned dimensions =
        forEachIndicatorAndDimension(set, [&](std::size_t i) { addFigures(indicators_[i], children, sign); });
    forEachDimension(dimensions, [&](std::size_t d) { addFigures(dimensions_[d], children, sign); });
    addFigures(any_, children, sign);
}

void Table1Tally::addChild(const IndicatorSet& direct, long sign) {
    forEachIndicator(direct, [&](std::size_t i) { directly_[i] += sign; });
}

void Table1Tally::add(const Table1Tally& other) {
    const auto sum = [](IndicatorFigures& f, const IndicatorFigures& g) {
        f.households += g.households;
        f.childrenInHouseholds += g.childrenInHouseholds;
    };
    for (std::size_t i = 0; i < kMaxIndicators; ++i) {
        sum(indicators_[i], other.indicators_[i]);
        directly_[i] += other.directly_[i];
    }
    for (int d = 0; d < kDimensionCount; ++d) sum(dimensions_[d], other.dimensions_[d]);
    sum(any_, other.any_);
}

IndicatorFigures Table1Tally::indicatorFigures(std::size_t i) const {
    IndicatorFigures f = indicators_[i];
    if (indicator(i).childLevel) f.childrenDirectly = directly_[i];
    return f;
}

void ReportTotals::add(const HouseholdShare& share, const ShareEntries& entries, long sign) {
    households += sign;
    children += sign * share.children;
    observed.addHousehold(share.observed, share.children, sign);
    confirmed.addHousehold(share.confirmed, share.children, sign);
    addTableA(column, share, sign);
    for (std::size_t e = share.firstEntry; e < share.endEntry; ++e) {
        const ShareEntry& entry = entries[e];
        switch (entry.kind) {
            case ShareEntry::Kind::DirectlyObserved: observed.addChild(entry.set, sign); break;
            case ShareEntry::Kind::DirectlyConfirmed: confirmed.addChild(entry.set, sign); break;
            case ShareEntry::Kind::Registered: addRegistered(column, entry, sign); break;
        }
    }
    addToPublicCare(publicCare, share.publicCare, sign);
}

void ReportTotals::add(const ReportTotals& other) {
    households += other.households;
    children += other.children;
    observed.add(other.observed);
    confirmed.add(other.confirmed);
    for (std::size_t r = 0; r < kActivityRowCount; ++r) column.activity[r] += other.column.activity[r];
    for (std::size_t i = 0; i < kMaxIndicators; ++i) column.byRiskSituation[i] += other.column.byRiskSituation[i];
    for (int d = 0; d < kDimensionCount; ++d) column.byDimension[d] += other.column.byDimension[d];
    addToPublicCare(publicCare, other.publicCare, +1);
}

// A commune names a handful of villages: up to this many, comparing the names costs less than
// hashing one.
constexpr std::size_t kVillagesCompared = 16;

std::size_t VillageTotals::placeOf(const std::string& village) {
    if (names_.size() <= kVillagesCompared) {
        for (std::size_t v = 0; v < names_.size(); ++v)
            if (names_[v] == village) return v;
    } else if (const auto it = places_.find(village); it != places_.end()) {
        return it->second;
    }
    places_.emplace(village, names_.size());
    names_.push_back(village);
    totals_.emplace_back();
    return names_.size() - 1;
}

const ReportTotals* VillageTotals::find(const std::string& village) const {
    const auto it = places_.find(village);
    return it == places_.end() ? nullptr : &totals_[it->second];
}

void VillageTotals::add(const HouseholdShare& share, const ShareEntries& entries, long sign) {
    // A share not counted has no child 0-17 any more.
    if (share.counted) totals_[share.village].add(share, entries, sign);
}

ReportTotals VillageTotals::commune() const {
    ReportTotals sum;
    for (const ReportTotals& village : totals_) sum.add(village);
    return sum;
}

void VillageTotals::clearTotals() {
    for (ReportTotals& totals : totals_) totals = ReportTotals{};
}

void ReportCache::count(HouseholdShare& share, const Household& household, const ReportDate& on) {
    recordHousehold(share.record, household);
    countShare(share, entries_, share.record, on);
    share.village = villages_.placeOf(household.village);
    ++recounted_;
}

// Every kept share counted again on another date from its record.
void ReportCache::countOn(const ReportDate& on) {
    villages_.clearTotals();
    entries_.clear();
    dropped_ = 0;
    for (HouseholdShare& share : shares_) {
        countShare(share, entries_, share.record, on);
        villages_.add(share, entries_, +1);
    }
}

// A share no longer kept: out of the totals, its entries left to the next compaction.
void ReportCache::drop(const HouseholdShare& share) {
    villages_.add(share, entries_, -1);
    dropped_ += share.endEntry - share.firstEntry;
}

// Entries of shares no longer kept are let to pile up until they outnumber the live ones.
void ReportCache::compactEntries() {
    if (dropped_ < 4096 || 2 * dropped_ < entries_.size()) return;
    ShareEntries kept;
    kept.reserve(entries_.size() - dropped_);
    for (HouseholdShare& share : shares_) {
        const std::size_t first = kept.size();
        kept.insert(kept.end(), entries_.begin() + static_cast<std::ptrdiff_t>(share.firstEntry),
                    entries_.begin() + static_cast<std::ptrdiff_t>(share.endEntry));
        share.firstEntry = first;
        share.endEntry = kept.size();
    }
    entries_ = std::move(kept);
    dropped_ = 0;
}

// Up to this many households replaced in place are counted again where they stand, without
// looking for them elsewhere in the previous plan.
constexpr std::size_t kFewReplaced = 64;

// The usual edit replaces a few households where they stand: count them again there.
void ReportCache::countReplaced(const Plan& plan, const ReportDate& on) {
    for (std::size_t i = 0; i < shares_.size(); ++i)
        if (!sameSnapshot(households_[i], plan.households[i])) {
            drop(shares_[i]);
            count(shares_[i], *plan.households[i], on);
            villages_.add(shares_[i], entries_, +1);
            households_[i] = plan.households[i];
        }
}

// Households added, removed or moved between `first` and the previous plan's `oldEnd` (this plan's
// `newEnd`): their previous shares leave the totals, this plan's enter them, each previous share
// found by address and taken once.
void ReportCache::countBetween(const Plan& plan, const ReportDate& on, std::size_t first, std::size_t oldEnd,
                               std::size_t newEnd) {
    std::unordered_map<const Household*, std::size_t> byAddress;
    for (std::size_t k = first; k < oldEnd; ++k) {
        drop(shares_[k]);
        if (const HouseholdPtr alive = households_[k].lock()) byAddress.emplace(alive.get(), k);
    }
    std::vector<HouseholdShare> shares(newEnd - first);
    for (std::size_t i = first; i < newEnd; ++i) {
        HouseholdShare& share = shares[i - first];
        const HouseholdPtr& household = plan.households[i];
        const auto found = byAddress.find(household.get());
        if (found != byAddress.end() && sameSnapshot(households_[found->second], household)) {
            share = std::move(shares_[found->second]);
            households_[found->second].reset();
            dropped_ -= share.endEntry - share.firstEntry;  // kept after all
        } else {
            count(share, *household, on);
        }
        villages_.add(share, entries_, +1);
    }
    const auto at = [&](auto& v, std::size_t i) { return v.begin() + static_cast<std::ptrdiff_t>(i); };
    if (shares_.empty()) {
        shares_ = std::move(shares);  // the first count
    } else {
        shares_.erase(at(shares_, first), at(shares_, oldEnd));
        shares_.insert(at(shares_, first), std::make_move_iterator(shares.begin()),
                       std::make_move_iterator(shares.end()));
    }
    households_.erase(at(households_, first), at(households_, oldEnd));
    households_.insert(at(households_, first), at(plan.households, first), at(plan.households, newEnd));
}

// Whether the kept households are the start of the plan's, as counting ahead left them.
bool ReportCache::continues(const Plan& plan) const {
    const std::size_t kept = households_.size();
    return plan.id == planId_ && kept <= plan.households.size() &&
           (kept == 0 || sameSnapshot(households_[kept - 1], plan.households[kept - 1]));
}

void ReportCache::forget() { *this = ReportCache{}; }

bool ReportCache::countAhead(const Plan& plan, const Date& asOf, std::size_t most) {
    if (!continues(plan)) {
        // An edit since the plan was recorded: the next report counts what it replaced. Anything
        // else (another plan, or an edit while recording) starts the recording again.
        if (plan.id == planId_ && households_.size() + most >= plan.households.size()) return true;
        forget();
        planId_ = plan.id;
    }
    if (!asOf_) asOf_ = asOf;
    const ReportDate on(*asOf_);
    const std::size_t end = std::min(plan.households.size(), households_.size() + most);
    for (std::size_t i = households_.size(); i < end; ++i) {
        HouseholdShare& share = shares_.emplace_back();
        count(share, *plan.households[i], on);
        villages_.add(share, entries_, +1);
        households_.push_back(plan.households[i]);
    }
    return households_.size() == plan.households.size();
}

NeedsReport ReportCache::needsReport(const Plan& plan, const Date& asOf) {
    recounted_ = 0;
    planId_ = plan.id;
    const ReportDate on(asOf);
    if (asOf_ && asOf_ != asOf) countOn(on);
    asOf_ = asOf;
    const auto& households = plan.households;
    const std::size_t before = households_.size(), now = households.size();
    std::size_t replaced = 0;
    if (now == before)
        for (std::size_t i = 0; i < now && replaced <= kFewReplaced; ++i)
            replaced += !sameSnapshot(households_[i], households[i]);
    if (now == before && replaced <= kFewReplaced) {
        countReplaced(plan, on);
    } else {
        // Only what lies between the unchanged start and the unchanged end changed.
        std::size_t first = 0, last = 0;
        const std::size_t shorter = std::min(before, now);
        while (first < shorter && sameSnapshot(households_[first], households[first])) ++first;
        while (last < shorter - first && sameSnapshot(households_[before - 1 - last], households[now - 1 - last]))
            ++last;
        countBetween(plan, on, first, before - last, now - last);
    }
    compactEntries();

    // The villages no plan village names, in the order their first counted household stands.
    std::vector<std::string> unlisted;
    std::vector<bool> pending(villages_.size(), false);
    std::size_t missing = 0;
    for (std::size_t v = 0; v < villages_.size(); ++v) {
        pending[v] = villages_.totals(v).households > 0 && !listed(plan, villages_.name(v));
        missing += pending[v];
    }
    for (std::size_t h = 0; h < shares_.size() && missing > 0; ++h)
        if (shares_[h].counted && pending[shares_[h].village]) {
            pending[shares_[h].village] = false;
            unlisted.push_back(villages_.name(shares_[h].village));
            --missing;
        }
    return assembleCommune(plan, asOf, villages_, unlisted);
}

NeedsReport ReportCache::villageReport(const Plan& plan, const std::string& village) const {
    static const ReportTotals none;
    const ReportTotals* found = villages_.find(village);
    const ReportTotals& totals = found ? *found : none;
    std::vector<std::string> unlisted;
    if (!listed(plan, village) && totals.households > 0) unlisted.push_back(village);
    return assemble(
        plan, *asOf_, totals, [&](const std::string& name) { return name == village; },
        [&](const std::string&) { return &totals.column; }, unlisted);
}

NeedsReport needsReport(const Plan& plan, const Date& asOf) {
    const ReportDate on(asOf);
    HouseholdShare share;  // one household's at a time, its record's buffers reused
    ShareEntries entries;
    // Villages take their places in the order their first counted household stands.
    VillageTotals villages;
    for (const HouseholdPtr& household : plan.households) {
        entries.clear();
        recordHousehold(share.record, *household);
        countShare(share, entries, share.record, on);
        if (!share.counted) continue;  // no child of the household is 0-17 any more
        share.village = villages.placeOf(household->village);
        villages.add(share, entries, +1);
    }
    std::vector<std::string> unlisted;
    for (std::size_t v = 0; v < villages.size(); ++v)
        if (!listed(plan, villages.name(v))) unlisted.push_back(villages.name(v));
    return assembleCommune(plan, asOf, villages, unlisted);
}

}  // namespace prevplan
