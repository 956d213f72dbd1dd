#pragma once
// The plan's estimated budget (GD 797/2017 Annex 3 art. 4: funding sources and estimated budget):
// the actions' yearly costs summed by year, by funding source and by priority. The share paid
// from the commune's own budget is shown per year: it has to match the council's budget, and the
// annual action plan is drafted before that budget (section 5.1 of the domain facts).
#include <array>
#include <string>
#include <vector>

#include "core/base/words.h"  // formatRon, for the amounts of a budget
#include "core/catalog/funding.h"
#include "core/model/model.h"

namespace prevplan {

constexpr int kFundingKindSlots = 5;  // European, National, Local, Other, then "no source chosen"

// Paid from the commune's own budget, which the local council approves.
bool fromCouncilBudget(const std::string& fundingCode);
// The slot of a funding code in Budget::byKindYear (the last slot for none or an unknown code).
int fundingSlot(const std::string& fundingCode);

struct Budget {
    std::vector<int> years;            // the strategy's years, plus any other year an action costs in
    std::vector<long> byYear;          // RON, parallel to years
    std::vector<long> councilByYear;   // of which from the commune's own budget
    std::array<std::vector<long>, kFundingKindSlots> byKindYear;  // [slot][year index]
    std::vector<std::pair<std::string, long>> bySource;  // funding code ("" none), catalog order
    std::vector<std::pair<Id, long>> byPriority;         // candidate id ("" none), candidate order
    long total = 0;

    double councilShare(std::size_t year) const {
        return byYear[year] ? 100.0 * static_cast<double>(councilByYear[year]) / byYear[year] : 0;
    }
};

// Cancelled actions cost nothing. An action counts for its own priority, else its objective's.
Budget budgetOf(const Planning& planning);

// An action's estimated cost in one year, and over all years.
long actionCostIn(const Action& action, int year);
long actionTotalCost(const Action& action);

// The priority an action serves: its own, else its objective's (may be empty).
Id actionPriority(const Planning& planning, const Action& action);

}  // namespace prevplan
