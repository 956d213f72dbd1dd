#pragma once
// Column mapping for Observatory spreadsheets made by people: whatever their header says
// ("Numele copilului", "Data nașterii", "1.a" …) is matched to PrevPlan's column names
// (docs/csv-format.md), automatically where it can be recognised and by hand otherwise. The
// choice is remembered in the plan for the next import of the same table.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prevplan {

// A remembered choice: the header's key (see mappingKey) → PrevPlan column ("" = ignored).
using RememberedMapping = std::vector<std::pair<std::string, std::string>>;

struct ColumnMapping {
    std::vector<std::string> fileColumns;  // the file's header, as written
    std::vector<std::string> targets;      // PrevPlan's column for each; "" = ignored
    std::vector<bool> recognised;          // whether the target was found automatically or remembered
};

// Lower case, no diacritics, runs of spaces and punctuation as one space: "Data nașterii:" → "data nasterii".
std::string mappingKey(const std::string& header);

// Every PrevPlan column the importer reads, in export order.
const std::vector<std::string>& mappingTargets();

// Reads the header line and proposes a target for each column: the remembered choice, else the
// column's own name, else a known Romanian or English wording. A target is used at most once.
ColumnMapping autoMapping(std::string_view csvText, const RememberedMapping& remembered);

// The same file with its header replaced by the mapped names; every other line is untouched and
// keeps its line number, so import errors point at the user's own rows.
std::string applyMapping(std::string_view csvText, const ColumnMapping& mapping);

// `previous` updated with this mapping's choices (for the plan to keep).
RememberedMapping rememberMapping(const ColumnMapping& mapping, RememberedMapping previous);

// The same table with another field separator (Excel in a Romanian locale expects ';').
// The text is a CSV the app wrote itself (its cells already inert); they are copied as they are.
std::string withSeparator(std::string_view csvText, char separator);

}  // namespace prevplan
