#include "core/report/report_snapshots.h"

#include <nlohmann/json.hpp>

#include "core/model/rules.h"

namespace prevplan {

namespace {

// The keys of report_format.cpp's figuresJson, by BaselineBasis and BaselineUnit.
const char* const kBasisKeys[] = {"observed", "confirmed"};
const char* const kUnitKeys[] = {"households", "children_in_households", "children_directly"};

// Every field is guarded: a snapshot is validated when the workspace is read, but a value of the
// wrong type must still read as "no figure" rather than throw.
template <typename Json>
const Json* member(const Json& j, const char* key) {
    if (!j.is_object()) return nullptr;
    const auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

template <typename Json>
std::optional<long> integerAt(const Json& j, const char* key) {
    const Json* v = member(j, key);
    if (!v || !v->is_number_integer()) return std::nullopt;
    return v->template get<long>();
}

template <typename Json>
FrozenRow rowOf(const Json& entry) {
    FrozenRow row;
    for (int b = 0; b < 2; ++b) {
        const Json* basis = member(entry, kBasisKeys[b]);
        for (int u = 0; u < 3 && basis; ++u) {
            const Json* figure = member(*basis, kUnitKeys[u]);
            if (figure && figure->is_object()) row.counts[b][u] = integerAt(*figure, "count").value_or(0);
        }
    }
    return row;
}

template <typename Json>
FrozenFigures read(const Json& report) {
    FrozenFigures f;
    if (!report.is_object()) return f;
    f.isReport = true;
    if (const Json* asOf = member(report, "as_of"); asOf && asOf->is_string()) f.asOf = asOf->template get<std::string>();
    f.households = integerAt(report, "households").value_or(0);
    f.children = integerAt(report, "children").value_or(0);
    if (const Json* indicators = member(report, "indicators"); indicators && indicators->is_object())
        for (auto it = indicators->begin(); it != indicators->end(); ++it)
            if (it->is_object()) f.table1[it.key()] = rowOf(*it);
    if (const Json* registry = member(report, "registry")) {
        f.registryChildren = integerAt(*registry, "children").value_or(0);
        if (const Json* buckets = member(*registry, "by_confirmed_count"))
            f.registryOverTen = integerAt(*buckets, riskBucketKey(RiskBucket::MoreThanTen)).value_or(0);
    }
    if (const Json* tableB = member(report, "table_b"); tableB && tableB->is_array() && !tableB->empty())
        if (const Json* commune = member((*tableB)[0], "by_risk_situation"); commune && commune->is_object())
            for (auto it = commune->begin(); it != commune->end(); ++it)
                if (it->is_number_integer()) f.registryByRisk[it.key()] = it->template get<long>();
    return f;
}

}  // namespace

const FrozenRow* FrozenFigures::row(const std::string& key) const {
    const auto it = table1.find(key);
    return it == table1.end() ? nullptr : &it->second;
}

std::optional<long> FrozenFigures::registryWith(const std::string& key) const {
    const auto it = registryByRisk.find(key);
    if (it == registryByRisk.end()) return std::nullopt;
    return it->second;
}

std::optional<long> figureOf(const FrozenFigures& report, const BaselineDefinition& def) {
    if (!report.isReport) return std::nullopt;
    if (def.measure == kRegistryChildren) return report.registryChildren;
    if (def.measure == kRegistryOverTen) return report.registryOverTen;
    const FrozenRow* row = report.row(def.measure);
    if (!row) return std::nullopt;
    return row->count(def.basis, def.unit);
}

FrozenFigures frozenFigures(const ReportSnapshot& snapshot) {
    return read(nlohmann::json::parse(snapshot.report, nullptr, false));
}
FrozenFigures frozenFigures(const nlohmann::json& report) { return read(report); }
FrozenFigures frozenFigures(const nlohmann::ordered_json& report) { return read(report); }

const ReportSnapshot* frozenSnapshot(const Plan& plan, int year) {
    for (const ReportSnapshot& s : plan.reportSnapshots)
        if (s.year == year) return &s;
    return nullptr;
}

}  // namespace prevplan
