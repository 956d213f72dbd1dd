#pragma once
// The needs report as tables for a screen, and frozen yearly snapshots of it.
#include <string>
#include <vector>

#include "core/report/report.h"
#include "core/report/report_format.h"
#include "core/base/text.h"

namespace prevplan {

// The same tables, labels and figures as the CSV export (report_format.h), so that the screen
// and the spreadsheet never disagree: the heading first, then Table 1, the Registry, Tables A and B.
std::vector<ReportTable> reportTables(const NeedsReport& report, Lang lang);

// Freezes the report as the figures of its year (the year of report.asOf), replacing an earlier
// snapshot of the same year; snapshots stay ordered by year.
void freezeReport(Plan& plan, const NeedsReport& report, const std::string& takenOn);

// The headline figures of a snapshot, for comparing years.
struct SnapshotSummary {
    int year = 0;
    std::string asOf, takenOn;
    long households = 0, children = 0;
    long suspectedHouseholds = 0, confirmedHouseholds = 0;  // with at least one risk situation
    long registryChildren = 0;
};
SnapshotSummary summarizeSnapshot(const ReportSnapshot& snapshot);

}  // namespace prevplan
