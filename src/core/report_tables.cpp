#include "core/report_tables.h"

#include <algorithm>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/csv.h"
#include "core/report_format.h"

namespace prevplan {

std::vector<ReportTable> reportTables(const NeedsReport& report, Lang lang) {
    std::ostringstream csv;
    writeReport(csv, report, ReportFormat::Csv, lang);
    // In the CSV a blank line separates tables; each starts with its title, then its header.
    std::vector<ReportTable> tables;
    int lastLine = 0;
    for (CsvRecord& r : readCsv(csv.str()).records) {
        const bool startsTable = tables.empty() || r.line > lastLine + 1;
        lastLine = r.line;
        if (startsTable) {
            tables.push_back({r.fields.empty() ? std::string() : r.fields.front(), {}, {}});
        } else if (tables.back().header.empty() && tables.size() > 1) {
            tables.back().header = std::move(r.fields);
        } else {
            tables.back().rows.push_back(std::move(r.fields));
        }
    }
    return tables;
}

void freezeReport(Plan& plan, const NeedsReport& report, const std::string& takenOn) {
    ReportSnapshot snapshot{report.asOf.year, takenOn, reportToJson(report).dump()};
    auto& list = plan.reportSnapshots;
    list.erase(std::remove_if(list.begin(), list.end(), [&](const ReportSnapshot& s) { return s.year == snapshot.year; }),
               list.end());
    const auto at = std::find_if(list.begin(), list.end(), [&](const ReportSnapshot& s) { return s.year > snapshot.year; });
    list.insert(at, std::move(snapshot));
}

SnapshotSummary summarizeSnapshot(const ReportSnapshot& snapshot) {
    using nlohmann::json;
    SnapshotSummary s;
    s.year = snapshot.year;
    s.takenOn = snapshot.takenOn;
    const json j = json::parse(snapshot.report, nullptr, false);
    if (!j.is_object()) return s;
    // Only the validated document gets here (workspace_json.cpp); value() still guards each field.
    s.asOf = j.value("as_of", "");
    s.households = j.value("households", 0L);
    s.children = j.value("children", 0L);
    const json any = j.value("indicators", json::object()).value("any", json::object());
    s.suspectedHouseholds = any.value("observed", json::object()).value("households", json::object()).value("count", 0L);
    s.confirmedHouseholds = any.value("confirmed", json::object()).value("households", json::object()).value("count", 0L);
    s.registryChildren = j.value("registry", json::object()).value("children", 0L);
    return s;
}

}  // namespace prevplan
