#pragma once
// Monitoring (section 1.1.4.4): the yearly frozen reports side by side. Over 3–5 years the
// number of Registry children by risk type is the plan's impact measure; each objective's
// indicator is read in every year's report with the objective's own definition.
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace prevplan {

struct TrendSeries {
    std::string key;  // an indicator code or dimension "1".."6" (risk types), an objective id
    std::vector<std::optional<long>> values;  // one per year of Trends::years
};

struct Trends {
    std::vector<int> years;  // of the frozen reports, oldest first
    std::vector<long> registryChildren;
    std::vector<TrendSeries> dimensions;  // Registry children by dimension of their risks
    std::vector<TrendSeries> riskTypes;   // by risk situation (lettered), those present in some year
    std::vector<TrendSeries> objectives;  // objectives with a baseline definition, in plan order
};

Trends trendsOf(const Plan& plan);

// The change from the first to the last known value of a series, if both exist.
std::optional<long> change(const TrendSeries& series);

}  // namespace prevplan
