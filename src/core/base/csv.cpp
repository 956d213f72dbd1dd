#include "core/base/csv.h"

#include <algorithm>
#include <array>
#include <limits>

#include "core/base/limits.h"

namespace prevplan {

namespace {

// The separator of the first line that is not blank: the more frequent of ";" and "," outside quotes.
char detectSeparator(std::string_view text) {
    int commas = 0, semicolons = 0;
    bool quoted = false;
    text.remove_prefix(std::min(text.find_first_not_of("\r\n"), text.size()));
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

class Reader {
public:
    Reader(std::string_view text, CsvScan& scan) : s_(text), scan_(scan) {
        for (const char c : {scan.separator, '"', '\n', '\r'}) stops_[static_cast<unsigned char>(c)] = true;
    }

    // Reads at most `records` records (blank lines count); returns whether text remains.
    bool run(std::size_t records, const std::function<void(const CsvRecord&)>& onRecord) {
        for (std::size_t n = 0; n < records && pos_ < s_.size(); ++n) record(onRecord);
        return pos_ < s_.size();
    }

    std::size_t position() const { return pos_; }

private:
    std::string_view s_;
    CsvScan& scan_;
    std::array<bool, 256> stops_{};  // the characters that end a run of plain text, by byte
    CsvRecord record_;
    std::string skipped_;  // a field beyond kMaxCsvColumns
    std::size_t pos_ = 0;
    int line_ = 1;

    // Consumes one line end (CRLF, LF or CR) at pos_, if there is one.
    bool lineEnd() {
        if (s_[pos_] == '\r') {
            pos_ += pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n' ? 2 : 1;
        } else if (s_[pos_] == '\n') {
            ++pos_;
        } else {
            return false;
        }
        ++line_;
        return true;
    }

    void record(const std::function<void(const CsvRecord&)>& onRecord) {
        record_.line = line_;
        std::size_t count = 0;
        bool blank = true;
        for (;;) {
            if (count == kMaxCsvColumns) {
                // Past the limit the fields are read (to find the line end) and dropped.
                if (!scan_.tooManyColumnsLine) scan_.tooManyColumnsLine = record_.line;
                skipped_.clear();
                field(skipped_);
                if (pos_ >= s_.size() || lineEnd()) break;
                ++pos_;
                continue;
            }
            if (count == record_.fields.size()) record_.fields.emplace_back();
            std::string& f = record_.fields[count++];
            f.clear();  // keeps its capacity for the next record
            field(f);
            blank = blank && f.empty();
            if (pos_ >= s_.size() || lineEnd()) break;
            ++pos_;  // the separator
        }
        record_.fields.resize(count);
        if (!blank) onRecord(record_);
    }

    // A field up to (not including) the next separator or line end.
    void field(std::string& out) {
        for (;;) {
            // The run of plain characters up to a quote, the separator or a line end, copied at once.
            std::size_t end = pos_;
            while (end < s_.size() && !stops_[static_cast<unsigned char>(s_[end])]) ++end;
            if (end == pos_ + 1) out += s_[pos_];  // most cells are one answer's digit: no call to copy it
            else if (end > pos_) out.append(s_.data() + pos_, end - pos_);
            pos_ = end;
            if (pos_ >= s_.size() || s_[pos_] != '"') return;
            quoted(out);
        }
    }

    void quoted(std::string& out) {
        const int opened = line_;
        ++pos_;
        while (pos_ < s_.size()) {
            const char c = s_[pos_];
            if (c == '"') {
                if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
                    out += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                return;
            }
            if (c == '\r' || c == '\n') {
                // Keep the break as LF; count the line.
                lineEnd();
                out += '\n';
                continue;
            }
            // Copy the run up to the next quote or line break at once.
            std::size_t end = pos_ + 1;
            while (end < s_.size() && s_[end] != '"' && s_[end] != '\r' && s_[end] != '\n') ++end;
            out.append(s_.data() + pos_, end - pos_);
            pos_ = end;
        }
        if (!scan_.unterminatedQuoteLine) scan_.unterminatedQuoteLine = opened;
    }
};

}  // namespace

struct CsvCursor::State {
    CsvScan scan;
    std::optional<Reader> reader;    // none when the file is too large to read, or read
    std::size_t start = 0, end = 0;  // of the text after its byte order mark
};

CsvCursor::CsvCursor(std::string_view text) : state_(std::make_unique<State>()) {
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
        text.remove_prefix(kUtf8Bom.size());
        state_->start = kUtf8Bom.size();
    }
    state_->end = state_->start + text.size();
    if (text.size() > kMaxDocumentBytes) {
        state_->scan.tooLarge = true;
        return;
    }
    state_->scan.separator = detectSeparator(text);
    state_->reader.emplace(text, state_->scan);
}

CsvCursor::~CsvCursor() = default;

bool CsvCursor::read(std::size_t records, const std::function<void(const CsvRecord&)>& onRecord) {
    if (state_->reader && !state_->reader->run(records, onRecord)) state_->reader.reset();
    return !state_->reader;
}

const CsvScan& CsvCursor::scan() const { return state_->scan; }

std::size_t CsvCursor::position() const {
    if (state_->reader) return state_->start + state_->reader->position();
    return state_->scan.tooLarge ? 0 : state_->end;  // nothing read, or everything
}

CsvScan scanCsv(std::string_view text, const std::function<void(const CsvRecord&)>& onRecord) {
    CsvCursor cursor(text);
    cursor.read(std::numeric_limits<std::size_t>::max(), onRecord);
    return cursor.scan();
}

std::optional<CsvLimitProblem> csvLimitProblem(const CsvScan& scan) {
    if (scan.tooLarge) {
        const std::string max = std::to_string(kMaxDocumentBytes / 1'000'000);
        return CsvLimitProblem{0, "fișierul este mai mare de " + max + " MB", "the file is larger than " + max + " MB"};
    }
    if (scan.tooManyColumnsLine) {
        const std::string max = std::to_string(kMaxCsvColumns);
        return CsvLimitProblem{*scan.tooManyColumnsLine, "rândul are mai mult de " + max + " de coloane",
                               "the line has more than " + max + " columns"};
    }
    return std::nullopt;
}

CsvDocument readCsv(std::string_view text) {
    CsvDocument doc;
    const CsvScan scan = scanCsv(text, [&](const CsvRecord& r) { doc.records.push_back(r); });
    doc.separator = scan.separator;
    doc.unterminatedQuoteLine = scan.unterminatedQuoteLine;
    doc.tooLarge = scan.tooLarge;
    doc.tooManyColumnsLine = scan.tooManyColumnsLine;
    return doc;
}

std::string_view csvHead(std::string_view text, std::size_t records) {
    CsvCursor cursor(text);
    std::size_t seen = 0;
    while (seen < records && !cursor.read(1, [&](const CsvRecord&) { ++seen; })) {}
    return text.substr(0, cursor.position());
}

namespace {

bool startsFormula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// "-3", "-2,5", "-0.5": a negative number, which a spreadsheet reads as a value.
bool plainNegativeNumber(std::string_view s) {
    if (s.size() < 2 || s[0] != '-') return false;
    std::size_t i = 1, digits = 0, marks = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') ++digits;
        else if ((c == '.' || c == ',') && digits > 0 && marks == 0 && i + 1 < s.size()) ++marks;
        else return false;
    }
    return digits > 0;
}

}  // namespace

std::string inertCsvCell(std::string_view cell) {
    if (cell.empty() || plainNegativeNumber(cell)) return std::string(cell);
    if (startsFormula(cell[0]) || cell[0] == '\'') return '\'' + std::string(cell);
    return std::string(cell);
}

std::string_view trimmedCell(std::string_view cell) {
    // Plain loops: most cells are a digit or empty, where find_first_not_of's search per character costs most.
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (!cell.empty() && blank(cell.front())) cell.remove_prefix(1);
    while (!cell.empty() && blank(cell.back())) cell.remove_suffix(1);
    return cell;
}

std::string_view csvCellValue(std::string_view cell) {
    if (cell.size() >= 2 && cell[0] == '\'' && (startsFormula(cell[1]) || cell[1] == '\'')) cell.remove_prefix(1);
    return cell;
}

std::string csvLine(const std::vector<std::string>& fields, char separator, CsvCells cells) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += separator;
        const std::string f = cells == CsvCells::Inert ? inertCsvCell(fields[i]) : fields[i];
        if (f.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos) {
            out += f;
            continue;
        }
        out += '"';
        for (char c : f) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
    return out;
}

}  // namespace prevplan
