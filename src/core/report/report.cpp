#include "core/report/report.h"

#include <algorithm>
#include <unordered_map>

namespace prevplan {

long NeedsReport::registryBucket(RiskBucket bucket) const {
    const auto first = static_cast<std::size_t>(ActivityRow::ConfirmedExactlyOne);
    return communeColumn().activity[first + static_cast<std::size_t>(bucket)];
}

namespace {

// Table 1 counts for one way of counting (suspicions or confirmations).
class Table1Tally {
public:
    void addHousehold(const IndicatorSet& set, long children) {
        if (set.none()) return;
        const std::size_t n = indicatorCount();
        for (std::size_t i = 0; i < n; ++i)
            if (set[i]) add(indicators_[i], children);
        const auto& masks = catalogMasks();
        for (int d = 0; d < kDimensionCount; ++d)
            if ((set & masks.dimension[d]).any()) add(dimensions_[d], children);
        add(any_, children);
    }

    void addChild(const IndicatorSet& direct) {
        if (direct.none()) return;
        const std::size_t n = indicatorCount();
        for (std::size_t i = 0; i < n; ++i)
            if (direct[i]) ++directly_[i];
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

// The family nucleus as it stood on the report date (every row counts "at the time of drafting
// the report", A2.4): a sheet or a risk identification dated later had not been made yet, a child
// born later was not born. Undated records count. Returns `family` itself when nothing is later,
// else a trimmed copy held in `scratch`.
const FamilyNucleus& asOfView(const FamilyNucleus& family, const Date& asOf, FamilyNucleus& scratch) {
    auto after = [&](const std::optional<Date>& d) { return d && *d > asOf; };
    const bool laterSheet = family.sheet && after(family.sheet->filledOn);
    const bool laterRisk = family.risk && after(family.risk->visitedOn);
    const bool laterChild =
        std::any_of(family.children.begin(), family.children.end(), [&](const Child& c) { return after(c.birthDate); });
    if (!laterSheet && !laterRisk && !laterChild) return family;
    scratch = family;
    if (laterSheet) scratch.sheet.reset();
    if (laterRisk) scratch.risk.reset();
    scratch.children.erase(std::remove_if(scratch.children.begin(), scratch.children.end(),
                                          [&](const Child& c) { return after(c.birthDate); }),
                           scratch.children.end());
    return scratch;
}

// Children of the nucleus aged 0-17 at the report date: "at the time of drafting the report" (A2.4).
long childrenOn(const FamilyNucleus& family, const Date& asOf) {
    long n = 0;
    for (const Child& c : family.children) n += inObservatoryOn(c, asOf);
    return n;
}

// Adds one family nucleus's children to a Table A / Table B column.
void addFamily(VillageColumn& col, const FamilyNucleus& family, const IndicatorSet& observed,
               const IndicatorSet& confirmed, const Date& asOf) {
    const long n = childrenOn(family, asOf);
    col[ActivityRow::InObservatory] += n;
    if (family.sheet) {
        col[ActivityRow::ObservationSheet] += n;
        const auto& filled = family.sheet->filledOn;
        if (filled && *filled <= asOf && *filled >= asOf.addMonths(-12)) col[ActivityRow::ObservationSheetRecent] += n;
    }
    if (observed.any()) col[ActivityRow::Suspected] += n;
    if (family.risk) col[ActivityRow::RiskIdentification] += n;
    const int confirmedRisks = riskSituationCount(confirmed);
    if (confirmedRisks == 0) {
        if (family.risk) col[ActivityRow::NoneConfirmed] += n;
        return;
    }
    col[ActivityRow::ConfirmedAtLeastOne] += n;
    col.activity[static_cast<std::size_t>(ActivityRow::ConfirmedExactlyOne) +
                 static_cast<std::size_t>(riskBucket(confirmedRisks))] += n;
    col[ActivityRow::InRegistry] += n;
    const std::size_t count = indicatorCount();
    for (std::size_t i = 0; i < count; ++i)
        if (confirmed[i]) col.byRiskSituation[i] += n;
    const auto& masks = catalogMasks();
    for (int d = 0; d < kDimensionCount; ++d)
        if ((confirmed & masks.dimension[d]).any()) col.byDimension[d] += n;
}

// One family nucleus in the public care section; what was done after the report date does not count.
void addToPublicCare(PublicCare& care, const FamilyNucleus& family, const IndicatorSet& confirmed, const Date& asOf) {
    const auto inCare =
        std::count_if(family.children.begin(), family.children.end(), [](const Child& c) { return c.inProtection; });
    if (inCare == 0) return;
    care.children += static_cast<long>(inCare);
    ++care.families;
    if (family.risk) ++care.riskIdentified;
    if (confirmed.any()) ++care.confirmed;
    const auto byThen = [&](const std::optional<Date>& d) { return d && *d <= asOf; };
    const bool planned = std::any_of(family.children.begin(), family.children.end(), [&](const Child& c) {
        return c.servicePlan && byThen(c.servicePlan->completedOn);
    });
    const Date yearBefore = asOf.addMonths(-12);
    const bool visited = std::any_of(family.children.begin(), family.children.end(), [&](const Child& c) {
        return std::any_of(c.visits.begin(), c.visits.end(),
                           [&](const MonitoringVisit& v) { return v.date <= asOf && v.date >= yearBefore; });
    });
    if (planned) ++care.servicePlan;
    if (visited) ++care.visitedLast12Months;
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

}  // namespace

NeedsReport needsReport(const Plan& plan, const Date& asOf) {
    NeedsReport report;
    report.planId = plan.id;
    report.commune = plan.commune;
    report.demo = plan.demo;
    report.asOf = asOf;

    Columns columns(plan);
    Table1Tally observedTally, confirmedTally;
    FamilyNucleus scratch;
    for (const auto& household : plan.households) {
        const auto& families = household->families;
        if (!families.empty() && std::all_of(families.begin(), families.end(),
                                             [&](const FamilyNucleus& f) { return outOfObservatoryOn(f, asOf); }))
            continue;  // no child of the household is 0-17 any more
        VillageColumn& village = columns.column(household->village);
        IndicatorSet householdObserved, householdConfirmed;
        long householdChildren = 0;
        for (const FamilyNucleus& recorded : household->families) {
            if (outOfObservatoryOn(recorded, asOf)) continue;  // every child turned 18
            const FamilyNucleus& family = asOfView(recorded, asOf, scratch);
            const IndicatorSet observed = observedSet(family);
            const IndicatorSet confirmed = confirmedSet(family);
            householdObserved |= observed;
            householdConfirmed |= confirmed;
            householdChildren += childrenOn(family, asOf);
            addFamily(columns.commune(), family, observed, confirmed, asOf);
            addFamily(village, family, observed, confirmed, asOf);
            addToPublicCare(report.publicCare, family, confirmed, asOf);
            for (const Child& child : family.children) {
                if (!inObservatoryOn(child, asOf)) continue;
                observedTally.addChild(directlyExposed(child.exposedObserved, observed));
                confirmedTally.addChild(directlyExposed(child.exposedConfirmed, confirmed));
            }
        }
        observedTally.addHousehold(householdObserved, householdChildren);
        confirmedTally.addHousehold(householdConfirmed, householdChildren);
        ++report.households;
        report.children += householdChildren;
    }
    report.columns = columns.take();
    if (!plan.resources.childrenInProtection.empty()) {
        long listed = 0;
        for (const ProtectedChildren& p : plan.resources.childrenInProtection) listed += p.children;
        report.publicCare.dgaspcList = listed;
    }

    for (std::size_t i = 0; i < indicatorCount(); ++i)
        report.table1.push_back(
            {indicator(i).code, static_cast<int>(i), observedTally.indicatorFigures(i), confirmedTally.indicatorFigures(i)});
    for (int d = 1; d <= kDimensionCount; ++d)
        report.table1.push_back(
            {std::to_string(d), -1, observedTally.dimensionFigures(d), confirmedTally.dimensionFigures(d)});
    report.table1.push_back({"any", -1, observedTally.anyFigures(), confirmedTally.anyFigures()});
    return report;
}

}  // namespace prevplan
