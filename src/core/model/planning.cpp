#include "core/model/planning.h"

#include <algorithm>

namespace prevplan {

bool Planning::empty() const {
    return candidates.empty() && weights == defaultWeights() && rounds.empty() && startYear == 0 && periodYears == 5 &&
           generalObjective.empty() && objectives.empty() && actions.empty() && actionPlans.empty() && spasStaff == 0 &&
           caseload == CaseloadRule::PreventionOfficer30 && amendments.empty();
}

namespace {

template <typename T>
const T* findById(const std::vector<T>& items, const Id& id) {
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

}  // namespace

const Candidate* findCandidate(const Planning& p, const Id& id) { return findById(p.candidates, id); }
const PlanObjective* findObjective(const Planning& p, const Id& id) { return findById(p.objectives, id); }

bool candidateInRounds(const Planning& p, const Id& id) {
    for (const auto& r : p.rounds)
        for (const auto& o : r.opinions)
            if (o.candidate == id) return true;
    return false;
}

bool removeCandidate(Planning& p, const Id& id) {
    if (candidateInRounds(p, id)) return false;
    p.candidates.erase(std::remove_if(p.candidates.begin(), p.candidates.end(), [&](const Candidate& c) { return c.id == id; }),
                       p.candidates.end());
    for (auto& o : p.objectives)
        if (o.priority == id) o.priority.clear();
    for (auto& a : p.actions)
        if (a.priority == id) a.priority.clear();
    return true;
}

void setCost(Action& a, int year, long ron) {
    a.costs.erase(std::remove_if(a.costs.begin(), a.costs.end(), [&](const YearCost& c) { return c.year == year; }),
                  a.costs.end());
    if (ron <= 0) return;
    if (ron > kMaxCostRon) ron = kMaxCostRon;
    const auto at = std::find_if(a.costs.begin(), a.costs.end(), [&](const YearCost& c) { return c.year > year; });
    a.costs.insert(at, {year, ron});
}

void removeObjective(Planning& p, const Id& id) {
    p.objectives.erase(std::remove_if(p.objectives.begin(), p.objectives.end(), [&](const PlanObjective& o) { return o.id == id; }),
                       p.objectives.end());
    for (auto& a : p.actions)
        if (a.objective == id) a.objective.clear();
}

void removeAction(Planning& p, const Id& id) {
    p.actions.erase(std::remove_if(p.actions.begin(), p.actions.end(), [&](const Action& a) { return a.id == id; }),
                    p.actions.end());
}

namespace {

template <typename T>
long long linkedTo(const std::vector<T>& items, Id T::*link, const Id& id) {
    return std::count_if(items.begin(), items.end(), [&](const T& item) { return item.*link == id; });
}

}  // namespace

DeletionImpact candidateDeletion(const Planning& p, const Id& id) {
    return DeletionImpact()
        .unlinking(linkedTo(p.objectives, &PlanObjective::priority, id), deletion_nouns::kObjective)
        .unlinking(linkedTo(p.actions, &Action::priority, id), deletion_nouns::kAction);
}

DeletionImpact objectiveDeletion(const Planning& p, const Id& id) {
    return DeletionImpact().unlinking(linkedTo(p.actions, &Action::objective, id), deletion_nouns::kAction);
}

}  // namespace prevplan
