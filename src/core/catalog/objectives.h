#pragma once
// Section 1.1.4: the plan's general objective (1.1.4.1) and Table 4, the possible specific
// objectives of a child-focused plan (1.1.4.2), grouped in 7 dimensions.
#include "core/catalog/span.h"
#include "core/base/text.h"

namespace prevplan {

constexpr int kObjectiveDimensionCount = 7;
constexpr int kMaxBaselineIndicators = 4;

struct ObjectiveDimension {
    int number;  // 1..7: identity documents, education, health, income, family occupation,
                 // family dynamics, dwelling
    Text name;
};

struct SpecificObjective {
    int number;     // 1..27 as in Table 4
    int dimension;  // ObjectiveDimension::number
    Text text;
    // Table 1 indicators whose count in the Observatory/Registry can serve as the baseline (the
    // number of children or households not yet meeting the objective). PrevPlan's suggestion,
    // not the seed's; nullptr-padded, all nullptr where no indicator measures it.
    const char* baselineIndicators[kMaxBaselineIndicators];
};

Span<ObjectiveDimension> objectiveDimensions();
Span<SpecificObjective> specificObjectives();  // 27, in table order
Text generalObjective();  // stays the same across action plans and programming periods

}  // namespace prevplan
