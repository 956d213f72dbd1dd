#include "core/planning/budget.h"

#include <algorithm>
#include <limits>

namespace prevplan {

namespace {

// Sums of many costs saturate at the largest long instead of overflowing.
long& addTo(long& sum, long ron) {
    if (__builtin_add_overflow(sum, ron, &sum)) sum = std::numeric_limits<long>::max();
    return sum;
}

// The local budget and the emergency aid fund it holds; the school's and the county's budgets
// are approved elsewhere.
const char* const kCouncilSources[] = {"buget-local", "fond-ajutoare-urgenta"};

std::size_t yearIndex(std::vector<int>& years, int year) {
    const auto it = std::lower_bound(years.begin(), years.end(), year);
    return static_cast<std::size_t>(it - years.begin());
}

void add(std::vector<std::pair<std::string, long>>& sums, const std::string& key, long ron) {
    for (auto& [k, v] : sums)
        if (k == key) {
            addTo(v, ron);
            return;
        }
    sums.emplace_back(key, ron);
}

// The years the budget shows: every year of the strategy and every year with a cost.
std::vector<int> budgetYears(const Planning& p) {
    std::vector<int> years;
    for (int y = 0; p.startYear > 0 && y < p.periodYears; ++y) years.push_back(p.startYear + y);
    for (const Action& a : p.actions)
        for (const YearCost& c : a.costs) years.push_back(c.year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

// Sums listed in a catalog order: the keys of `order` first, then the rest as they came.
template <typename Order>
void sortBy(std::vector<std::pair<std::string, long>>& sums, const Order& order) {
    std::vector<std::pair<std::string, long>> sorted;
    for (const auto& key : order)
        for (const auto& s : sums)
            if (s.first == key) sorted.push_back(s);
    for (const auto& s : sums)
        if (std::find(sorted.begin(), sorted.end(), s) == sorted.end()) sorted.push_back(s);
    sums = std::move(sorted);
}

}  // namespace

bool fromCouncilBudget(const std::string& code) {
    return std::find(std::begin(kCouncilSources), std::end(kCouncilSources), code) != std::end(kCouncilSources);
}

int fundingSlot(const std::string& code) {
    const FundingSource* s = findByCode(fundingSources(), code);
    return s ? static_cast<int>(s->kind) : kFundingKindSlots - 1;
}

long actionCostIn(const Action& a, int year) {
    long ron = 0;
    for (const YearCost& c : a.costs)
        if (c.year == year) addTo(ron, c.ron);
    return ron;
}

long actionTotalCost(const Action& a) {
    long ron = 0;
    for (const YearCost& c : a.costs) addTo(ron, c.ron);
    return ron;
}

Id actionPriority(const Planning& p, const Action& a) {
    if (!a.priority.empty()) return a.priority;
    const PlanObjective* o = findObjective(p, a.objective);
    return o ? o->priority : Id{};
}

Budget budgetOf(const Planning& p) {
    Budget b;
    b.years = budgetYears(p);
    b.byYear.assign(b.years.size(), 0);
    b.councilByYear.assign(b.years.size(), 0);
    for (auto& row : b.byKindYear) row.assign(b.years.size(), 0);
    for (const Action& a : p.actions) {
        if (a.status == ActionStatus::Cancelled) continue;
        for (const YearCost& c : a.costs) {
            const std::size_t y = yearIndex(b.years, c.year);
            addTo(b.byYear[y], c.ron);
            if (fromCouncilBudget(a.funding)) addTo(b.councilByYear[y], c.ron);
            addTo(b.byKindYear[fundingSlot(a.funding)][y], c.ron);
            add(b.bySource, a.funding, c.ron);
            add(b.byPriority, actionPriority(p, a), c.ron);
            addTo(b.total, c.ron);
        }
    }
    std::vector<std::string> sourceOrder;
    for (const FundingSource& s : fundingSources()) sourceOrder.push_back(s.code);
    sortBy(b.bySource, sourceOrder);
    std::vector<std::string> priorityOrder;
    for (const Candidate& c : p.candidates) priorityOrder.push_back(c.id);
    sortBy(b.byPriority, priorityOrder);
    return b;
}

}  // namespace prevplan
