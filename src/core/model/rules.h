#pragma once
// The methodology's rules on one family nucleus (World Bank 2018, section 1.1.1, 1.1.4.4, 4.2):
// what the Observation Sheet suspects, what the risk identification confirms, who enters the
// Registry, how often a registry child is visited.
//
// Indicator sets are over catalog positions and always "effective": a sub-item (1.a.1, 3.h1.4 …)
// that holds also sets its lettered parent (1.a, 3.h1 …). Only lettered indicators — the risk
// situations — are counted, so a sub-item never counts twice.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/model/model.h"

namespace prevplan {

// Catalog facts the rules need on every family, precomputed once as bit masks.
struct CatalogMasks {
    IndicatorSet riskSituations;  // lettered indicators (parent < 0)
    IndicatorSet childLevel;
    IndicatorSet notifyDgaspc;
    std::array<IndicatorSet, kDimensionCount> dimension;  // [0] is dimension 1
    std::vector<int> subItems;                            // catalog positions with a parent
    std::array<int, kMaxIndicators> parent;               // each position's parent, or -1
    IndicatorSet catalog;                                 // every position the catalog fills
};
const CatalogMasks& catalogMasks();

// Calls f(i) for every catalog position i in the set, in order. Its time follows the number of
// positions set, not the catalog's size: reports over 100,000 children walk mostly empty sets.
template <typename F>
void forEachIndicator(const IndicatorSet& set, F&& f) {
    static_assert(kMaxIndicators <= 128, "an indicator set fits in two 64-bit words");
    const IndicatorSet lowWord{~std::uint64_t{0}};
    const std::uint64_t words[2] = {(set & lowWord).to_ullong(), (set >> 64).to_ullong()};
    for (std::size_t w = 0; w < 2; ++w)
        for (std::uint64_t bits = words[w]; bits != 0; bits &= bits - 1)
            f(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits)));
}

// Adds the lettered parent of every sub-item in the set.
IndicatorSet withParents(IndicatorSet set);
// Number of risk situations (lettered indicators) in an effective set.
int riskSituationCount(const IndicatorSet& set);

// Observatory: indicators answered Yes on the current Observation Sheet (suspicions).
IndicatorSet observedSet(const FamilyNucleus& family);
// Risk identification: indicators the home visit confirmed.
IndicatorSet confirmedSet(const FamilyNucleus& family);
int suspicionCount(const FamilyNucleus& family);
int confirmedRiskCount(const FamilyNucleus& family);

// Risk identification: the sheet's suspicions the home visit has not judged yet (all of them
// before the visit).
IndicatorSet unjudgedSuspicions(const FamilyNucleus& family);
// What the needs analysis holds for a nucleus: confirmed risks plus unjudged suspicions.
IndicatorSet heldRisks(const FamilyNucleus& family);

// "Over 10 risk situations" marks the households most exposed to separation, whose children come
// first (sections 1.1.4.3 and 2 of the methodology: "households with children which ... cumulated
// over 10 risk situations"). The unit is the household, its family nuclei together, as the census
// counts risks per household (Table 13). The one definition the gap analysis, priority setting
// and the action plan share.
constexpr int kUrgentRiskSituations = 10;
int householdRiskCount(const Household& household);  // risk situations held, nuclei together
bool urgentHousehold(const Household& household);    // more than kUrgentRiskSituations

// The Observatory covers children 0-17 (section 1.1.1: "all children (0-17 years old)"; A2.2:
// "children in the household (<18 years)"), at whatever date it is looked at: a child leaves it,
// and with it the Registry, the report's counts and the work queue, on the 18th birthday. The
// record stays. A child born on 29 February turns 18 on 1 March (as ageInYears counts).
std::optional<Date> eighteenthBirthday(const Child& child);  // none without a birth date
// The 18th birthday when it falls on or before `on`: the child left the Observatory that day.
std::optional<Date> turned18By(const Child& child, const Date& on);
// A child of the Observatory on `on`: born by then and not yet 18. Without a birth date, counted.
bool inObservatoryOn(const Child& child, const Date& on);
// Orders dates as the calendar does, without counting days (a valid date's month and day fit in 9
// bits): what a report compares its dates with, once per child, visit and sheet.
constexpr long dateOrder(const Date& d) { return (static_cast<long>(d.year) * 16 + d.month) * 32 + d.day; }

