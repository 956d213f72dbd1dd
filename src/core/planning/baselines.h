#pragma once
// Baselines of the specific objectives (section 1.1.4.2): each objective stores what its
// indicator counts (BaselineDefinition), never the number, so the figure follows the data.
// The baseline is the figure of the report frozen for the strategy's first year when there is
// one (the methodology compares yearly reports), else the current Observatory and Registry.
#include <optional>
#include <string>
#include <vector>

#include "core/report/report.h"
#include "core/report/report_snapshots.h"

namespace prevplan {

// A measure is valid when it is a Table 1 code, a dimension "1".."6", "any" or a Registry measure.
bool validMeasure(const std::string& measure);
bool isRegistryMeasure(const std::string& measure);

// The figure a definition counts in a needs report; none when the measure is unknown or the unit
// does not exist for it (children directly exposed, on a household-level indicator).
std::optional<long> figureOf(const NeedsReport& report, const BaselineDefinition& def);
// In a frozen report: figureOf(const FrozenFigures&, …), report_snapshots.h.

// The definitions Table 4 suggests for an objective (catalog baselineIndicators): suspicions on
// the Observation Sheets, which cover every child, counted in children directly exposed where the
// indicator is child-level, else in children of the households concerned.
std::vector<BaselineDefinition> suggestedBaselines(int table4);

enum class BaselineSource { FrozenReport, Current, Typed, None };

struct BaselineValue {
    std::optional<long> value;
    BaselineSource source = BaselineSource::None;
    int year = 0;  // of the frozen report
};

// `current` is the needs report of today's data.
BaselineValue baselineOf(const Plan& plan, const PlanObjective& objective, const NeedsReport& current);

}  // namespace prevplan
