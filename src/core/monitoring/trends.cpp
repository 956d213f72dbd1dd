#include "core/monitoring/trends.h"

#include "core/planning/baselines.h"

namespace prevplan {

using nlohmann::json;

namespace {

// Table B's commune column (A2.4): Registry children by risk situation and dimension.
json communeTableB(const json& report) {
    const json tableB = report.value("table_b", json::array());
    return tableB.is_array() && !tableB.empty() ? tableB[0].value("by_risk_situation", json::object()) : json::object();
}

std::optional<long> countIn(const json& counts, const std::string& key) {
    const auto it = counts.find(key);
    if (it == counts.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<long>();
}

bool anyAboveZero(const TrendSeries& s) {
    for (const auto& v : s.values)
        if (v && *v > 0) return true;
    return false;
}

}  // namespace

Trends trendsOf(const Plan& plan) {
    Trends t;
    std::vector<json> reports;
    for (const auto& s : plan.reportSnapshots) {
        t.years.push_back(s.year);
        reports.push_back(json::parse(s.report, nullptr, false));
        t.registryChildren.push_back(reports.back().is_object()
                                         ? reports.back().value("registry", json::object()).value("children", 0L)
                                         : 0L);
    }
    std::vector<json> tableB;
    for (const json& r : reports) tableB.push_back(r.is_object() ? communeTableB(r) : json::object());
    auto series = [&](const std::string& key) {
        TrendSeries s{key, {}};
        for (const json& counts : tableB) s.values.push_back(countIn(counts, key));
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
        for (const json& r : reports) s.values.push_back(figureOf(r, *o.baseline));
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
