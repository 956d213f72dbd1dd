#include "core/sharing/rollup.h"

#include <algorithm>
#include <iterator>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/planning/budget.h"
#include "core/catalog/counties.h"
#include "core/base/csv.h"
#include "core/sharing/dgaspc_package.h"
#include "core/report/report.h"
#include "core/report/report_format.h"
#include "core/sharing/small_counts.h"

namespace prevplan {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

using Column = RollupColumn;
const Column kCounts[] = {
    {"children", {"Copii", "Children"}, &CommuneRow::children, "/children"},
    {"households", {"Gospodării", "Households"}, &CommuneRow::households, "/households"},
    {"suspected_households", {"Gospodării cu suspiciuni", "Households with suspicions"}, &CommuneRow::suspectedHouseholds,
     "/indicators/any/observed/households/count"},
    {"at_risk_households", {"Gospodării cu risc confirmat", "Households with a confirmed risk"}, &CommuneRow::atRiskHouseholds,
     "/indicators/any/confirmed/households/count"},
    {"at_risk_children", {"Copii în gospodării cu risc", "Children in at-risk households"}, &CommuneRow::atRiskChildren,
     "/indicators/any/confirmed/children_in_households/count"},
    {"registry", {"Copii în Registru", "Registry children"}, &CommuneRow::registry, "/registry/children"},
    {"registry_over_10", {"Registru, peste 10 riscuri", "Registry, over 10 risks"}, &CommuneRow::registryOverTen,
     "/registry/by_confirmed_count/11+"},
    {"services", {"Servicii inventariate", "Services inventoried"}, &CommuneRow::services, nullptr},
    {"priorities", {"Priorități", "Priorities"}, &CommuneRow::priorities, nullptr},
    {"budget_ron", {"Buget (lei)", "Budget (RON)"}, &CommuneRow::budget, nullptr},
};

constexpr Text kHiddenSum{">=N: suma fără valorile ascunse (<5); totalul real este cel puțin N",
                          ">=N: the sum without the hidden (<5) values; the true total is at least N"};

// Reads the figures of one needs report, checking each: a count is a non-negative integer, or
// null where the small-cell rule hides it; anything else is an error at its place.
class ReportFigures {
public:
    ReportFigures(const json& report, std::string at, std::vector<FormatError>& errors)
        : report_(report), at_(std::move(at)), errors_(errors) {}

    // The count at the pointer: 0 where the report has none, or hides it (then `key` goes to hidden).
    long count(const std::string& pointer, const std::string& key, std::set<std::string>& hidden) {
        const json* v = find(pointer);
        if (!v) return 0;
        if (v->is_null()) return hidden.insert(key), 0;
        if (v->is_number_integer()) {
            const bool inRange = v->is_number_unsigned() ? v->get<unsigned long long>() <= kMaxCount
                                                          : v->get<long long>() >= 0 && v->get<long long>() <= kMaxCount;
            if (inRange) return v->get<long>();
            fail(ErrorKind::InvalidValue, pointer, "un număr negativ sau prea mare", "a negative or too large number");
            return 0;
        }
        fail(ErrorKind::WrongType, pointer, "trebuie să fie un număr întreg (sau null: o valoare ascunsă)",
             "must be an integer (or null: a hidden value)");
        return 0;
    }

    std::string date(const std::string& pointer) {
        const json* v = find(pointer);
        if (!v) return {};
        if (v->is_string()) return v->get<std::string>();
        fail(ErrorKind::WrongType, pointer, "trebuie să fie o dată (text AAAA-LL-ZZ)", "must be a date (text, YYYY-MM-DD)");
        return {};
    }

private:
    static constexpr long long kMaxCount = 1000000000LL;  // more than any commune; sums stay far from overflow
    const json& report_;
    std::string at_;
    std::vector<FormatError>& errors_;

    void fail(ErrorKind kind, const std::string& pointer, const char* ro, const char* en) {
        errors_.push_back({kind, at_ + pointer, ro, en});
    }

    // The value at a JSON pointer (no escapes in ours); null when a step is absent, or is not an
    // object (an error).
    const json* find(const std::string& pointer) {
        const json* j = &report_;
        for (std::size_t pos = 1; pos <= pointer.size();) {
            const std::size_t next = std::min(pointer.find('/', pos), pointer.size());
            if (!j->is_object()) {
                fail(ErrorKind::WrongType, pointer.substr(0, pos - 1), "trebuie să fie un obiect", "must be an object");
                return nullptr;
            }
            const auto it = j->find(pointer.substr(pos, next - pos));
            if (it == j->end()) return nullptr;
            j = &*it;
            pos = next + 1;
        }
        return j;
    }
};

std::string dimensionPointer(int d) { return "/indicators/" + std::to_string(d) + "/confirmed/children_in_households/count"; }

// One plan's row: its report's figures (checked), and the plan's own services, priorities and budget.
CommuneRow communeRow(const Plan& plan, ReportFigures& report) {
    CommuneRow row;
    row.plan = plan.id;
    row.commune = plan.commune;
    row.county = plan.county;
    row.demo = plan.demo;
    row.asOf = report.date("/as_of");
    for (const Column& c : kCounts)
        if (c.pointer) row.*c.field = report.count(c.pointer, c.key, row.hidden);
    for (int d = 1; d <= kDimensionCount; ++d)
        row.atRiskChildrenByDimension[d - 1] = report.count(dimensionPointer(d), dimensionKey(d), row.hidden);
    row.services = static_cast<long>(plan.resources.services.size());
    row.priorities = std::count_if(plan.planning.candidates.begin(), plan.planning.candidates.end(),
                                   [](const Candidate& c) { return c.shortListed; });
    row.budget = budgetOf(plan.planning).total;
    return row;
}

long plus(long a, long b) {
    long sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) return a > 0 ? std::numeric_limits<long>::max() : std::numeric_limits<long>::min();
    return sum;
}

}  // namespace

