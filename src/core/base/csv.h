#pragma once
// A small RFC 4180 reader and writer: "," or ";" (detected from the header line), quoted fields
// with "" escapes and line breaks, CRLF / LF / CR line ends, an optional UTF-8 byte order mark.
#include <functional>
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

// One record, quoted where needed, ended by CRLF.
std::string csvLine(const std::vector<std::string>& fields, char separator);

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace prevplan
