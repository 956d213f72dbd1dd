#include "core/observatory/observatory_mapping.h"

#include <algorithm>
#include <cctype>
#include <functional>

#include "core/base/csv.h"
#include "core/base/encoding.h"
#include "core/base/fold.h"
#include "core/catalog/indicators.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_query.h"

namespace prevplan {

namespace {

// Wordings seen in commune spreadsheets and mayoralties' lists of children (keys as mappingKey
// makes them) and their column. Only whole headers match: a header not listed stays unrecognised
// for the user to map, rather than guessed.
struct Wordings {
    const char* column;  // "" = ignored, knowingly
    std::vector<const char*> keys;
};
const Wordings kSynonyms[] = {
    {"household_id", {"cod gospodarie", "id gospodarie", "gospodaria", "household", "household id"}},
    {"family_id", {"cod familie", "id familie", "familia", "nucleu familial", "family id", "family"}},
    {"village",
     {"sat", "satul", "localitate", "localitatea", "sat localitate", "satul localitatea", "sat apartinator",
      "satul de domiciliu", "village", "locality"}},
    {"address",
     {"adresa", "adresa gospodariei", "adresa de domiciliu", "adresa domiciliu", "adresa completa", "domiciliu",
      "domiciliul", "strada si numarul", "strada si nr", "str si nr", "address", "home address"}},
    {"street", {"strada", "str", "street"}},
    {"house_number",
     {"numar", "numarul", "nr casa", "numar casa", "nr strada", "nr domiciliu", "house number", "street number"}},
    {"family_head",
     {"cap de familie", "capul familiei", "reprezentant legal", "parinte", "parintele", "parinti",
      "parinte reprezentant legal", "parinte sau reprezentant legal", "parinte tutore", "tutore", "nume parinte",
      "numele parintelui", "nume si prenume parinte", "numele reprezentantului legal", "mama", "mama tutore"}},
    {"family_head", {"head of family", "family head", "parent", "parent guardian", "legal representative", "guardian"}},
    {"child_name",
     {"nume copil", "numele copilului", "nume si prenume", "numele si prenumele copilului", "nume si prenume copil",
      "numele si prenumele", "nume prenume", "nume complet", "copil", "copilul", "child", "child name", "child s name",
      "full name", "name"}},
    // "Nume" next to "Prenume" is the surname; alone it is the whole name (see autoMapping).
    {"child_surname", {"nume", "numele", "nume de familie", "surname", "last name", "family name"}},
    {"child_given_name", {"prenume", "prenumele", "prenume copil", "first name", "given name"}},
    {"cnp", {"cod numeric personal", "cnp copil", "cnp ul copilului", "cnp copilului", "personal numeric code"}},
    {"birth_date",
     {"data nasterii", "data de nastere", "data nastere", "nascut la", "nascut a la", "data nasterii copilului",
      "date of birth", "birth date", "dob"}},
    {"sex", {"sexul", "gen", "genul", "gender"}},
    {"in_protection", {"in protectie", "in protectie speciala", "in special protection"}},
    {"sheet_id",
     {"nr fisa", "nr fisei", "numar fisa", "numarul fisei", "id fisa", "cod fisa", "fisa", "sheet",
      "numar unic de identificare", "sheet id"}},
    {"observed_on", {"data completarii", "data completarii fisei", "data fisei", "data observarii", "observed on"}},
    {"observed_by", {"completat de", "completata de", "observed by"}},
    {"observed_by_position", {"functia", "functie", "pozitia", "position"}},
    {"visit_by", {"vizita efectuata de", "cine face vizita", "visit by"}},
    {"visit_by_position", {"functia celui care face vizita", "visit by position"}},
    {"visit_planned_on", {"data vizitei", "data planificata a vizitei", "visit planned on"}},
    {"risk_sheet_on", {"data fisei de identificare", "data identificarii riscurilor", "risk sheet on"}},
    // Row numbers of the spreadsheet and ways to reach the family: nothing the Observatory keeps.
    {"",
     {"nr", "nr crt", "no", "numar curent", "numar crt", "telefon", "tel", "nr telefon", "nr tel", "numar telefon",
      "numar de telefon", "telefon parinte", "telefon mobil", "mobil", "phone", "phone number", "email", "e mail"}},
};

// Columns a list may split and PrevPlan keeps whole: their values are joined, in this order, into
// the whole column.
struct Part {
    const char* name;
    const char* whole;
    const char* prefix;  // written before the value ("nr. 12")
};
const Part kParts[] = {
    {"child_surname", "child_name", ""},
    {"child_given_name", "child_name", ""},
    {"street", "address", ""},
    {"house_number", "address", "nr. "},
};

// A social worker's words for each column, Romanian first (the CSV keeps its own names).
const std::pair<const char*, Text> kTargetLabels[] = {
    {"household_id", {"Codul gospodăriei", "Household id"}},
    {"family_id", {"Codul familiei", "Family id"}},
    {"village", {"Satul", "Village"}},
    {"address", {"Adresa", "Address"}},
    {"street", {"Strada", "Street"}},
    {"house_number", {"Numărul casei", "House number"}},
    {"family_head", {"Părinte / reprezentant legal", "Parent / legal representative"}},
    {"child_name", {"Numele și prenumele copilului", "Child's full name"}},
    {"child_surname", {"Numele de familie al copilului", "Child's surname"}},
    {"child_given_name", {"Prenumele copilului", "Child's first name"}},
    {"cnp", {"CNP", "Personal numeric code (CNP)"}},
    {"birth_date", {"Data nașterii", "Date of birth"}},
    {"sex", {"Sexul", "Sex"}},
    {"in_protection", {"În protecție specială", "In special protection"}},
    {"sheet_id", {"Numărul fișei de observație", "Observation sheet number"}},
    {"observed_on", {"Data completării fișei", "Date the sheet was filled in"}},
    {"observed_by", {"Fișa completată de", "Sheet filled in by"}},
    {"observed_by_position", {"Funcția celui care a completat fișa", "Their position"}},
    {"visit_by", {"Vizita la domiciliu făcută de", "Home visit by"}},
    {"visit_by_position", {"Funcția celui care face vizita", "Visitor's position"}},
    {"visit_planned_on", {"Data programată a vizitei", "Planned visit date"}},
    {"risk_sheet_on", {"Data identificării riscurilor", "Risk identification date"}},
};

// The Observation Sheet's own columns: a table with none of them is a plain list of children.
bool isSheetColumn(const std::string& target) {
    static const char* const kSheet[] = {"sheet_id", "observed_on",       "observed_by",      "observed_by_position",
                                         "visit_by", "visit_by_position", "visit_planned_on", "risk_sheet_on"};
    return target.rfind("obs:", 0) == 0 || target.rfind("conf:", 0) == 0 ||
           std::any_of(std::begin(kSheet), std::end(kSheet), [&](const char* s) { return target == s; });
}

std::string trimmed(std::string_view s) { return std::string(trimmedCell(s)); }

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

// "Data nașterii (zz.ll.aaaa)" → "Data nașterii": a hint in brackets does not change the column.
std::string withoutAsides(const std::string& header) {
    std::string out;
    int depth = 0;
    for (char c : header) {
        if (c == '(' || c == '[') ++depth;
        else if ((c == ')' || c == ']') && depth > 0) --depth;
        else if (depth == 0) out += c;
    }
    return out;
}

const Part* partOf(const std::string& target) {
    const auto p = std::find_if(std::begin(kParts), std::end(kParts), [&](const Part& q) { return target == q.name; });
    return p == std::end(kParts) ? nullptr : p;
}

// How the mapped table differs from a header rename: split columns joined into their whole one,
// and the empty columns a plain list of children lacks added. Ignored columns are left out.
struct RowPlan {
    std::vector<std::string> header;  // the rewritten table's header
    struct Source {
        std::vector<int> pieces;         // the file columns it is made of (none: empty)
        std::vector<const Part*> parts;  // their part, nullptr for the whole column
        bool copied() const { return pieces.size() == 1 && !parts[0]; }
    };
    std::vector<Source> sources;  // one per header column
    bool needed = false;          // false: renaming the header is enough
};

// The whole column first, then its parts in kParts order (surname, first name), however the file
// orders them.
int partRank(const Part* p) { return p ? 1 + static_cast<int>(p - std::begin(kParts)) : 0; }

RowPlan rowPlan(const ColumnMapping& m) {
    RowPlan plan;
    for (std::size_t j = 0; j < m.targets.size(); ++j) {
        const Part* part = partOf(m.targets[j]);
        const std::string name = part ? part->whole : m.targets[j];
        if (name.empty()) continue;
        plan.needed = plan.needed || part;
        auto at = std::find(plan.header.begin(), plan.header.end(), name);
        if (at == plan.header.end()) {
            plan.header.push_back(name);
            plan.sources.emplace_back();
            at = plan.header.end() - 1;
        }
        RowPlan::Source& source = plan.sources[static_cast<std::size_t>(at - plan.header.begin())];
        const auto pos = std::upper_bound(source.parts.begin(), source.parts.end(), part,
                                          [](const Part* a, const Part* b) { return partRank(a) < partRank(b); });
        source.pieces.insert(source.pieces.begin() + (pos - source.parts.begin()), static_cast<int>(j));
        source.parts.insert(pos, part);
    }
    const auto mapped = [&](const std::string& t) {
        return std::find(plan.header.begin(), plan.header.end(), t) != plan.header.end();
    };
    std::vector<std::string> added;
    if (std::none_of(plan.header.begin(), plan.header.end(), isSheetColumn))
        added = {"sheet_id", "observed_on", "observed_by", "observed_by_position"};
    if (mapped("cnp")) added.insert(added.end(), {"birth_date", "sex"});  // the CNP fills them
    for (const std::string& a : added)
        if (!mapped(a)) {
            plan.header.push_back(a);
            plan.sources.emplace_back();
            plan.needed = true;
        }
    return plan;
}

std::string joined(const CsvRecord& r, const RowPlan::Source& s) {
    std::string out;
    for (std::size_t k = 0; k < s.pieces.size(); ++k) {
        const auto j = static_cast<std::size_t>(s.pieces[k]);
        const std::string value = j < r.fields.size() ? trimmed(csvCellValue(r.fields[j])) : "";
        if (value.empty()) continue;
        if (!out.empty()) out += ' ';
        const char* prefix = s.parts[k] ? s.parts[k]->prefix : "";
        // "12" → "nr. 12", but "nr. 12" stays as written.
        if (*prefix && mappingKey(value).rfind(mappingKey(prefix), 0) != 0) out += prefix;
        out += value;
    }
    return inertCsvCell(out);
}

// Line breaks in a written record (CRLF counts once).
int lineBreaks(const std::string& s) {
    int n = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) ++n;
    return n;
}

}  // namespace

