#pragma once
// The needs report as JSON (for tools), CSV (for Excel) and Markdown (for reading);
// the layout is documented in docs/report-format.md.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/base/text.h"
#include "core/report/report.h"

namespace prevplan {

enum class ReportFormat { Json, Csv, Markdown };
std::optional<ReportFormat> parseReportFormat(std::string_view name);  // "json", "csv", "md"

// Share of a total in percent, rounded to one decimal; none when the total is zero.
std::optional<double> percentOf(long count, long total);

nlohmann::ordered_json reportToJson(const NeedsReport& report);

// How the tables write their figures. For a spreadsheet, plain digits with the language's decimal
// mark: Excel in a Romanian locale reads "40,5" as a number in a ';' file, and "1.234" could be
// taken for a decimal. For a person (the screen, Markdown), grouped as well: "1.234", "40,5".
enum class NumberStyle { Spreadsheet, Reading };

// The report's tables as text, as the CSV and Markdown print them: the summary, Table 1, the
// Registry, Annex A2.4 Tables A and B.
struct ReportTable {
    std::string title;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // an empty cell means "no figure"
    std::size_t labelColumns = 2;                // the rest hold figures
};
std::vector<ReportTable> reportTextTables(const NeedsReport& report, Lang lang, NumberStyle style);
// The last of them: the section on the commune's children in public care and their families.
ReportTable publicCareTable(const NeedsReport& report, Lang lang);
// The line above the tables: commune, date, and the demo warning where it applies.
std::string reportHeading(const NeedsReport& report, Lang lang);

// Labels follow lang; the CSV also follows the spreadsheet conventions of that language
// (Romanian: ';' between fields and a decimal comma; English: ',' and a decimal point).
// A string, not a stream: the web build then links no iostreams (docs/hosting.md).
std::string formatReport(const NeedsReport& report, ReportFormat format, Lang lang);

}  // namespace prevplan
