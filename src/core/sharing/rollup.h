#pragma once
// The county view (DGASPC): one row per commune over many packages and workspaces, with the
// same figures whichever came in. A workspace's needs report is computed as of a date; a
// package brings the one it was exported with. Every figure is a count, so the totals are sums.
#include <array>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/catalog/span.h"
#include "core/report/report_snapshots.h"
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
};

// The rows of one loaded file (every plan it holds).
std::vector<CommuneRow> communeRows(const LoadResult& loaded, const std::string& source, const Date& asOf);
// The figures of one needs report (report_snapshots.h) and one plan's own definitions.
CommuneRow communeRow(const Plan& plan, const FrozenFigures& report);

CommuneRow totalsOf(const std::vector<CommuneRow>& rows);

// The count columns, in table order (the dimensions follow them): for the CSV, the JSON and the screen.
struct RollupColumn {
    const char* key;
    Text header;
    long CommuneRow::*field;
};
Span<RollupColumn> rollupColumns();

// The table as JSON ({"communes": [...], "totals": {...}}) and CSV (one row per commune, then the
// totals; Romanian: ';' and diacritics in the headers, English: ',').
nlohmann::ordered_json rollupToJson(const std::vector<CommuneRow>& rows);
std::string rollupToCsv(const std::vector<CommuneRow>& rows, Lang lang);

}  // namespace prevplan
