#include "core/model/rules.h"

#include <algorithm>
#include <cstring>

namespace prevplan {

namespace {

CatalogMasks buildMasks() {
    CatalogMasks m;
    m.parent.fill(-1);
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const Indicator& ind = indicator(i);
        m.parent[i] = ind.parent();
        m.catalog.set(i);
        if (ind.isRiskSituation()) m.riskSituations.set(i);
        else m.subItems.push_back(static_cast<int>(i));
        if (ind.childLevel) m.childLevel.set(i);
        if (ind.notifyDgaspc) m.notifyDgaspc.set(i);
        if (ind.dimension >= 1 && ind.dimension <= kDimensionCount) m.dimension[ind.dimension - 1].set(i);
    }
    return m;
}

}  // namespace

const CatalogMasks& catalogMasks() {
    static const CatalogMasks masks = buildMasks();
    return masks;
}

IndicatorSet withParents(IndicatorSet set) {
    const CatalogMasks& m = catalogMasks();
    // Parents are lettered indicators, never sub-items: one pass over the set's sub-items suffices.
    const IndicatorSet subItems = set & ~m.riskSituations;
    if (subItems.none()) return set;
    forEachIndicator(subItems, [&](std::size_t i) {
        if (m.parent[i] >= 0) set.set(static_cast<std::size_t>(m.parent[i]));
    });
    return set;
}

int riskSituationCount(const IndicatorSet& set) {
    return static_cast<int>((set & catalogMasks().riskSituations).count());
}

namespace {

// The catalog positions holding `wanted`, without their parents. Eight values at a time, one
// byte each: every report and list reads each family's sheet and verdicts this way.
template <typename Value>
IndicatorSet rawPositionsOf(const std::array<Value, kMaxIndicators>& values, Value wanted) {
    static_assert(sizeof(Value) == 1 && kMaxIndicators % 8 == 0 && kMaxIndicators <= 128, "bytes, in 64-bit words");
    static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the first value in a word's lowest byte");
    constexpr std::uint64_t kOnes = 0x0101010101010101, kLow7 = 0x7f7f7f7f7f7f7f7f;
    const std::uint64_t pattern = kOnes * static_cast<std::uint8_t>(wanted);
    std::uint64_t words[2] = {0, 0};
    for (std::size_t group = 0; group < kMaxIndicators / 8; ++group) {
        std::uint64_t eight;  // values group*8 … group*8+7 in one load, the first in the lowest byte
        std::memcpy(&eight, values.data() + group * 8, 8);
        const std::uint64_t differs = eight ^ pattern;
        // 0x80 in exactly the bytes equal to `wanted`, then byte b's flag moved to bit b.
        const std::uint64_t equal = ~(((differs & kLow7) + kLow7) | differs | kLow7);
        const std::uint64_t bits = ((equal >> 7) * 0x0102040810204080) >> 56;
        words[group / 8] |= bits << (8 * (group % 8));
    }
    const IndicatorSet set = IndicatorSet{words[0]} | (IndicatorSet{words[1]} << 64);
    return set & catalogMasks().catalog;
}

// The same with their parents.
template <typename Value>
IndicatorSet positionsOf(const std::array<Value, kMaxIndicators>& values, Value wanted) {
    return withParents(rawPositionsOf(values, wanted));
}

}  // namespace

IndicatorSet observedSet(const FamilyNucleus& family) {
    return family.sheet ? positionsOf(family.sheet->answers, Answer::Yes) : IndicatorSet{};
}

IndicatorSet confirmedSet(const FamilyNucleus& family) {
    return family.risk ? positionsOf(family.risk->verdicts, Verdict::Confirmed) : IndicatorSet{};
}

int suspicionCount(const FamilyNucleus& family) { return riskSituationCount(observedSet(family)); }

int confirmedRiskCount(const FamilyNucleus& family) { return riskSituationCount(confirmedSet(family)); }

IndicatorSet unjudgedSuspicions(const FamilyNucleus& family) {
    const IndicatorSet judged =
        family.risk ? catalogMasks().catalog & ~rawPositionsOf(family.risk->verdicts, Verdict::NotAssessed)
                    : IndicatorSet{};
    return observedSet(family) & ~judged & ~confirmedSet(family);
}

IndicatorSet heldRisks(const FamilyNucleus& family) { return confirmedSet(family) | unjudgedSuspicions(family); }

int householdRiskCount(const Household& household) {
    IndicatorSet held;
    for (const FamilyNucleus& f : household.families) held |= heldRisks(f);
    return riskSituationCount(held);
}

bool urgentHousehold(const Household& household) { return householdRiskCount(household) > kUrgentRiskSituations; }

bool hasChildInProtection(const FamilyNucleus& family) {
    return std::any_of(family.children.begin(), family.children.end(), [](const Child& c) { return c.inProtection; });
}

bool needsRiskIdentification(const FamilyNucleus& family) {
    return observedSet(family).any() || hasChildInProtection(family);
}

