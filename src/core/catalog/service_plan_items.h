#pragma once
// Section 4.2, Registry of at-risk children, column 8: what a service plan can recommend.
// The codes are stored in ServicePlan::benefits (group Benefit) and ServicePlan::services
// (the other groups); "specify" items are detailed in the plan's free-text fields.
#include "core/catalog/span.h"
#include "core/base/text.h"

namespace prevplan {

enum class PlanItemGroup {
    Benefit,            // A) benefits
    PreventionService,  // B) services to prevent family separation, 1-6
    OtherService,       // further service columns: health, education, rehabilitation, other
};

struct PlanItem {
    const char* code;  // stable ASCII: "alocatie-stat", "centru-zi", …
    PlanItemGroup group;
    Text label;
    bool specify;  // "Other (please specify)"
};

Span<PlanItem> planItems();  // in the Registry's column order; findByCode(planItems(), code)
Text planItemGroupName(PlanItemGroup group);

}  // namespace prevplan
