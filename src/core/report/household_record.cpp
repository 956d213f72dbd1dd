#include "core/report/household_record.h"

#include "core/model/rules.h"

namespace prevplan {

namespace {

std::int32_t dayOf(const Date& d) { return static_cast<std::int32_t>(dateOrder(d)); }

// When the record was made, for a record that may be missing or undated.
template <typename Record, typename DateOf>
std::int32_t madeOn(const std::optional<Record>& record, DateOf&& dateOf) {
    if (!record) return NucleusRecord::kMissing;
    const std::optional<Date>& on = dateOf(*record);
    return on ? dayOf(*on) : NucleusRecord::kUndated;
}

void addExposure(HouseholdRecord& record, std::size_t child, bool confirmed, const IndicatorSet& exposure,
                 const IndicatorSet& familySet) {
    if (exposure.none()) return;
    const IndicatorSet direct = directlyExposed(exposure, familySet);
    if (direct.any()) record.exposures.push_back({static_cast<std::uint32_t>(child), confirmed, direct});
}

}  // namespace

void recordHousehold(HouseholdRecord& record, const Household& household) {
    record.nuclei.clear();
    record.children.clear();
    record.exposures.clear();
    record.visits.clear();
    for (const FamilyNucleus& family : household.families) {
        NucleusRecord n;
        n.sheetFilled = madeOn(
            family.sheet, [](const ObservationSheet& s) -> const auto& { return s.filledOn; });
        n.riskVisited = madeOn(
            family.risk, [](const RiskIdentification& r) -> const auto& { return r.visitedOn; });
        n.observed = observedSet(family);
        n.confirmed = confirmedSet(family);
        n.firstChild = static_cast<std::uint32_t>(record.children.size());
        n.firstExposure = static_cast<std::uint32_t>(record.exposures.size());
        for (const Child& c : family.children) {
            ChildRecord child;
            if (c.birthDate) child.born = dayOf(*c.birthDate);
            if (c.servicePlan && c.servicePlan->completedOn) child.planCompleted = dayOf(*c.servicePlan->completedOn);
            child.firstVisit = static_cast<std::uint32_t>(record.visits.size());
            child.visits = static_cast<std::uint32_t>(c.visits.size());
            for (const MonitoringVisit& v : c.visits) record.visits.push_back(dayOf(v.date));
            child.inProtection = c.inProtection;
            addExposure(record, record.children.size(), false, c.exposedObserved, n.observed);
            addExposure(record, record.children.size(), true, c.exposedConfirmed, n.confirmed);
            record.children.push_back(child);
        }
        n.endChild = static_cast<std::uint32_t>(record.children.size());
        n.endExposure = static_cast<std::uint32_t>(record.exposures.size());
        record.nuclei.push_back(n);
    }
}

}  // namespace prevplan
