#include "core/report/report_tables.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/report/report_format.h"
#include "core/report/report_snapshots.h"

namespace prevplan {

std::vector<ReportTable> reportTables(const NeedsReport& report, Lang lang) {
    // The heading first, as in the CSV; figures written for a person.
    std::vector<ReportTable> tables = {{reportHeading(report, lang), {}, {}}};
    for (ReportTable& t : reportTextTables(report, lang, NumberStyle::Reading)) tables.push_back(std::move(t));
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
    SnapshotSummary s;
    s.year = snapshot.year;
    s.takenOn = snapshot.takenOn;
    const FrozenFigures f = frozenFigures(snapshot);
    s.asOf = f.asOf;
    s.households = f.households;
    s.children = f.children;
    if (const FrozenRow* any = f.row("any")) {
        s.suspectedHouseholds = any->count(BaselineBasis::Observed, BaselineUnit::Households).value_or(0);
        s.confirmedHouseholds = any->count(BaselineBasis::Confirmed, BaselineUnit::Households).value_or(0);
    }
    s.registryChildren = f.registryChildren;
    return s;
}

}  // namespace prevplan