Span<RollupColumn> rollupColumns() { return spanOf(kCounts); }

std::string dimensionKey(int dimension) { return "at_risk_children_by_dimension/" + std::to_string(dimension); }

std::vector<CommuneRow> communeRows(const LoadResult& loaded, const std::string& source, const Date& asOf,
                                    std::vector<FormatError>& errors) {
    std::vector<CommuneRow> rows;
    if (!loaded.workspace) return rows;
    const std::size_t before = errors.size();
    for (const PlanPtr& plan : loaded.workspace->plans) {
        // One path for both: a workspace's report goes through the same JSON a package carries.
        const json report = loaded.package ? loaded.package->report : json(reportToJson(needsReport(*plan, asOf)));
        ReportFigures figures(report, loaded.package ? "/package/report" : "", errors);
        CommuneRow row = communeRow(*plan, figures);
        row.source = source;
        row.package = loaded.package != nullptr;
        row.named = loaded.package && loaded.package->contents == PackageContents::NamedRegistry;
        rows.push_back(std::move(row));
    }
    if (errors.size() > before) rows.clear();
    return rows;
}

CommuneRow totalsOf(const std::vector<CommuneRow>& rows) {
    CommuneRow total;
    for (const CommuneRow& r : rows) {
        for (const Column& c : kCounts) total.*c.field = plus(total.*c.field, r.*c.field);
        for (int d = 0; d < kDimensionCount; ++d)
            total.atRiskChildrenByDimension[d] = plus(total.atRiskChildrenByDimension[d], r.atRiskChildrenByDimension[d]);
        total.hidden.insert(r.hidden.begin(), r.hidden.end());
    }
    return total;
}

namespace {

// A figure: null where the commune's package hides it; a total that leaves one out is the sum of
// the rest, named in "partial".
ordered_json figureJson(const CommuneRow& r, const std::string& key, long value, bool isTotal) {
    return r.hidden.count(key) && !isTotal ? ordered_json(nullptr) : ordered_json(value);
}

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
    for (const Column& c : kCounts) j[c.key] = figureJson(r, c.key, r.*c.field, isTotal);
    ordered_json dims;
    for (int d = 1; d <= kDimensionCount; ++d)
        dims[std::to_string(d)] = figureJson(r, dimensionKey(d), r.atRiskChildrenByDimension[d - 1], isTotal);
    j["at_risk_children_by_dimension"] = dims;
    if (isTotal) j["partial"] = r.hidden;
    return j;
}

std::string dimensionHeader(int d, Lang lang) {
    return (lang == Lang::Ro ? "Copii în risc, dim. " : "At-risk children, dim. ") + std::to_string(d);
}

// "<5" for a hidden figure, ">=N" for a sum that leaves one out.
std::string cellText(const CommuneRow& r, const std::string& key, long value, bool isTotal) {
    if (!r.hidden.count(key)) return std::to_string(value);
    return isTotal ? ">=" + std::to_string(value) : std::string(kHiddenCount);
}

}  // namespace

ordered_json rollupToJson(const std::vector<CommuneRow>& rows) {
    ordered_json communes = ordered_json::array();
    for (const CommuneRow& r : rows) communes.push_back(rowJson(r, false));
    return {{"format", "prevplan-rollup"}, {"version", 1}, {"communes", communes}, {"totals", rowJson(totalsOf(rows), true)}};
}

std::string rollupCell(const CommuneRow& row, int column, bool isTotal) {
    const int counts = static_cast<int>(std::size(kCounts));
    if (column < counts) return cellText(row, kCounts[column].key, row.*kCounts[column].field, isTotal);
    return cellText(row, dimensionKey(column - counts + 1), row.atRiskChildrenByDimension[column - counts], isTotal);
}

std::string rollupToCsv(const std::vector<CommuneRow>& rows, Lang lang) {
    const char sep = lang == Lang::Ro ? ';' : ',';
    const auto line = [&](const std::vector<std::string>& fields) { return csvLine(fields, sep); };
    std::vector<std::string> header{lang == Lang::Ro ? "Comuna" : "Commune", lang == Lang::Ro ? "Județul" : "County",
                                    lang == Lang::Ro ? "Data raportului" : "Report date"};
    for (const Column& c : kCounts) header.push_back(c.header.in(lang));
    for (int d = 1; d <= kDimensionCount; ++d) header.push_back(dimensionHeader(d, lang));
    const auto fields = [&](const CommuneRow& r, const std::string& name, const std::string& county, bool isTotal) {
        std::vector<std::string> f{name, county, shownDate(r.asOf)};
        for (int c = 0; c < rollupCellCount(); ++c) f.push_back(rollupCell(r, c, isTotal));
        return f;
    };
    std::string out = std::string(kUtf8Bom) + line(header);  // Excel then reads UTF-8
    for (const CommuneRow& r : rows) {
        const County* county = findCounty(r.county);
        out += line(fields(r, r.commune, county ? county->name : "?", false));
    }
    const CommuneRow total = totalsOf(rows);
    out += line(fields(total, "Total", "", true));
    if (!total.hidden.empty()) out += line({kHiddenCountNote.in(lang)}) + line({kHiddenSum.in(lang)});
    return out;
}

const Text& rollupHiddenSumNote() { return kHiddenSum; }

int rollupCellCount() { return static_cast<int>(std::size(kCounts)) + kDimensionCount; }

}  // namespace prevplan
