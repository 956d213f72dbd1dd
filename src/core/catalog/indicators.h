#pragma once
// Table 1 of the methodology: the risk indicators of the Observation Sheet.
#include <cstddef>
#include <string_view>

#include "core/base/text.h"

namespace prevplan {

// Storage for per-indicator values is a fixed array indexed by catalog position.
constexpr std::size_t kMaxIndicators = 72;

struct Dimension {
    int number;  // 1..6
    Text name;   // e.g. "Situația economică" / "Economic situation"
    // Table 1 reference shares (30 source communities, %): households, children in households.
    float refHouseholdsPct, refChildrenPct;
};

struct Indicator {
    const char* code;  // "1.a", "1.a.1", "2.k1", "3.h1.4", "6.b2" …
    int dimension;     // 1..6
    int parent;        // catalog index of the lettered indicator a sub-item refines, or -1
    bool childLevel;   // concerns specific children: "children directly exposed" is counted
    bool notifyDgaspc; // a suspicion of abuse, neglect or exploitation: notify the DGASPC at once
    Text label;
    Text definition;   // from section 1.2.1 where the seed gives one, else a short gloss
    // Table 1 reference shares (%), -1 where the seed gives none ("-" or "No data"); "<1" is 0.5.
    float refHouseholdsPct, refChildrenPct, refDirectPct;

    bool isRiskSituation() const { return parent < 0; }  // lettered indicators are counted
};

const Indicator* indicatorsBegin();
std::size_t indicatorCount();
inline const Indicator& indicator(std::size_t i) { return indicatorsBegin()[i]; }
int indicatorIndex(std::string_view code);  // -1 when unknown

const Dimension& dimension(int number);  // 1..6
constexpr int kDimensionCount = 6;

}  // namespace prevplan
