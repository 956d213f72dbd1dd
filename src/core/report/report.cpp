#include "core/report/report.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "core/report/report_cache.h"

namespace prevplan {

long NeedsReport::registryBucket(RiskBucket bucket) const {
    const auto first = static_cast<std::size_t>(ActivityRow::ConfirmedExactlyOne);
    return communeColumn().activity[first + static_cast<std::size_t>(bucket)];
}

// The report's date and the start of its "past 12 months" (Table A row 3, public care), as day
// counts: every household compares its dates with them.
struct ReportDate {
    explicit ReportDate(const Date& on)
        : asOf(on), day(on.days()), yearBefore(on.addMonths(-12).days()), observatory(on) {}
    Date asOf;
    long day, yearBefore;
    ObservatoryDay observatory;  // the children 0-17 on the date

    bool after(const std::optional<Date>& date) const { return date && date->days() > day; }
    bool withinYear(const Date& d) const {
        const long days = d.days();
        return days <= day && days >= yearBefore;
    }
};

namespace {

// Table A rows for one family nucleus with `children` children 0-17; Table B through `registered`.
void addActivity(HouseholdShare& share, const FamilyNucleus& family, bool sheet, bool risk,
                 const IndicatorSet& observed, const IndicatorSet& confirmed, long children, const ReportDate& on) {
    auto row = [&](ActivityRow r) -> long& { return share.activity[static_cast<std::size_t>(r)]; };
    row(ActivityRow::InObservatory) += children;
    if (sheet) {
        row(ActivityRow::ObservationSheet) += children;
        const auto& filled = family.sheet->filledOn;
        if (filled && on.withinYear(*filled)) row(ActivityRow::ObservationSheetRecent) += children;
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
    share.registered.emplace_back(confirmed, children);
}

// One family nucleus in the public care section; what was done after the report date does not count.
void addToPublicCare(PublicCare& care, const FamilyNucleus& family, bool risk, const IndicatorSet& confirmed,
                     const ReportDate& on) {
    long inCare = 0;
    bool planned = false, visited = false;
    for (const Child& c : family.children) {
        if (on.after(c.birthDate)) continue;  // not born yet
        inCare += c.inProtection;
        planned = planned || (c.servicePlan && c.servicePlan->completedOn && !on.after(c.servicePlan->completedOn));
        visited = visited || std::any_of(c.visits.begin(), c.visits.end(),
                                         [&](const MonitoringVisit& v) { return on.withinYear(v.date); });
    }
    if (inCare == 0) return;
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
bool addNucleus(HouseholdShare& share, const FamilyNucleus& family, const ReportDate& on) {
    long children = 0;
    for (const Child& c : family.children) children += on.observatory.includes(c);
    if (children == 0 && !family.children.empty()) return false;  // every child turned 18 (or is not born)
    const bool sheet = family.sheet && !on.after(family.sheet->filledOn);
    const bool risk = family.risk && !on.after(family.risk->visitedOn);
    const IndicatorSet observed = sheet ? observedSet(family) : IndicatorSet{};
    const IndicatorSet confirmed = risk ? confirmedSet(family) : IndicatorSet{};
    share.observed |= observed;
    share.confirmed |= confirmed;
    share.children += children;
    if (observed.any() || confirmed.any())
        for (const Child& c : family.children) {
            if (!on.observatory.includes(c)) continue;
            const IndicatorSet directObserved = directlyExposed(c.exposedObserved, observed);
            const IndicatorSet directConfirmed = directlyExposed(c.exposedConfirmed, confirmed);
            if (directObserved.any()) share.directlyObserved.push_back(directObserved);
            if (directConfirmed.any()) share.directlyConfirmed.push_back(directConfirmed);
        }
    addActivity(share, family, sheet, risk, observed, confirmed, children, on);
    addToPublicCare(share.publicCare, family, risk, confirmed, on);
    return true;
}

// Counts the household's share into `share`, whose lists keep their room (one share can serve a
// whole report).
void countShare(HouseholdShare& share, const Household& household, const ReportDate& on) {
    share.children = 0;
    share.observed.reset();
    share.confirmed.reset();
    share.directlyObserved.clear();
    share.directlyConfirmed.clear();
    share.activity.fill(0);
    share.registered.clear();
    share.publicCare = {};
    // A household with no nucleus recorded yet counts (it is still to be completed); one whose
    // every nucleus is out of the Observatory does not.
    share.counted = household.families.empty();
    for (const FamilyNucleus& family : household.families) share.counted |= addNucleus(share, family, on);
}

void addFigures(IndicatorFigures& f, long children, long sign) {
    f.households += sign;
    f.childrenInHouseholds += sign * children;
}

// Adds one household's share to a Table A / Table B column (sign -1 takes it out).
void addToColumn(VillageColumn& col, const HouseholdShare& share, long sign) {
    for (std::size_t r = 0; r < kActivityRowCount; ++r) col.activity[r] += sign * share.activity[r];
    const auto& masks = catalogMasks();
    for (const auto& nucleus : share.registered) {
        const IndicatorSet& confirmed = nucleus.first;
        const long children = sign * nucleus.second;
        forEachIndicator(confirmed, [&](std::size_t i) { col.byRiskSituation[i] += children; });
        for (int d = 0; d < kDimensionCount; ++d)
            if ((confirmed & masks.dimension[d]).any()) col.byDimension[d] += children;
    }
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

}  // namespace

void Table1Tally::addHousehold(const IndicatorSet& set, long children, long sign) {
    if (set.none()) return;
    forEachIndicator(set, [&](std::size_t i) { addFigures(indicators_[i], children, sign); });
    const auto& masks = catalogMasks();
    for (int d = 0; d < kDimensionCount; ++d)
        if ((set & masks.dimension[d]).any()) addFigures(dimensions_[d], children, sign);
    addFigures(any_, children, sign);
}

void Table1Tally::addChild(const IndicatorSet& direct, long sign) {
    forEachIndicator(direct, [&](std::size_t i) { directly_[i] += sign; });
}

IndicatorFigures Table1Tally::indicatorFigures(std::size_t i) const {
    IndicatorFigures f = indicators_[i];
    if (indicator(i).childLevel) f.childrenDirectly = directly_[i];
    return f;
}

void ReportTotals::add(const HouseholdShare& share, long sign) {
    households += sign;
    children += sign * share.children;
    observed.addHousehold(share.observed, share.children, sign);
    confirmed.addHousehold(share.confirmed, share.children, sign);
    for (const IndicatorSet& direct : share.directlyObserved) observed.addChild(direct, sign);
    for (const IndicatorSet& direct : share.directlyConfirmed) confirmed.addChild(direct, sign);
    addToColumn(column, share, sign);
    addToPublicCare(publicCare, share.publicCare, sign);
}

void ReportCache::count(HouseholdShare& share, const Household& household, const ReportDate& on) {
    countShare(share, household, on);
    auto [it, added] = villageIndex_.try_emplace(household.village, villageNames_.size());
    if (added) {
        villageNames_.push_back(household.village);
        villages_.emplace_back();
    }
    share.village = it->second;
    ++recounted_;
}

void ReportCache::add(const HouseholdShare& share, long sign) {
    if (!share.counted) return;  // no child of the household is 0-17 any more
    commune_.add(share, sign);
    villages_[share.village].add(share, sign);
}

// Up to this many households replaced in place are counted again where they stand, without
// looking for them elsewhere in the previous plan.
constexpr std::size_t kFewReplaced = 64;

// The usual edit replaces a few households where they stand: count them again there.
void ReportCache::countReplaced(const Plan& plan, const ReportDate& on) {
    for (std::size_t i = 0; i < shares_.size(); ++i)
        if (!sameSnapshot(households_[i], plan.households[i])) {
            add(shares_[i], -1);
            count(shares_[i], *plan.households[i], on);
            add(shares_[i], +1);
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
        add(shares_[k], -1);
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
        } else {
            count(share, *household, on);
        }
        add(share, +1);
    }
    const auto at = [&](auto& v, std::size_t i) { return v.begin() + static_cast<std::ptrdiff_t>(i); };
    shares_.erase(at(shares_, first), at(shares_, oldEnd));
    shares_.insert(at(shares_, first), std::make_move_iterator(shares.begin()), std::make_move_iterator(shares.end()));
    households_.erase(at(households_, first), at(households_, oldEnd));
    households_.insert(at(households_, first), at(plan.households, first), at(plan.households, newEnd));
}

NeedsReport ReportCache::needsReport(const Plan& plan, const Date& asOf) {
    if (asOf_ != asOf) *this = ReportCache{};
    asOf_ = asOf;
    recounted_ = 0;
    const ReportDate on(asOf);
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

    // The villages no plan village names, in the order their first counted household stands.
    std::vector<std::string> unlisted;
    std::vector<bool> pending(villageNames_.size(), false);
    std::size_t missing = 0;
    for (std::size_t v = 0; v < villageNames_.size(); ++v) pending[v] = villages_[v].households > 0;
    for (const Village& v : plan.villages) {
        const auto it = villageIndex_.find(v.name);
        if (it != villageIndex_.end()) pending[it->second] = false;
    }
    for (bool p : pending) missing += p;
    for (std::size_t h = 0; h < shares_.size() && missing > 0; ++h)
        if (shares_[h].counted && pending[shares_[h].village]) {
            pending[shares_[h].village] = false;
            unlisted.push_back(villageNames_[shares_[h].village]);
            --missing;
        }
    return assemble(
        plan, asOf, commune_, [](const std::string&) { return true; },
        [&](const std::string& village) -> const VillageColumn* {
            const auto it = villageIndex_.find(village);
            return it == villageIndex_.end() ? nullptr : &villages_[it->second].column;
        },
        unlisted);
}

NeedsReport ReportCache::villageReport(const Plan& plan, const std::string& village) const {
    const auto it = villageIndex_.find(village);
    static const ReportTotals none;
    const ReportTotals& totals = it == villageIndex_.end() ? none : villages_[it->second];
    const bool listed =
        std::any_of(plan.villages.begin(), plan.villages.end(), [&](const Village& v) { return v.name == village; });
    std::vector<std::string> unlisted;
    if (!listed && totals.households > 0) unlisted.push_back(village);
    return assemble(
        plan, *asOf_, totals, [&](const std::string& name) { return name == village; },
        [&](const std::string&) { return &totals.column; }, unlisted);
}

NeedsReport needsReport(const Plan& plan, const Date& asOf) {
    const ReportDate on(asOf);
    HouseholdShare share;
    ReportTotals commune;
    // Each village's column, in the order its first counted household stands.
    std::unordered_map<std::string, std::size_t> index;
    std::vector<VillageColumn> columns;
    std::vector<std::string> names;
    for (const HouseholdPtr& household : plan.households) {
        countShare(share, *household, on);
        if (!share.counted) continue;  // no child of the household is 0-17 any more
        commune.add(share, +1);
        auto [it, added] = index.try_emplace(household->village, columns.size());
        if (added) {
            columns.emplace_back();
            names.push_back(household->village);
        }
        addToColumn(columns[it->second], share, +1);
    }
    std::vector<std::string> unlisted;
    for (const std::string& name : names)
        if (std::none_of(plan.villages.begin(), plan.villages.end(), [&](const Village& v) { return v.name == name; }))
            unlisted.push_back(name);
    return assemble(
        plan, asOf, commune, [](const std::string&) { return true; },
        [&](const std::string& village) -> const VillageColumn* {
            const auto it = index.find(village);
            return it == index.end() ? nullptr : &columns[it->second];
        },
        unlisted);
}

}  // namespace prevplan
