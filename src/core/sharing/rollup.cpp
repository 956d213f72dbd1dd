#include "core/sharing/rollup.h"

#include <algorithm>

#include "core/planning/budget.h"
#include "core/catalog/counties.h"
#include "core/base/csv.h"
#include "core/sharing/dgaspc_package.h"
#include "core/report/report.h"
#include "core/report/report_format.h"

namespace prevplan {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

long count(const json& figures, const char* way, const char* unit) {
    const json* f = &figures;
    for (const char* key : {way, unit, "count"}) {
        if (!f->is_object() || !f->contains(key)) return 0;
        f = &(*f)[key];
    }
    return f->is_number_integer() ? f->get<long>() : 0;
}

long longAt(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<long>() : 0;
}

using Column = RollupColumn;
const Column kCounts[] = {
    {"children", {"Copii", "Children"}, &CommuneRow::children},
    {"households", {"Gospodării", "Households"}, &CommuneRow::households},
    {"suspected_households", {"Gospodării cu suspiciuni", "Households with suspicions"}, &CommuneRow::suspectedHouseholds},
    {"at_risk_households", {"Gospodării cu risc confirmat", "Households with a confirmed risk"}, &CommuneRow::atRiskHouseholds},
    {"at_risk_children", {"Copii în gospodării cu risc", "Children in at-risk households"}, &CommuneRow::atRiskChildren},
    {"registry", {"Copii în Registru", "Registry children"}, &CommuneRow::registry},
    {"registry_over_10", {"Registru, peste 10 riscuri", "Registry, over 10 risks"}, &CommuneRow::registryOverTen},
    {"services", {"Servicii inventariate", "Services inventoried"}, &CommuneRow::services},
    {"priorities", {"Priorități", "Priorities"}, &CommuneRow::priorities},
    {"budget_ron", {"Buget (lei)", "Budget (RON)"}, &CommuneRow::budget},
};

}  // namespace

Span<RollupColumn> rollupColumns() { return spanOf(kCounts); }

CommuneRow communeRow(const Plan& plan, const json& report) {
    CommuneRow row;
    row.plan = plan.id;
    row.commune = plan.commune;
    row.county = plan.county;
    row.demo = plan.demo;
    row.asOf = report.value("as_of", "");
    row.children = longAt(report, "children");
    row.households = longAt(report, "households");
    const json& indicators = report.contains("indicators") ? report["indicators"] : json::object();
    const json& any = indicators.contains("any") ? indicators["any"] : json::object();
    row.suspectedHouseholds = count(any, "observed", "households");
    row.atRiskHouseholds = count(any, "confirmed", "households");
    row.atRiskChildren = count(any, "confirmed", "children_in_households");
    for (int d = 1; d <= kDimensionCount; ++d) {
        const std::string key = std::to_string(d);
        if (indicators.contains(key)) row.atRiskChildrenByDimension[d - 1] = count(indicators[key], "confirmed", "children_in_households");
    }
    const json& registry = report.contains("registry") ? report["registry"] : json::object();
    row.registry = longAt(registry, "children");
    if (registry.contains("by_confirmed_count")) row.registryOverTen = longAt(registry["by_confirmed_count"], "11+");
    row.services = static_cast<long>(plan.resources.services.size());
    row.priorities = std::count_if(plan.planning.candidates.begin(), plan.planning.candidates.end(),
                                   [](const Candidate& c) { return c.shortListed; });
    row.budget = budgetOf(plan.planning).total;
    return row;
}

std::vector<CommuneRow> communeRows(const LoadResult& loaded, const std::string& source, const Date& asOf) {
    std::vector<CommuneRow> rows;
    if (!loaded.workspace) return rows;
    for (const PlanPtr& plan : loaded.workspace->plans) {
        // One path for both: a workspace's report goes through the same JSON a package carries.
        const json report = loaded.package ? loaded.package->report : json::parse(reportToJson(needsReport(*plan, asOf)).dump());
        CommuneRow row = communeRow(*plan, report);
        row.source = source;
        row.package = loaded.package != nullptr;
        row.named = loaded.package && loaded.package->contents == PackageContents::NamedRegistry;
        rows.push_back(std::move(row));
    }
    return rows;
}

CommuneRow totalsOf(const std::vector<CommuneRow>& rows) {
    CommuneRow total;
    for (const CommuneRow& r : rows) {
        for (const Column& c : kCounts) total.*c.field += r.*c.field;
        for (int d = 0; d < kDimensionCount; ++d) total.atRiskChildrenByDimension[d] += r.atRiskChildrenByDimension[d];
    }
    return total;
}

namespace {

ordered_json rowJson(const CommuneRow& r, bool isTotal) {
    ordered_json j;
    if (!isTotal) {
        j["commune"] = r.commune;
        j["county"] = r.county;
        j["plan"] = r.plan;
        j["source"] = r.source;
        j["from"] = r.package ? (r.named ? "package-named-registry" : "package") : "workspace";
        j["demo"] = r.demo;
        j["as_of"] = r.asOf;
    }
    for (const Column& c : kCounts) j[c.key] = r.*c.field;
    ordered_json dims;
    for (int d = 0; d < kDimensionCount; ++d) dims[std::to_string(d + 1)] = r.atRiskChildrenByDimension[d];
    j["at_risk_children_by_dimension"] = dims;
    return j;
}

std::string dimensionHeader(int d, Lang lang) {
    return (lang == Lang::Ro ? "Copii în risc, dim. " : "At-risk children, dim. ") + std::to_string(d);
}

}  // namespace

ordered_json rollupToJson(const std::vector<CommuneRow>& rows) {
    ordered_json communes = ordered_json::array();
    for (const CommuneRow& r : rows) communes.push_back(rowJson(r, false));
    return {{"format", "prevplan-rollup"}, {"version", 1}, {"communes", communes}, {"totals", rowJson(totalsOf(rows), true)}};
}

std::string rollupToCsv(const std::vector<CommuneRow>& rows, Lang lang) {
    const char sep = lang == Lang::Ro ? ';' : ',';
    const auto line = [&](const std::vector<std::string>& fields) { return csvLine(fields, sep); };
    std::vector<std::string> header{lang == Lang::Ro ? "Comuna" : "Commune", lang == Lang::Ro ? "Județul" : "County",
                                    lang == Lang::Ro ? "Data raportului" : "Report date"};
    for (const Column& c : kCounts) header.push_back(c.header.in(lang));
    for (int d = 1; d <= kDimensionCount; ++d) header.push_back(dimensionHeader(d, lang));
    const auto fields = [&](const CommuneRow& r, const std::string& name, const std::string& county) {
        std::vector<std::string> f{name, county, r.asOf};
        for (const Column& c : kCounts) f.push_back(std::to_string(r.*c.field));
        for (long v : r.atRiskChildrenByDimension) f.push_back(std::to_string(v));
        return f;
    };
    std::string out = std::string(kUtf8Bom) + line(header);  // Excel then reads UTF-8
    for (const CommuneRow& r : rows) {
        const County* county = findCounty(r.county);
        out += line(fields(r, r.commune, county ? county->name : "?"));
    }
    out += line(fields(totalsOf(rows), "Total", ""));
    return out;
}

}  // namespace prevplan
