#include "core/planning.h"

namespace prevplan {

bool Planning::empty() const {
    return candidates.empty() && weights == defaultWeights() && rounds.empty() && startYear == 0 && periodYears == 5 &&
           generalObjective.empty() && objectives.empty() && actions.empty() && actionPlans.empty() && spasStaff == 0 &&
           caseload == CaseloadRule::CaseOfficer25 && amendments.empty();
}

template <typename T>
static const T* findById(const std::vector<T>& items, const Id& id) {
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

const Candidate* findCandidate(const Planning& p, const Id& id) { return findById(p.candidates, id); }
const PlanObjective* findObjective(const Planning& p, const Id& id) { return findById(p.objectives, id); }

}  // namespace prevplan
