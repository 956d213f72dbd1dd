#pragma once
// The county view (DGASPC): one row per commune over many packages and workspaces, with the
// same figures whichever came in. A workspace's needs report is computed as of a date; a
// package brings the one it was exported with. Every figure is a count, so the totals are sums.
//
// A package's report is outside data: every figure read is checked (a wrong type or an impossible
// count is a located error and the file adds no row). A figure the package hides under the
// small-cell rule (null, small_counts.h) shows as "<5", and a total that leaves one out says so.
#include <array>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/base/format_error.h"
#include "core/catalog/span.h"
#include "core/workspace/workspace_json.h"

namespace prevplan {

struct CommuneRow {
    std::string source;  // file name it came from
    Id plan;
    std::string commune;
    int county = 0;
    bool demo = false;
    bool package = false;  // from a DGASPC package (else a workspace)
    bool named = false;    // the package carries the named Registry
    std::string asOf;      // the needs report's date
    long children = 0, households = 0;
    long suspectedHouseholds = 0;                       // at least one suspicion
    long atRiskHouseholds = 0, atRiskChildren = 0;      // at least one confirmed risk; children living there
    std::array<long, 6> atRiskChildrenByDimension{};    // children in households with a confirmed risk of the dimension
    long registry = 0, registryOverTen = 0;             // Registry children; with more than 10 risk situations
    long services = 0;    // services, experts and groups in the resource inventory
    long priorities = 0;  // candidate services on the short list
    long budget = 0;      // RON over the strategy
    // The count columns the package hides (null in its report; read as 0 above), by key
    // (rollupColumns(), or dimensionKey()). In the totals: the sums that leave one out.
    std::set<std::string> hidden;
};

// The rows of one loaded file (every plan it holds); none, with the errors and their place, when a
// package's report has a figure of the wrong type or an impossible one.
std::vector<CommuneRow> communeRows(const LoadResult& loaded, const std::string& source, const Date& asOf,
                                    std::vector<FormatError>& errors);

// Sums, saturated rather than overflowing; `hidden` lists the columns where a row hides its figure.
CommuneRow totalsOf(const std::vector<CommuneRow>& rows);
std::string dimensionKey(int dimension);  // "at_risk_children_by_dimension/1" …

// The count columns, in table order (the dimensions follow them): for the CSV, the JSON and the screen.
struct RollupColumn {
    const char* key;
    Text header;
    long CommuneRow::*field;
    const char* pointer;  // where the needs report holds it (JSON pointer); nullptr: from the plan
};
Span<RollupColumn> rollupColumns();
// The figures of a row in table order (the count columns, then the dimensions), as the CSV and
// the screen show them: "<5" for a hidden one, ">=N" for a total that leaves one out.
int rollupCellCount();
std::string rollupCell(const CommuneRow& row, int column, bool isTotal);
// What "<5" and ">=N" mean, for under the table.
const Text& rollupHiddenSumNote();

// The table as JSON ({"communes": [...], "totals": {...}}: a hidden figure is null, and the totals
// list the sums that leave one out in "partial") and CSV (one row per commune, then the totals,
// "<5" for a hidden figure and ">=N" for such a sum, then what they mean; Romanian: ';' and
// diacritics in the headers, English: ',').
nlohmann::ordered_json rollupToJson(const std::vector<CommuneRow>& rows);
std::string rollupToCsv(const std::vector<CommuneRow>& rows, Lang lang);

}  // namespace prevplan
