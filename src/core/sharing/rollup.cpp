#include "core/sharing/rollup.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/planning/budget.h"
#include "core/catalog/counties.h"
#include "core/base/csv.h"
#include "core/sharing/dgaspc_package.h"
#include "core/report/report.h"
#include "core/report/report_format.h"
#include "core/report/report_snapshots.h"

namespace prevplan {

using nlohmann::ordered_json;

namespace {

// A Table 1 count of the report, 0 where it has none.
long count(const FrozenFigures& report, const std::string& key, BaselineBasis basis, BaselineUnit unit) {
    const FrozenRow* row = report.row(key);
    return row ? row->count(basis, unit).value_or(0) : 0;
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

CommuneRow communeRow(const Plan& plan, const FrozenFigures& report) {
    CommuneRow row;
    row.plan = plan.id;
    row.commune = plan.commune;
    row.county = plan.county;
    row.demo = plan.demo;
    row.asOf = report.asOf;
    row.children = report.children;
    row.households = report.households;
    row.suspectedHouseholds = count(report, "any", BaselineBasis::Observed, BaselineUnit::Households);
    row.atRiskHouseholds = count(report, "any", BaselineBasis::Confirmed, BaselineUnit::Households);
    row.atRiskChildren = count(report, "any", BaselineBasis::Confirmed, BaselineUnit::ChildrenInHouseholds);
    for (int d = 1; d <= kDimensionCount; ++d)
        row.atRiskChildrenByDimension[d - 1] =
            count(report, std::to_string(d), BaselineBasis::Confirmed, BaselineUnit::ChildrenInHouseholds);
    row.registry = report.registryChildren;
    row.registryOverTen = report.registryOverTen;
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
        const FrozenFigures report = loaded.package ? frozenFigures(loaded.package->report)
                                                    : frozenFigures(reportToJson(needsReport(*plan, asOf)));
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
