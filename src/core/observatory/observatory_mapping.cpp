#include "core/observatory/observatory_mapping.h"

#include <algorithm>
#include <cctype>

#include "core/base/encoding.h"
#include "core/base/fold.h"
#include "core/catalog/indicators.h"
#include "core/base/csv.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_query.h"

namespace prevplan {

namespace {

// Wordings seen in commune spreadsheets (keys as mappingKey makes them) and their column.
const std::pair<const char*, const char*> kSynonyms[] = {
    {"cod gospodarie", "household_id"}, {"id gospodarie", "household_id"}, {"gospodaria", "household_id"},
    {"household", "household_id"}, {"household id", "household_id"},
    {"cod familie", "family_id"}, {"id familie", "family_id"}, {"familia", "family_id"},
    {"nucleu familial", "family_id"}, {"family id", "family_id"}, {"family", "family_id"},
    {"sat", "village"}, {"satul", "village"}, {"localitate", "village"}, {"localitatea", "village"},
    {"adresa", "address"}, {"adresa gospodariei", "address"}, {"strada", "address"},
    {"cap de familie", "family_head"}, {"capul familiei", "family_head"}, {"reprezentant legal", "family_head"},
    {"head of family", "family_head"}, {"family head", "family_head"},
    {"nume copil", "child_name"}, {"numele copilului", "child_name"}, {"nume si prenume", "child_name"},
    {"numele si prenumele copilului", "child_name"}, {"nume si prenume copil", "child_name"},
    {"copil", "child_name"}, {"copilul", "child_name"}, {"child", "child_name"}, {"child name", "child_name"},
    {"cod numeric personal", "cnp"}, {"cnp copil", "cnp"}, {"cnp ul copilului", "cnp"},
    {"data nasterii", "birth_date"}, {"data de nastere", "birth_date"}, {"nascut la", "birth_date"},
    {"date of birth", "birth_date"}, {"birth date", "birth_date"},
    {"sexul", "sex"}, {"gen", "sex"},
    {"in protectie", "in_protection"}, {"in protectie speciala", "in_protection"}, {"in special protection", "in_protection"},
    {"nr fisa", "sheet_id"}, {"nr fisei", "sheet_id"}, {"numar fisa", "sheet_id"}, {"numarul fisei", "sheet_id"},
    {"id fisa", "sheet_id"}, {"cod fisa", "sheet_id"}, {"fisa", "sheet_id"}, {"sheet", "sheet_id"},
    {"numar unic de identificare", "sheet_id"}, {"sheet id", "sheet_id"},
    {"data completarii", "observed_on"}, {"data completarii fisei", "observed_on"}, {"data fisei", "observed_on"},
    {"data observarii", "observed_on"}, {"observed on", "observed_on"},
    {"completat de", "observed_by"}, {"completata de", "observed_by"}, {"observed by", "observed_by"},
    {"functia", "observed_by_position"}, {"functie", "observed_by_position"}, {"pozitia", "observed_by_position"},
    {"position", "observed_by_position"},
    {"vizita efectuata de", "visit_by"}, {"cine face vizita", "visit_by"}, {"visit by", "visit_by"},
    {"functia celui care face vizita", "visit_by_position"}, {"visit by position", "visit_by_position"},
    {"data vizitei", "visit_planned_on"}, {"data planificata a vizitei", "visit_planned_on"},
    {"visit planned on", "visit_planned_on"},
    {"data fisei de identificare", "risk_sheet_on"}, {"data identificarii riscurilor", "risk_sheet_on"},
    {"risk sheet on", "risk_sheet_on"},
    // Row numbers of the spreadsheet: nothing to import.
    {"nr", ""}, {"nr crt", ""}, {"no", ""}, {"numar curent", ""},
};

std::string trimmed(std::string s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// "1.a", "obs 1.a", "conf: 1.a", "confirmat 1.a" → "obs:1.a" / "conf:1.a".
std::string indicatorTarget(const std::string& header) {
    std::string h = foldForSearch(trimmed(header));
    std::string part = "obs:";
    for (const char* prefix : {"obs:", "obs ", "observat ", "suspiciune "}) {
        if (h.rfind(prefix, 0) == 0) h = h.substr(std::char_traits<char>::length(prefix));
    }
    for (const char* prefix : {"conf:", "conf ", "confirmat ", "confirmed "}) {
        if (h.rfind(prefix, 0) != 0) continue;
        h = h.substr(std::char_traits<char>::length(prefix));
        part = "conf:";
    }
    h = trimmed(h);
    return indicatorIndex(h) >= 0 ? part + h : std::string();
}

bool isTarget(const std::string& name) {
    const auto& all = mappingTargets();
    return std::find(all.begin(), all.end(), name) != all.end();
}

// The first record of the file: where it starts and ends (past its line end) and how many line
// breaks it spans.
struct HeaderSpan {
    std::size_t begin = 0, end = 0;
    int lines = 1;
};

HeaderSpan headerSpan(std::string_view text) {
    HeaderSpan span;
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) span.begin = kUtf8Bom.size();
    while (span.begin < text.size() && (text[span.begin] == '\r' || text[span.begin] == '\n')) ++span.begin;
    bool quoted = false;
    std::size_t i = span.begin;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') quoted = !quoted;
        if (c != '\r' && c != '\n') continue;
        const std::size_t next = c == '\r' && i + 1 < text.size() && text[i + 1] == '\n' ? i + 1 : i;
        if (!quoted) {
            span.end = next + 1;
            return span;
        }
        ++span.lines;
        i = next;
    }
    span.end = text.size();
    return span;
}

}  // namespace

