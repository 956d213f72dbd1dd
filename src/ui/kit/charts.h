#pragma once
// Bar charts drawn in the app: one pair of bars per category, suspected (grey) and confirmed
// (colour), as a share of the commune's households.
#include <string>
#include <vector>

namespace prevplan::ui {

struct BarPair {
    std::string label;
    double observed = 0, confirmed = 0;  // percent
};

// Horizontal bars, one row per pair, scaled to the largest value (at least 1 %).
void barChart(const char* id, const std::vector<BarPair>& bars, float labelWidth);

}  // namespace prevplan::ui
