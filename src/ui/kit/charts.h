#pragma once
// Bar charts drawn in the app: one pair of bars per category, suspected (grey) and confirmed
// (colour), as a share of the commune's households.
#include <string>
#include <vector>

#include "core/base/text.h"

namespace prevplan::ui {

struct BarPair {
    std::string label;
    double observed = 0, confirmed = 0;  // percent
};

// Horizontal bars, one row per pair, scaled to the largest value (at least 1 %), each with its
// share written the language's way.
void barChart(const char* id, const std::vector<BarPair>& bars, float labelWidth, Lang lang);

}  // namespace prevplan::ui
