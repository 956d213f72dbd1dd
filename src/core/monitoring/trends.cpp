#include "core/monitoring/trends.h"

#include "core/report/report_snapshots.h"

namespace prevplan {

namespace {

bool anyAboveZero(const TrendSeries& s) {
    for (const auto& v : s.values)
        if (v && *v > 0) return true;
    return false;
}

}  // namespace

Trends trendsOf(const Plan& plan) {
    Trends t;
    std::vector<FrozenFigures> reports;
    for (const auto& s : plan.reportSnapshots) {
        t.years.push_back(s.year);
        reports.push_back(frozenFigures(s));
        t.registryChildren.push_back(reports.back().registryChildren);
    }
    auto series = [&](const std::string& key) {
        TrendSeries s{key, {}};
        for (const FrozenFigures& r : reports) s.values.push_back(r.registryWith(key));
        return s;
    };
    for (int d = 1; d <= kDimensionCount; ++d) t.dimensions.push_back(series(std::to_string(d)));
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        if (!indicator(i).isRiskSituation()) continue;
        TrendSeries s = series(indicator(i).code);
        if (anyAboveZero(s)) t.riskTypes.push_back(std::move(s));
    }
    for (const PlanObjective& o : plan.planning.objectives) {
        if (!o.baseline) continue;
        TrendSeries s{o.id, {}};
        for (const FrozenFigures& r : reports) s.values.push_back(figureOf(r, *o.baseline));
        t.objectives.push_back(std::move(s));
    }
    return t;
}

std::optional<long> change(const TrendSeries& series) {
    std::optional<long> first, last;
    for (const auto& v : series.values) {
        if (!v) continue;
        if (!first) first = v;
        last = v;
    }
    if (!first) return std::nullopt;
    return *last - *first;
}

}  // namespace prevplan