bool inRegistry(const FamilyNucleus& family) { return confirmedSet(family).any(); }

std::optional<Date> eighteenthBirthday(const Child& child) {
    if (!child.birthDate) return std::nullopt;
    const Date& b = *child.birthDate;
    // Day 1 of the month plus (day - 1): 29 February in a common year becomes 1 March.
    return Date{b.year + 18, b.month, 1}.addDays(b.day - 1);
}

std::optional<Date> turned18By(const Child& child, const Date& on) {
    const auto birthday = eighteenthBirthday(child);
    if (birthday && *birthday <= on) return birthday;
    return std::nullopt;
}

bool inObservatoryOn(const Child& child, const Date& on) {
    return !child.birthDate || (*child.birthDate <= on && !turned18By(child, on));
}

// The 18th birthday grows with the birth date (29 February and 1 March share theirs), so the
// children who turned 18 by `on` are those born by the same day 18 years earlier, clamped to the
// month (on 29 February 2028, by 28 February 2010: a child born on 1 March 2010 is still 17).
ObservatoryDay::ObservatoryDay(const Date& on)
    : lastBorn_(dateOrder(on)), lastTurned18_(dateOrder(on.addMonths(-18 * 12))) {}

AgeOnDay ObservatoryDay::ageOf(const Child& child) const {
    return child.birthDate ? ageOfBornOn(dateOrder(*child.birthDate)) : AgeOnDay::Minor;
}

bool outOfObservatoryOn(const FamilyNucleus& family, const Date& on) {
    if (family.children.empty()) return false;
    for (const Child& c : family.children)
        if (inObservatoryOn(c, on)) return false;
    return true;
}

std::optional<Date> sheetReceivedOn(const ObservationSheet& sheet) {
    return sheet.receivedOn ? sheet.receivedOn : sheet.filledOn;
}

IndicatorSet standingSuspicions(const FamilyNucleus& family) {
    if (!family.sheet) return {};
    const IndicatorSet rejected =
        family.risk ? rawPositionsOf(family.risk->verdicts, Verdict::Rejected) : IndicatorSet{};
    return withParents(rawPositionsOf(family.sheet->answers, Answer::Yes) & ~rejected);
}

IndicatorSet abuseSignals(const FamilyNucleus& family) {
    return (standingSuspicions(family) | confirmedSet(family)) & catalogMasks().notifyDgaspc;
}

bool riskIdentifiedSinceSheet(const FamilyNucleus& family) {
    const auto& risk = family.risk;
    if (!risk || !risk->visitedOn) return false;
    if (!family.sheet) return true;  // a family of a child in protection: the visit needs no sheet first
    const auto& filled = family.sheet->filledOn;
    return !filled || *risk->visitedOn >= *filled;
}

bool abuseVisitPending(const FamilyNucleus& family) {
    return (standingSuspicions(family) & catalogMasks().notifyDgaspc).any() && !riskIdentifiedSinceSheet(family);
}

int monitoringIntervalMonths(int confirmedRisks) {
    if (confirmedRisks <= 0) return 0;
    if (confirmedRisks <= 5) return 12;
    if (confirmedRisks <= 10) return 6;
    return 3;
}

namespace {

// The date the monitoring cycle counts from.
std::optional<Date> monitoringBase(const FamilyNucleus& family, const Child& child) {
    std::optional<Date> last;
    for (const auto& v : child.visits)
        if (!last || v.date > *last) last = v.date;
    if (last) return last;
    if (child.servicePlan && child.servicePlan->approvedOn) return child.servicePlan->approvedOn;
    if (child.registeredOn) return child.registeredOn;
    return family.risk ? family.risk->visitedOn : std::nullopt;
}

}  // namespace

std::optional<Date> nextMonitoringVisit(const FamilyNucleus& family, const Child& child) {
    const int months = monitoringIntervalMonths(confirmedRiskCount(family));
    const auto base = monitoringBase(family, child);
    if (months == 0 || !base) return std::nullopt;
    return base->addMonths(months);
}

IndicatorSet directlyExposed(const IndicatorSet& childExposure, const IndicatorSet& familySet) {
    const IndicatorSet& childLevel = catalogMasks().childLevel;
    return withParents(childExposure & childLevel) & childLevel & familySet;
}

RiskBucket riskBucket(int confirmedRisks) {
    if (confirmedRisks <= 1) return RiskBucket::One;
    if (confirmedRisks <= 5) return RiskBucket::TwoToFive;
    if (confirmedRisks <= 10) return RiskBucket::SixToTen;
    return RiskBucket::MoreThanTen;
}

const char* riskBucketKey(RiskBucket bucket) {
    switch (bucket) {
        case RiskBucket::One: return "1";
        case RiskBucket::TwoToFive: return "2-5";
        case RiskBucket::SixToTen: return "6-10";
        case RiskBucket::MoreThanTen: return "11+";
    }
    return "";
}

}  // namespace prevplan
