#pragma once
// A fictitious commune for the in-app demo, tutorials and benchmarks: the commune "Demonstrativă",
// marked demo = true. The same (children, seed, today, county) always gives the same plan, on
// every platform: its own PRNG (splitmix64), no std::rand and no <random> distributions.
//
// What it holds: households of 1–2 family nuclei with 1–6 children aged 0–17, Romanian names,
// valid CNPs that agree with birth date and sex; Observation Sheets spread over the last two years
// (a quarter older than 12 months, so refreshes fall due) whose answers follow the Table 1
// reference shares; risk identification for most families with a suspicion, confirming most
// suspicions and rejecting some; registry dates, service plans with section 4.2 codes, monitoring
// visits at the rules' frequency, and a few overdue tasks of every kind.
#include "core/base/date.h"
#include "core/model/model.h"

namespace prevplan {

constexpr int kDemoCounty = 22;  // Iași; the commune itself is fictitious

// Exactly `children` children (none when children <= 0). Sheet ids are unique: AA001 … AA999,
// then AA1000 … for communes with more than 999 families (see validation.h).
Plan makeDemoPlan(int children, unsigned seed, Date today, int county = kDemoCounty);

}  // namespace prevplan
