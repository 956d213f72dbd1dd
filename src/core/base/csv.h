#pragma once
// A small RFC 4180 reader and writer: "," or ";" (detected from the header line), quoted fields
// with "" escapes and line breaks, CRLF / LF / CR line ends, an optional UTF-8 byte order mark.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prevplan {

struct CsvRecord {
    int line = 0;  // 1-based line of the file where the record starts
    std::vector<std::string> fields;
};

struct CsvScan {
    char separator = ',';
    std::optional<int> unterminatedQuoteLine;  // a quote opened there never closes
    bool tooLarge = false;                     // above kMaxDocumentBytes: nothing was read
    std::optional<int> tooManyColumnsLine;     // a record there has more than kMaxCsvColumns fields
                                               // (the rest of it was skipped)
};

// Calls onRecord for every record that is not blank, reusing one record's storage, so a large
// file is never held twice in memory. A record keeps at most kMaxCsvColumns fields (base/limits.h).
CsvScan scanCsv(std::string_view text, const std::function<void(const CsvRecord&)>& onRecord);

// The same scan in parts, for a page that must keep drawing: each read() goes on where the
// last one stopped. `text` must outlive the cursor.
class CsvCursor {
public:
    explicit CsvCursor(std::string_view text);
    ~CsvCursor();
    CsvCursor(CsvCursor&&) noexcept = default;
    CsvCursor& operator=(CsvCursor&&) noexcept = default;
    // Reads at most `records` more records (blank lines count); returns whether the file is done.
    bool read(std::size_t records, const std::function<void(const CsvRecord&)>& onRecord);
    const CsvScan& scan() const;   // complete once read() returned true
    std::size_t position() const;  // bytes of the text read so far

private:
    struct State;
    std::unique_ptr<State> state_;
};

struct CsvDocument {
    char separator = ',';
    std::vector<CsvRecord> records;  // blank lines are skipped
    std::optional<int> unterminatedQuoteLine;
    bool tooLarge = false;
    std::optional<int> tooManyColumnsLine;
};

// Why a scan stopped at a limit of base/limits.h, and where (line 0: the whole file); none when it did not.
struct CsvLimitProblem {
    int line = 0;
    std::string ro, en;
};
std::optional<CsvLimitProblem> csvLimitProblem(const CsvScan& scan);

// The whole file at once: for small files and tests.
CsvDocument readCsv(std::string_view text);

// The text up to the end of its first `records` records (blank lines skipped): the header and a
// sample row of a big file, without reading the rest.
std::string_view csvHead(std::string_view text, std::size_t records);

// Cells a person opens in Excel or LibreOffice must not run as formulas (the OWASP rule on CSV
// injection). Inert: a cell that begins with = + - @ TAB or CR gets one leading apostrophe, which
// both spreadsheets read as "text follows" and do not show; so does a cell that begins with an
// apostrophe, so that the importers can strip exactly one again and a round trip loses nothing.
// A plain number ("-3", "-2,5", "-0.5") is left as it is: a spreadsheet reads it as a value, never
// as a formula, so the app's own figures stay numbers. AsRead: the cells are written as they are,
// for a CSV whose cells were already made inert when it was first written (a change of separator).
enum class CsvCells { Inert, AsRead };

// One record, quoted where needed, ended by CRLF.
std::string csvLine(const std::vector<std::string>& fields, char separator, CsvCells cells = CsvCells::Inert);

// One cell as csvLine(…, CsvCells::Inert) writes it, before quoting.
std::string inertCsvCell(std::string_view cell);
// What an importer reads: the cell without the one apostrophe inertCsvCell put before a formula
// character or another apostrophe; any other cell as it is.
std::string_view csvCellValue(std::string_view cell);
// A cell without the spaces and tabs around it.
std::string_view trimmedCell(std::string_view cell);

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace prevplan
