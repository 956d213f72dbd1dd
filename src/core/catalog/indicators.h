#pragma once
// Table 1 of the methodology: the risk indicators of the Observation Sheet.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/date.h"
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

// What an indicator says about the family beyond its own risk, where other steps need to know:
// the required services check that services suit a group with disabilities (A2.5 accessibility)
// or in poverty (what a service costs).
enum class IndicatorRole { None, Poverty, Disability };

struct Indicator {
    const char* code;        // "1.a", "1.a.1", "2.k1", "3.h1.4", "6.b2" …
    int dimension;           // 1..6
    const char* parentCode;  // the lettered indicator a sub-item refines ("6.b" for "6.b1"), or nullptr
    bool childLevel;   // concerns specific children: "children directly exposed" is counted
    bool notifyDgaspc; // a suspicion of abuse, neglect or exploitation: notify the DGASPC at once
    Text label;
    Text definition;   // from section 1.2.1 where the seed gives one, else a short gloss
    // Table 1 reference shares (%), -1 where the seed gives none ("-" or "No data"); "<1" is 0.5.
    float refHouseholdsPct, refChildrenPct, refDirectPct;
    IndicatorRole role = IndicatorRole::None;

    constexpr bool isRiskSituation() const { return parentCode == nullptr; }  // lettered indicators are counted
    int parent() const;  // catalog index of parentCode, or -1
};

const Indicator* indicatorsBegin();
std::size_t indicatorCount();
inline const Indicator& indicator(std::size_t i) { return indicatorsBegin()[i]; }
int indicatorIndex(std::string_view code);  // -1 when unknown

// The ages of the children a child-level indicator may name, in whole months of age:
// fromMonths <= age < toMonths (Annex A2.3's conditions; see indicators.cpp).
struct AgeBounds {
    int fromMonths, toMonths;
};
// Null when A2.3 sets no age beyond the Observatory's 0-17.
const AgeBounds* ageBounds(std::size_t i);
// Whether a child born on `birth` is within indicator i's bounds on `on` (always, without bounds).
bool withinAgeBounds(std::size_t i, const Date& birth, const Date& on);
// "6–15 ani", "sub 6 luni", "6–11 luni" / "aged 6–15", "under 6 months", "aged 6–11 months".
std::string ageBoundsText(const AgeBounds& bounds, Lang lang);

const Dimension& dimension(int number);  // 1..6
constexpr int kDimensionCount = 6;

}  // namespace prevplan
