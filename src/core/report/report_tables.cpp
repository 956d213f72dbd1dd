#include "core/report/report_tables.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/report/report_format.h"

namespace prevplan {

std::vector<ReportTable> reportTables(const NeedsReport& report, Lang lang) {
    // The heading first, as in the CSV; percentages with the language's decimal mark.
    std::vector<ReportTable> tables = {{reportHeading(report, lang), {}, {}}};
    for (ReportTable& t : reportTextTables(report, lang, lang == Lang::Ro ? ',' : '.')) tables.push_back(std::move(t));
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