std::string mappingKey(const std::string& header) {
    const std::string folded = foldForSearch(header);
    std::string out;
    for (char c : folded) {
        const bool word = std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
        if (word) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

const std::vector<std::string>& mappingTargets() {
    static const std::vector<std::string> targets = observatoryColumns();
    return targets;
}

ColumnMapping autoMapping(std::string_view bytes, const RememberedMapping& remembered) {
    const std::string text = spreadsheetText(bytes);  // the headers are remembered in the plan
    const std::string_view csvText = text;
    const HeaderSpan span = headerSpan(csvText);
    const CsvDocument header = readCsv(csvText.substr(span.begin, span.end - span.begin));
    ColumnMapping m;
    if (!header.records.empty()) m.fileColumns = header.records.front().fields;
    std::vector<std::string> used;
    for (const std::string& column : m.fileColumns) {
        const std::string key = mappingKey(column);
        const std::string exact = foldForSearch(trimmed(column));
        std::string target;
        bool found = true;
        const auto mem = std::find_if(remembered.begin(), remembered.end(), [&](const auto& r) { return r.first == key; });
        const auto syn = std::find_if(std::begin(kSynonyms), std::end(kSynonyms),
                                      [&](const auto& s) { return key == s.first; });
        if (mem != remembered.end()) target = mem->second;
        else if (isTarget(exact)) target = exact;
        else if (!indicatorTarget(column).empty()) target = indicatorTarget(column);
        else if (syn != std::end(kSynonyms)) target = syn->second;
        else found = false;
        if (!target.empty() && std::find(used.begin(), used.end(), target) != used.end()) {
            target.clear();  // a second column for the same thing is left out, for the user to decide
            found = false;
        }
        if (!target.empty()) used.push_back(target);
        m.targets.push_back(target);
        m.recognised.push_back(found);
    }
    return m;
}

std::string applyMapping(std::string_view bytes, const ColumnMapping& mapping) {
    const std::string text = spreadsheetText(bytes);
    const std::string_view csvText = text;
    const HeaderSpan span = headerSpan(csvText);
    const char separator = readCsv(csvText.substr(span.begin, span.end - span.begin)).separator;
    std::string out(csvText.substr(0, span.begin));
    out += csvLine(mapping.targets, separator);
    for (int i = 1; i < span.lines; ++i) out += "\r\n";  // blank lines keep the rows' line numbers
    out += csvText.substr(span.end);
    return out;
}

RememberedMapping rememberMapping(const ColumnMapping& mapping, RememberedMapping previous) {
    for (std::size_t i = 0; i < mapping.fileColumns.size(); ++i) {
        const std::string key = mappingKey(mapping.fileColumns[i]);
        // A header that is already the column's own name needs no memory.
        if (key.empty() || key == mappingKey(mapping.targets[i])) continue;
        const auto it = std::find_if(previous.begin(), previous.end(), [&](const auto& r) { return r.first == key; });
        if (it != previous.end()) it->second = mapping.targets[i];
        else previous.emplace_back(key, mapping.targets[i]);
    }
    return previous;
}

std::string withSeparator(std::string_view csvText, char separator) {
    std::string out(kUtf8Bom);
    // The cells were made inert when the CSV was first written; a second apostrophe would show.
    for (const CsvRecord& r : readCsv(csvText).records) out += csvLine(r.fields, separator, CsvCells::AsRead);
    return out;
}

}  // namespace prevplan
