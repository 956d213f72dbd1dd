#include "core/report/report.h"

#include <algorithm>
#include <unordered_map>

#include "core/report/report_cache.h"

namespace prevplan {

long NeedsReport::registryBucket(RiskBucket bucket) const {
    const auto first = static_cast<std::size_t>(ActivityRow::ConfirmedExactlyOne);
    return communeColumn().activity[first + static_cast<std::size_t>(bucket)];
}

namespace {

bool after(const std::optional<Date>& date, const Date& asOf) { return date && *date > asOf; }

// The report's date and the start of its "past 12 months" (Table A row 3, public care).
struct ReportDate {
    Date asOf, yearBefore;
    bool withinYear(const Date& d) const { return d <= asOf && d >= yearBefore; }
};

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
        if (after(c.birthDate, on.asOf)) continue;  // not born yet
        inCare += c.inProtection;
        planned = planned || (c.servicePlan && c.servicePlan->completedOn && *c.servicePlan->completedOn <= on.asOf);
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
    for (const Child& c : family.children) children += inObservatoryOn(c, on.asOf);
    if (children == 0 && !family.children.empty()) return false;  // every child turned 18 (or is not born)
    const bool sheet = family.sheet && !after(family.sheet->filledOn, on.asOf);
    const bool risk = family.risk && !after(family.risk->visitedOn, on.asOf);
    const IndicatorSet observed = sheet ? observedSet(family) : IndicatorSet{};
    const IndicatorSet confirmed = risk ? confirmedSet(family) : IndicatorSet{};
    share.observed |= observed;
    share.confirmed |= confirmed;
    share.children += children;
    if (observed.any() || confirmed.any())
        for (const Child& c : family.children) {
            if (!inObservatoryOn(c, on.asOf)) continue;
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

ReportDate reportDate(const Date& asOf) { return {asOf, asOf.addMonths(-12)}; }

// Table 1 counts for one way of counting (suspicions or confirmations). Walks only the indicators
// a household or child holds, which are few.
class Table1Tally {
public:
    void addHousehold(const IndicatorSet& set, long children) {
        if (set.none()) return;
        forEachIndicator(set, [&](std::size_t i) { add(indicators_[i], children); });
        const auto& masks = catalogMasks();
        for (int d = 0; d < kDimensionCount; ++d)
            if ((set & masks.dimension[d]).any()) add(dimensions_[d], children);
        add(any_, children);
    }

    void addChild(const IndicatorSet& direct) {
        forEachIndicator(direct, [&](std::size_t i) { ++directly_[i]; });
    }

    IndicatorFigures indicatorFigures(std::size_t i) const {
        IndicatorFigures f = indicators_[i];
        if (indicator(i).childLevel) f.childrenDirectly = directly_[i];
        return f;
    }
    const IndicatorFigures& dimensionFigures(int number) const { return dimensions_[number - 1]; }
    const IndicatorFigures& anyFigures() const { return any_; }

private:
    static void add(IndicatorFigures& f, long children) {
        ++f.households;
        f.childrenInHouseholds += children;
    }

    std::array<IndicatorFigures, kMaxIndicators> indicators_{};
    std::array<long, kMaxIndicators> directly_{};
    std::array<IndicatorFigures, kDimensionCount> dimensions_{};
    IndicatorFigures any_;
};

// Adds one household's share to a Table A / Table B column.
void addToColumn(VillageColumn& col, const HouseholdShare& share) {
    for (std::size_t r = 0; r < kActivityRowCount; ++r) col.activity[r] += share.activity[r];
    const auto& masks = catalogMasks();
    for (const auto& nucleus : share.registered) {
        const IndicatorSet& confirmed = nucleus.first;
        const long children = nucleus.second;
        forEachIndicator(confirmed, [&](std::size_t i) { col.byRiskSituation[i] += children; });
        for (int d = 0; d < kDimensionCount; ++d)
            if ((confirmed & masks.dimension[d]).any()) col.byDimension[d] += children;
    }
}

void addToPublicCare(PublicCare& care, const PublicCare& share) {
    care.children += share.children;
    care.families += share.families;
    care.riskIdentified += share.riskIdentified;
    care.confirmed += share.confirmed;
    care.servicePlan += share.servicePlan;
    care.visitedLast12Months += share.visitedLast12Months;
}

// The columns of Tables A and B, found by village name in O(1).
class Columns {
public:
    explicit Columns(const Plan& plan) {
        columns_.emplace_back();
        bool insKnown = !plan.villages.empty();
        long insTotal = 0;
        for (const Village& v : plan.villages) {
            column(v.name).insChildren = v.insChildren;
            insKnown = insKnown && v.insChildren;
            insTotal += v.insChildren.value_or(0);
        }
        if (insKnown) columns_.front().insChildren = insTotal;
    }

    VillageColumn& commune() { return columns_.front(); }

    VillageColumn& column(const std::string& village) {
        auto [it, added] = index_.try_emplace(village, columns_.size());
        if (added) {
            columns_.emplace_back();
            columns_.back().village = village;
        }
        return columns_[it->second];
    }

    std::vector<VillageColumn> take() { return std::move(columns_); }

private:
    std::vector<VillageColumn> columns_;
    std::unordered_map<std::string, std::size_t> index_;
};

// The report as the sum of the households' shares, shareOf(h) for plan.households[h].
template <typename ShareOf>
NeedsReport sumShares(const Plan& plan, const Date& asOf, ShareOf&& shareOf) {
    NeedsReport report;
    report.planId = plan.id;
    report.commune = plan.commune;
    report.demo = plan.demo;
    report.asOf = asOf;

    Columns columns(plan);
    Table1Tally observedTally, confirmedTally;
    for (std::size_t h = 0; h < plan.households.size(); ++h) {
        const HouseholdShare& share = shareOf(h);
        if (!share.counted) continue;  // no child of the household is 0-17 any more
        ++report.households;
        report.children += share.children;
        observedTally.addHousehold(share.observed, share.children);
        confirmedTally.addHousehold(share.confirmed, share.children);
        for (const IndicatorSet& direct : share.directlyObserved) observedTally.addChild(direct);
        for (const IndicatorSet& direct : share.directlyConfirmed) confirmedTally.addChild(direct);
        addToColumn(columns.commune(), share);
        addToColumn(columns.column(plan.households[h]->village), share);
        addToPublicCare(report.publicCare, share.publicCare);
    }
    report.columns = columns.take();
    if (!plan.resources.childrenInProtection.empty()) {
        long listed = 0;
        for (const ProtectedChildren& p : plan.resources.childrenInProtection) listed += p.children;
        report.publicCare.dgaspcList = listed;
    }

    for (std::size_t i = 0; i < indicatorCount(); ++i)
        report.table1.push_back({indicator(i).code, static_cast<int>(i), observedTally.indicatorFigures(i),
                                 confirmedTally.indicatorFigures(i)});
    for (int d = 1; d <= kDimensionCount; ++d)
        report.table1.push_back(
            {std::to_string(d), -1, observedTally.dimensionFigures(d), confirmedTally.dimensionFigures(d)});
    report.table1.push_back({"any", -1, observedTally.anyFigures(), confirmedTally.anyFigures()});
    return report;
}

}  // namespace

// Up to this many households replaced in place are counted again where they stand, without
// looking for them elsewhere in the previous plan.
constexpr std::size_t kFewReplaced = 64;

NeedsReport ReportCache::needsReport(const Plan& plan, const Date& asOf) {
    if (asOf_ != asOf) {
        households_.clear();
        shares_.clear();
        asOf_ = asOf;
    }
    recounted_ = 0;
    const ReportDate on = reportDate(asOf);
    auto same = [](const std::weak_ptr<const Household>& kept, const HouseholdPtr& h) {
        return !kept.owner_before(h) && !h.owner_before(kept);
    };
    const auto& households = plan.households;
    std::size_t replaced = 0;
    if (households.size() == households_.size())
        for (std::size_t i = 0; i < households.size(); ++i) replaced += !same(households_[i], households[i]);
    if (households.size() == households_.size() && replaced <= kFewReplaced) {
        // The usual edit replaces a household where it stands: count it again there.
        for (std::size_t i = 0; i < households.size(); ++i)
            if (!same(households_[i], households[i])) {
                countShare(shares_[i], *households[i], on);
                households_[i] = households[i];
                ++recounted_;
            }
    } else {
        // Households added, removed or moved: find each previous share by address, and take it once.
        std::unordered_map<const Household*, std::size_t> byAddress;
        for (std::size_t k = 0; k < households_.size(); ++k)
            if (const HouseholdPtr alive = households_[k].lock()) byAddress.emplace(alive.get(), k);
        std::vector<HouseholdShare> shares(households.size());
        for (std::size_t i = 0; i < households.size(); ++i) {
            const auto found = byAddress.find(households[i].get());
            if (found != byAddress.end() && same(households_[found->second], households[i])) {
                shares[i] = std::move(shares_[found->second]);
                households_[found->second].reset();
            } else {
                countShare(shares[i], *households[i], on);
                ++recounted_;
            }
        }
        households_.assign(households.begin(), households.end());
        shares_ = std::move(shares);
    }
    return sumShares(plan, asOf, [&](std::size_t h) -> const HouseholdShare& { return shares_[h]; });
}

NeedsReport needsReport(const Plan& plan, const Date& asOf) {
    const ReportDate on = reportDate(asOf);
    HouseholdShare share;
    return sumShares(plan, asOf, [&](std::size_t h) -> const HouseholdShare& {
        countShare(share, *plan.households[h], on);
        return share;
    });
}

}  // namespace prevplan
