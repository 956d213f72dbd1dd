#include "core/planning/baselines.h"

#include "core/catalog/objectives.h"

namespace prevplan {

namespace {

bool isDimensionOrAny(const std::string& m) { return m == "any" || (m.size() == 1 && m[0] >= '1' && m[0] <= '6'); }

const Table1Row* rowOf(const NeedsReport& report, const std::string& key) {
    for (const auto& row : report.table1)
        if (row.key == key) return &row;
    return nullptr;
}

}  // namespace

bool isRegistryMeasure(const std::string& m) { return m == kRegistryChildren || m == kRegistryOverTen; }

bool validMeasure(const std::string& m) { return isRegistryMeasure(m) || isDimensionOrAny(m) || indicatorIndex(m) >= 0; }

std::optional<long> figureOf(const NeedsReport& report, const BaselineDefinition& def) {
    if (def.measure == kRegistryChildren) return report.communeColumn().registryChildren();
    if (def.measure == kRegistryOverTen) return report.registryBucket(RiskBucket::MoreThanTen);
    const Table1Row* row = rowOf(report, def.measure);
    if (!row) return std::nullopt;
    const IndicatorFigures& f = def.basis == BaselineBasis::Observed ? row->observed : row->confirmed;
    switch (def.unit) {
        case BaselineUnit::Households: return f.households;
        case BaselineUnit::ChildrenInHouseholds: return f.childrenInHouseholds;
        case BaselineUnit::ChildrenDirectly: return f.childrenDirectly;
    }
    return std::nullopt;
}

std::vector<BaselineDefinition> suggestedBaselines(int table4) {
    std::vector<BaselineDefinition> out;
    for (const SpecificObjective& o : specificObjectives()) {
        if (o.number != table4) continue;
        for (const char* code : o.baselineIndicators) {
            if (!code) continue;
            const int i = indicatorIndex(code);
            if (i < 0) continue;
            const bool direct = indicator(static_cast<std::size_t>(i)).childLevel;
            out.push_back({code, BaselineBasis::Observed,
                           direct ? BaselineUnit::ChildrenDirectly : BaselineUnit::ChildrenInHouseholds});
        }
    }
    return out;
}

BaselineValue baselineOf(const Plan& plan, const PlanObjective& objective, const NeedsReport& current) {
    BaselineValue v;
    if (!objective.baseline) {
        v.value = objective.manualBaseline;
        v.source = v.value ? BaselineSource::Typed : BaselineSource::None;
        return v;
    }
    const int year = plan.planning.startYear;
    if (year > 0) {
        const ReportSnapshot* snapshot = frozenSnapshot(plan, year);
        const FrozenFigures frozen = snapshot ? frozenFigures(*snapshot) : FrozenFigures{};
        if (frozen.isReport) {
            v.value = figureOf(frozen, *objective.baseline);
            v.source = BaselineSource::FrozenReport;
            v.year = year;
            return v;
        }
    }
    v.value = figureOf(current, *objective.baseline);
    v.source = BaselineSource::Current;
    return v;
}

}  // namespace prevplan
