#pragma once
// Column mapping for Observatory spreadsheets made by people: whatever their header says
// ("Numele copilului", "Data nașterii", "1.a" …) is matched to PrevPlan's column names
// (docs/csv-format.md), automatically where it can be recognised and by hand otherwise. The
// choice is remembered in the plan for the next import of the same table.
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/csv.h"
#include "core/base/text.h"

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

// Every PrevPlan column the importer reads, in export order, with the parts a list may split a
// column into next to it: child_surname and child_given_name (joined into child_name), street and
// house_number (joined into address, "nr. 12").
const std::vector<std::string>& mappingTargets();

// A target in a social worker's words, Romanian first ("Data nașterii" for birth_date); an
// indicator column (obs:/conf:) is returned as it is.
std::string mappingTargetLabel(const std::string& target, Lang lang);

// Reads the header line and proposes a target for each column: the remembered choice, else the
// column's own name, else a known Romanian or English wording (docs/commune-list.md), a hint in
// brackets aside. A target is used at most once; a header that is none of these is left
// unrecognised (ignored until the user maps it), never guessed.
ColumnMapping autoMapping(std::string_view csvText, const RememberedMapping& remembered);

// The same file with its header replaced by the mapped names; every other line is untouched and
// keeps its line number, so import errors point at the user's own rows. When the file splits a
// column (surname and first name, street and number) the rows are rewritten with the parts joined
// and the ignored columns left out. A plain list of children, with no Observation Sheet column,
// gets the sheet's columns empty (its children enter with no sheet yet), and a list with a CNP gets
// empty birth_date and sex columns when it lacks them (the CNP fills them).
std::string applyMapping(std::string_view csvText, const ColumnMapping& mapping);

// Whether applyMapping rewrites the rows (parts joined, columns added or left out) rather than
// only the header: otherwise the file can be read in place under the mapped header.
bool mappingRewritesRows(const ColumnMapping& mapping);

// A table rewritten row by row: `header` replaces the first record and `row` gives each other
// record's fields (written as they are, their cells already inert); every record keeps its line
// number, blank lines filling the gaps.
std::string rewriteRows(std::string_view csvText, const std::vector<std::string>& header,
                        const std::function<std::vector<std::string>(const CsvRecord&)>& row);

// `previous` updated with this mapping's choices (for the plan to keep).
RememberedMapping rememberMapping(const ColumnMapping& mapping, RememberedMapping previous);

// The same table with another field separator (Excel in a Romanian locale expects ';').
// The text is a CSV the app wrote itself (its cells already inert); they are copied as they are.
std::string withSeparator(std::string_view csvText, char separator);

}  // namespace prevplan