// Where a child stands on a day; without a birth date, a child counts as 0-17.
enum class AgeOnDay { Unborn, Minor, Adult };
// inObservatoryOn for many children on one day (the report): the birth dates of the children
// 0-17 that day form one interval, found once, so each child costs one comparison or two.
class ObservatoryDay {
public:
    explicit ObservatoryDay(const Date& on);
    AgeOnDay ageOf(const Child& child) const;
    // The same for a birth date given as its dateOrder().
    AgeOnDay ageOfBornOn(long born) const {
        return born > lastBorn_ ? AgeOnDay::Unborn : born > lastTurned18_ ? AgeOnDay::Minor : AgeOnDay::Adult;
    }
    bool includes(const Child& child) const { return ageOf(child) == AgeOnDay::Minor; }

private:
    long lastBorn_;      // the day `on` itself
    long lastTurned18_;  // the last birth date whose 18th birthday falls by `on`
};
// A nucleus with children, none of whom is in the Observatory on `on` (a nucleus with no child
// recorded yet is not out: it is still to be completed).
bool outOfObservatoryOn(const FamilyNucleus& family, const Date& on);

// The day the 72 hours for the home visit start: when SPAS received the sheet, else when it was
// filled in (GD 691 art. 8: "within 72 hours of completing or receiving").
std::optional<Date> sheetReceivedOn(const ObservationSheet& sheet);
constexpr int kRiskIdentificationDays = 3;  // 72 hours

// Yes answers the risk identification has not rejected, with their parents.
IndicatorSet standingSuspicions(const FamilyNucleus& family);
// Abuse, neglect, exploitation or violence (the catalog's notifyDgaspc indicators) suspected and
// not rejected, or confirmed: what the Observatory and the household mark.
IndicatorSet abuseSignals(const FamilyNucleus& family);
// The home visit answered the current sheet (a visit older than the sheet answered an earlier one).
bool riskIdentifiedSinceSheet(const FamilyNucleus& family);
// Suspected on the sheet and the home visit not yet made: the visit within 72 hours is urgent.
bool abuseVisitPending(const FamilyNucleus& family);

// A child of the family is in the special protection system (Child::inProtection).
bool hasChildInProtection(const FamilyNucleus& family);
// A risk identification visit is needed once the sheet raises at least one suspicion, and always
// for the family of a child in special protection (section 1.1.2, the DGASPC's list i).
bool needsRiskIdentification(const FamilyNucleus& family);
// The Registry of at-risk children holds every child of a nucleus with a confirmed risk situation.
bool inRegistry(const FamilyNucleus& family);

// Monitoring visits by number of confirmed risk situations (PrevPlan follows section 1.1.4.4,
// which covers exactly 5): 1–5 every 12 months, 6–10 every 6, more than 10 every 3; 0 → none.
int monitoringIntervalMonths(int confirmedRisks);
// Last visit (or, before any visit, service plan approval, then registration, then the risk
// identification visit) plus the interval; none when nothing is confirmed or no date is known.
std::optional<Date> nextMonitoringVisit(const FamilyNucleus& family, const Child& child);

// Children directly exposed: the child-level indicators recorded for this child that also hold
// for the family. Recording a sub-item (4.i.1) exposes the child to its parent (4.i) as well.
IndicatorSet directlyExposed(const IndicatorSet& childExposure, const IndicatorSet& familySet);

// Report buckets by number of confirmed risk situations: 1, 2–5, 6–10, more than 10.
enum class RiskBucket { One, TwoToFive, SixToTen, MoreThanTen };
constexpr std::size_t kRiskBucketCount = 4;
// Call with count >= 1.
RiskBucket riskBucket(int confirmedRisks);
const char* riskBucketKey(RiskBucket bucket);  // "1", "2-5", "6-10", "11+"

}  // namespace prevplan
