#pragma once
// The needs report as JSON (for tools), CSV (for Excel) and Markdown (for reading);
// the layout is documented in docs/report-format.md.
#include <optional>
#include <ostream>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/report.h"
#include "core/text.h"

namespace prevplan {

enum class ReportFormat { Json, Csv, Markdown };
std::optional<ReportFormat> parseReportFormat(std::string_view name);  // "json", "csv", "md"

// Share of a total in percent, rounded to one decimal; none when the total is zero.
std::optional<double> percentOf(long count, long total);

nlohmann::ordered_json reportToJson(const NeedsReport& report);

// Labels follow lang; the CSV also follows the spreadsheet conventions of that language
// (Romanian: ';' between fields and a decimal comma; English: ',' and a decimal point).
void writeReport(std::ostream& out, const NeedsReport& report, ReportFormat format, Lang lang);

}  // namespace prevplan
