#include "core/report/report_snapshots.h"

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/model/rules.h"

namespace prevplan {

namespace {

using nlohmann::json;

class ReportChecker {
public:
    explicit ReportChecker(JsonReader& r) : r_(r) {}

    void report(const json& j, const std::string& at) {
        std::string format;
        if (!r_.string(j, at, "format", format, true) || format != "prevplan-needs-report") {
            if (!format.empty())
                r_.invalid(at + "/format", "raportul nu este un raport PrevPlan („prevplan-needs-report”)",
                           "the report is not a PrevPlan needs report (\"prevplan-needs-report\")");
            return;
        }
        long version = 0;
        if (r_.integer(j, at, "version", version) && version != 1)
            r_.error(ErrorKind::NewerVersion, at + "/version",
                     "raportul are un format pe care această versiune nu îl cunoaște",
                     "the report has a layout this version does not know");
        std::string text;
        bool flag = false;
        r_.string(j, at, "plan", text);
        r_.string(j, at, "commune", text);
        r_.boolean(j, at, "demo", flag);
        std::optional<Date> asOf;
        r_.date(j, at, "as_of", asOf, true);
        count(j, at, "households", true);
        count(j, at, "children", true);
        objectOf(j, at, "indicators", [&](const json& row, const std::string& rat) { indicator(row, rat); });
        registry(j, at);
        columns(j, at, "table_a", [&](const json& col, const std::string& cat) {
            for (auto it = col.begin(); it != col.end(); ++it)
                if (it.key() != "village") countValue(*it, JsonReader::pointer(cat, it.key()));
        });
        columns(j, at, "table_b", [&](const json& col, const std::string& cat) {
            count(col, cat, "registry_children", false);
            objectOf(
                col, cat, "by_risk_situation", [&](const json& v, const std::string& vat) { countValue(v, vat); },
                false);
        });
        r_.optionalObject(j, at, "disclosure", [&](const json& d, const std::string& dat) {
            r_.string(d, dat, "rule", text);
            long threshold = 0;
            r_.integer(d, dat, "threshold", threshold);
        });
    }

private:
    JsonReader& r_;

    void countValue(const json& v, const std::string& where) {
        if (v.is_null()) return;
        if (!v.is_number_integer()) return r_.wrongType(where, "un număr întreg sau null", "an integer or null");
        if (v.is_number_unsigned() ? v.get<unsigned long long>() > static_cast<unsigned long long>(kMaxReportCount)
                                   : (v.get<long long>() < 0 || v.get<long long>() > kMaxReportCount))
            r_.invalid(where, "numărul trebuie să fie între 0 și " + std::to_string(kMaxReportCount),
                       "the number must be from 0 to " + std::to_string(kMaxReportCount));
    }

    void count(const json& obj, const std::string& at, const char* key, bool required) {
        if (const json* v = r_.field(obj, at, key, required)) countValue(*v, JsonReader::pointer(at, key));
    }

    // An object whose every member is visited; required unless told.
    template <typename Visit>
    void objectOf(const json& obj, const std::string& at, const char* key, const Visit& each, bool required = true) {
        const json* v = r_.field(obj, at, key, required);
        if (!v) return;
        const std::string where = JsonReader::pointer(at, key);
        if (!v->is_object()) return r_.wrongType(where, "un obiect", "an object");
        for (auto it = v->begin(); it != v->end(); ++it) each(*it, JsonReader::pointer(where, it.key()));
    }

    // An array of village columns, each an object whose "village" is a name or null (the commune).
    template <typename Visit>
    void columns(const json& obj, const std::string& at, const char* key, const Visit& each) {
        r_.array(obj, at, key, [&](const json& col, const std::string& cat) {
            if (!r_.expectObject(col, cat)) return;
            if (const json* village = r_.field(col, cat, "village", false);
                village && !village->is_null() && !village->is_string())
                r_.wrongType(cat + "/village", "un text sau null", "a string or null");
            each(col, cat);
        });
    }

    void indicator(const json& row, const std::string& at) {
        if (!r_.expectObject(row, at)) return;
        for (const char* basis : {"observed", "confirmed"})
            r_.optionalObject(row, at, basis, [&](const json& b, const std::string& bat) {
                for (const char* unit : {"households", "children_in_households", "children_directly"})
                    r_.optionalObject(b, bat, unit, [&](const json& figure, const std::string& fat) {
                        count(figure, fat, "count", false);
                        const json* pct = r_.field(figure, fat, "pct", false);
                        if (pct && !pct->is_null() && !pct->is_number())
                            r_.wrongType(fat + "/pct", "un număr sau null", "a number or null");
                    });
            });
    }

    void registry(const json& j, const std::string& at) {
        const json* reg = r_.field(j, at, "registry", true);
        if (!reg) return;
        const std::string rat = at + "/registry";
        if (!r_.expectObject(*reg, rat)) return;
        count(*reg, rat, "children", false);
        objectOf(
            *reg, rat, "by_confirmed_count", [&](const json& v, const std::string& vat) { countValue(v, vat); }, false);
    }
};

}  // namespace

bool checkNeedsReport(JsonReader& reader, const nlohmann::json& report, const std::string& at) {
    const std::size_t before = reader.count();
    if (reader.expectObject(report, at)) ReportChecker(reader).report(report, at);
    return reader.count() == before;
}

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
    if (!v || !v->is_number_integer() || v->template get<long long>() < 0 ||
        v->template get<long long>() > kMaxReportCount)
        return std::nullopt;
    return v->template get<long>();
}

template <typename Json>
FrozenRow rowOf(const Json& entry) {
    FrozenRow row;
    for (int b = 0; b < 2; ++b) {
        const Json* basis = member(entry, kBasisKeys[b]);
        for (int u = 0; u < 3 && basis; ++u) {
            const Json* figure = member(*basis, kUnitKeys[u]);
            // A null count (a small count suppressed in a package) stays unknown, never 0.
            if (figure && figure->is_object()) row.counts[b][u] = integerAt(*figure, "count");
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
                if (const auto n = integerAt(*commune, it.key().c_str())) f.registryByRisk[it.key()] = *n;
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
