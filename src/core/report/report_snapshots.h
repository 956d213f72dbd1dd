#pragma once
// The one reader of frozen reports: the yearly snapshots a plan keeps (ReportSnapshot, the JSON
// text of docs/report-format.md exactly as it was reported) and the report a DGASPC package
// carries. The writer that defines the keys is report_format.cpp; baselines, trends, the
// snapshot summaries and the county roll-up read the figures here and nowhere else.
#include <map>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/model/model.h"

namespace prevplan {

class JsonReader;  // base/json_reader.h

// The largest count a frozen report may hold (children, households): more than all the children of
// Romania, and small enough that a county's sum of 400 reports fits a 32-bit long (the browser's).
constexpr long kMaxReportCount = 5'000'000;

// Checks a prevplan-needs-report document read from a file (a frozen snapshot, a package's report)
// against the layout report_format.cpp writes: every member the readers use has its type, every
// count is an integer from 0 to kMaxReportCount or null (a cell suppressed as a small count), and
// "disclosure" may describe that rule. Each problem goes to the reader with its place; false when
// there was any.
bool checkNeedsReport(JsonReader& reader, const nlohmann::json& report, const std::string& at);

// One row of Table 1 ("any", a dimension "1".."6" or an indicator code): the "count" of each
// basis and unit; none where the report has no figure (children directly, on a household-level row).
struct FrozenRow {
    std::optional<long> counts[2][3];  // [BaselineBasis][BaselineUnit]
    std::optional<long> count(BaselineBasis basis, BaselineUnit unit) const {
        return counts[static_cast<int>(basis)][static_cast<int>(unit)];
    }
};

struct FrozenFigures {
    bool isReport = false;  // the document is a JSON object; else every figure below is empty
    std::string asOf;
    long households = 0, children = 0;
    long registryChildren = 0;
    long registryOverTen = 0;  // Registry children with more than 10 confirmed risk situations
    std::map<std::string, FrozenRow> table1;
    // Table B's commune column (A2.4): Registry children by dimension "1".."6" and risk situation.
    std::map<std::string, long> registryByRisk;

    const FrozenRow* row(const std::string& key) const;
    std::optional<long> registryWith(const std::string& key) const;
};

// The figure an objective's baseline definition counts (planning/baselines.h); none when the
// document is not a report, or has no such row or unit.
std::optional<long> figureOf(const FrozenFigures& report, const BaselineDefinition& def);

FrozenFigures frozenFigures(const ReportSnapshot& snapshot);
FrozenFigures frozenFigures(const nlohmann::json& report);
FrozenFigures frozenFigures(const nlohmann::ordered_json& report);  // as reportToJson writes it

// The snapshot frozen for a year; null when there is none.
const ReportSnapshot* frozenSnapshot(const Plan& plan, int year);

}  // namespace prevplan