std::string rewriteRows(std::string_view csvText, const std::vector<std::string>& header,
                        const std::function<std::vector<std::string>(const CsvRecord&)>& row) {
    const CsvDocument doc = readCsv(csvText);
    std::string out(kUtf8Bom);
    int line = 1;
    for (const int first = doc.records.empty() ? 1 : doc.records.front().line; line < first; ++line) out += "\r\n";
    const std::string head = csvLine(header, doc.separator, CsvCells::AsRead);
    out += head;
    line += lineBreaks(head);
    for (std::size_t i = 1; i < doc.records.size(); ++i) {
        const CsvRecord& r = doc.records[i];
        for (; line < r.line; ++line) out += "\r\n";  // blank lines keep the rows' line numbers
        const std::string written = csvLine(row(r), doc.separator, CsvCells::AsRead);
        out += written;
        line += lineBreaks(written);
    }
    return out;
}

std::string mappingTargetLabel(const std::string& target, Lang lang) {
    const auto it = std::find_if(std::begin(kTargetLabels), std::end(kTargetLabels),
                                 [&](const auto& l) { return target == l.first; });
    return it == std::end(kTargetLabels) ? target : it->second.in(lang);
}

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
    static const std::vector<std::string> targets = [] {
        std::vector<std::string> all = observatoryColumns();
        for (const Part& p : kParts) all.insert(std::find(all.begin(), all.end(), p.whole) + 1, p.name);
        return all;
    }();
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
        const auto mem =
            std::find_if(remembered.begin(), remembered.end(), [&](const auto& r) { return r.first == key; });
        const std::string plainKey = mappingKey(withoutAsides(column));
        const auto syn = std::find_if(std::begin(kSynonyms), std::end(kSynonyms), [&](const Wordings& w) {
            return std::any_of(w.keys.begin(), w.keys.end(), [&](const char* k) { return key == k || plainKey == k; });
        });
        if (mem != remembered.end()) target = mem->second;
        else if (isTarget(exact)) target = exact;
        else if (!indicatorTarget(column).empty()) target = indicatorTarget(column);
        else if (syn != std::end(kSynonyms)) target = syn->column;
        else found = false;
        if (!target.empty() && std::find(used.begin(), used.end(), target) != used.end()) {
            target.clear();  // a second column for the same thing is left out, for the user to decide
            found = false;
        }
        if (!target.empty()) used.push_back(target);
        m.targets.push_back(target);
        m.recognised.push_back(found);
    }
    // "Nume" with no "Prenume" beside it holds the whole name.
    const auto has = [&](const char* t) { return std::find(used.begin(), used.end(), t) != used.end(); };
    if (has("child_surname") && !has("child_given_name") && !has("child_name"))
        std::replace(m.targets.begin(), m.targets.end(), std::string("child_surname"), std::string("child_name"));
    return m;
}

bool mappingRewritesRows(const ColumnMapping& mapping) { return rowPlan(mapping).needed; }

std::string applyMapping(std::string_view bytes, const ColumnMapping& mapping) {
    const std::string text = spreadsheetText(bytes);
    const std::string_view csvText = text;
    const RowPlan plan = rowPlan(mapping);
    if (plan.needed)
        return rewriteRows(csvText, plan.header, [&](const CsvRecord& r) {
            std::vector<std::string> fields;
            for (const RowPlan::Source& s : plan.sources) {
                const auto j = s.copied() ? static_cast<std::size_t>(s.pieces[0]) : r.fields.size();
                fields.push_back(j < r.fields.size() ? r.fields[j] : s.copied() ? std::string() : joined(r, s));
            }
            return fields;
        });
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
