#include "core/csv.h"

namespace prevplan {

namespace {

// The separator of the first line: the more frequent of ";" and "," outside quotes.
char detectSeparator(std::string_view text) {
    int commas = 0, semicolons = 0;
    bool quoted = false;
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
    Reader(std::string_view text, CsvDocument& doc) : s_(text), doc_(doc) {}

    void run() {
        while (pos_ < s_.size()) record();
    }

private:
    std::string_view s_;
    CsvDocument& doc_;
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

    void record() {
        CsvRecord r;
        r.line = line_;
        bool blank = true;
        for (;;) {
            r.fields.push_back(field());
            blank = blank && r.fields.back().empty();
            if (pos_ >= s_.size() || lineEnd()) break;
            ++pos_;  // the separator
        }
        if (!blank) doc_.records.push_back(std::move(r));
    }

    // A field up to (not including) the next separator or line end.
    std::string field() {
        std::string out;
        while (pos_ < s_.size()) {
            const char c = s_[pos_];
            if (c == doc_.separator || c == '\n' || c == '\r') break;
            if (c == '"') {
                quoted(out);
                continue;
            }
            out += c;
            ++pos_;
        }
        return out;
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
            out += c;
            ++pos_;
        }
        if (!doc_.unterminatedQuoteLine) doc_.unterminatedQuoteLine = opened;
    }
};

}  // namespace

CsvDocument readCsv(std::string_view text) {
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
    CsvDocument doc;
    doc.separator = detectSeparator(text);
    Reader(text, doc).run();
    return doc;
}

std::string csvLine(const std::vector<std::string>& fields, char separator) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += separator;
        const std::string& f = fields[i];
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
