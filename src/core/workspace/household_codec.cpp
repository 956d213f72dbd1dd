#include "core/workspace/household_codec.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>

#include "core/base/encoding.h"
#include "core/catalog/indicators.h"
#include "core/observatory/cnp.h"

// The bucket format is described in docs/storage.md, "Household buckets": one record a line,
// fields separated by tabs, empty trailing fields left out.
namespace prevplan {

namespace {

constexpr std::string_view kMagic = "prevplan-bucket";

// Record tags, the first field of each line.
constexpr char kIndicatorsTag = 'I', kStringTag = 'S', kHouseholdTag = 'H', kFamilyTag = 'F', kSheetTag = 'O',
               kRiskTag = 'R', kChildTag = 'C', kServicePlanTag = 'P', kVisitTag = 'V', kEndTag = 'E';

// A field that refers to the bucket's string table starts with this; a text that starts with it
// is escaped.
constexpr char kRef = '@';
// The birth date field of a child whose CNP gives exactly its birth date and sex.
constexpr std::string_view kFromCnp = "~";
// An indicator's position in the bucket's code table, as one character: '0' + position.
constexpr char kFirstPosition = '0';
// The three states of an answer or a verdict, in enum order.
constexpr char kStateSymbols[3] = {'.', '+', '-'};
// A list field: each item preceded by this (so that [] and [""] differ).
constexpr char kItem = ',';
// Dates are days since 1970-01-01 in base 36; only the JSON reader's dates (1800-9999) are valid.
constexpr int kDateBase = 36;
constexpr long kFirstDay = -62091, kLastDay = 2932896;  // Date{1800, 1, 1}.days(), Date{9999, 12, 31}.days()
// A string is worth a table entry when it appears at least twice and is longer than a reference.
constexpr std::size_t kShortestShared = 3;
constexpr std::size_t kMaxFields = 12;
constexpr int kSerialDigits = 9;  // the largest id serial read as a number (kMaxSerial has 10)

constexpr char kBase62[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

int digitValue(char c, int base) {
    int v = -1;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z') v = c - 'A' + 36;
    return v < base ? v : -1;
}

void putNumber(std::string& out, unsigned long value, int base) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = kBase62[value % static_cast<unsigned long>(base)];
        value /= static_cast<unsigned long>(base);
    } while (value);
    while (n) out += digits[--n];
}

// Reads a whole field as a number in `base`; false when it is not one or above `limit`.
bool readNumber(std::string_view s, int base, unsigned long limit, unsigned long& out) {
    if (s.empty()) return false;
    unsigned long v = 0;
    for (char c : s) {
        const int d = digitValue(c, base);
        if (d < 0) return false;
        v = v * static_cast<unsigned long>(base) + static_cast<unsigned long>(d);
        if (v > limit) return false;
    }
    out = v;
    return true;
}

// FNV-1a: the end line's check that the bucket came back as it was written.
std::uint32_t fnv1a(std::string_view bytes) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

// An id "h17" as its prefix and serial, when it is one letter and a plain decimal number.
bool serialOf(std::string_view id, char prefix, long& serial) {
    if (id.size() < 2 || id.size() > 1 + kSerialDigits || id[0] != prefix || id[1] == '0') return false;
    unsigned long v = 0;
    if (!readNumber(id.substr(1), 10, 999'999'999, v)) return false;
    serial = static_cast<long>(v);
    return true;
}

// What a child's CNP says for sure: birth date and sex, when its first digit gives the century.
std::optional<CnpFacts> certainFacts(const std::string& cnp) {
    if (cnp.size() != 13) return std::nullopt;
    const CnpReading r = readCnp(cnp, Date{2000, 1, 1});
    if (!r.facts || !r.facts->centuryKnown || r.facts->sex == Sex::Unknown) return std::nullopt;
    return r.facts;
}

bool birthFromCnp(const Child& c) {
    if (!c.birthDate || c.sex == Sex::Unknown) return false;
    const auto facts = certainFacts(c.cnp);
    return facts && facts->birthDate == *c.birthDate && facts->sex == c.sex;
}

// ---- writing ---------------------------------------------------------------------------------

class BucketWriter {
public:
    explicit BucketWriter(const std::vector<HouseholdPtr>& households) : households_(households) {}

    std::string write() {
        collectStrings();
        out_.reserve(households_.size() * 400 + 1024);
        out_ += kMagic;
        out_ += '\t';
        putNumber(out_, kBucketVersion, 10);
        out_ += '\t';
        putNumber(out_, households_.size(), 10);
        out_ += '\n';
        out_ += kIndicatorsTag;
        for (std::size_t i = 0; i < indicators_; ++i) {
            out_ += i ? ' ' : '\t';
            out_ += indicator(i).code;
        }
        out_ += '\n';
        for (const std::string* s : table_) {
            begin(kStringTag);
            field();
            escaped(*s);
            end();
        }
        for (const auto& h : households_) household(*h);
        const std::string sum = bucketChecksum(out_);
        begin(kEndTag);
        field();
        out_ += sum;
        end();
        return std::move(out_);
    }

private:
    const std::vector<HouseholdPtr>& households_;
    const std::size_t indicators_ = indicatorCount();
    std::string out_;
    std::vector<const std::string*> table_;
    static constexpr std::size_t kNotShared = static_cast<std::size_t>(-1);
    std::unordered_map<std::string_view, std::size_t> refs_;  // text → table position or kNotShared
    int pendingTabs_ = 0;
    long lastSerial_ = -1;

    // Every text that may repeat: all but ids and CNPs.
    template <class Visit>
    void eachSharedText(Visit&& visit) const {
        for (const auto& h : households_) {
            visit(h->village);
            visit(h->address);
            for (const auto& f : h->families) {
                visit(f.head);
                if (f.sheet) {
                    const auto& s = *f.sheet;
                    for (const auto* t : {&s.sheetId, &s.filledBy, &s.position, &s.visitBy, &s.visitByPosition})
                        visit(*t);
                }
                if (f.risk) {
                    visit(f.risk->visitedBy);
                    visit(f.risk->position);
                }
                for (const auto& c : f.children) {
                    visit(c.name);
                    if (c.servicePlan) {
                        const auto& p = *c.servicePlan;
                        for (const auto& b : p.benefits) visit(b);
                        for (const auto& s : p.services) visit(s);
                        for (const auto* t : {&p.otherBenefits, &p.otherServices, &p.provider, &p.goal, &p.caseOfficer,
                                              &p.caseOfficerFunction})
                            visit(*t);
                    }
                    for (const auto& v : c.visits) {
                        visit(v.by);
                        visit(v.reason);
                    }
                }
            }
        }
    }

    // The string table: texts seen twice or more, the most frequent first (shortest references),
    // ties in order of first appearance so that the same households always give the same bytes.
    void collectStrings() {
        struct Seen {
            const std::string* text;
            std::size_t count;
            std::size_t* ref;  // its entry in refs_ (stable while refs_ lives)
        };
        std::vector<Seen> seen;  // in order of first appearance
        refs_.reserve(households_.size() * 16);
        eachSharedText([&](const std::string& s) {
            if (s.size() < kShortestShared) return;
            const auto [it, fresh] = refs_.emplace(s, seen.size());
            if (fresh) seen.push_back({&s, 0, &it->second});
            ++seen[it->second].count;
        });
        std::vector<Seen> shared;
        for (const Seen& s : seen)
            if (s.count > 1) shared.push_back(s);
        std::stable_sort(shared.begin(), shared.end(), [](const Seen& a, const Seen& b) { return a.count > b.count; });
        // refs_ now maps each text to its table position, or to none.
        for (const Seen& s : seen) *s.ref = kNotShared;
        for (std::size_t i = 0; i < shared.size(); ++i) {
            table_.push_back(shared[i].text);
            *shared[i].ref = i;
        }
    }

    // A line: its tag, then fields; the tabs before a field are written only once a non-empty
    // field follows, so trailing empty fields cost nothing.
    void begin(char tag) {
        out_ += tag;
        pendingTabs_ = 0;
    }
    void field() {
        out_.append(static_cast<std::size_t>(pendingTabs_) + 1, '\t');
        pendingTabs_ = 0;
    }
    void end() { out_ += '\n'; }

    // A text as it is, but for the characters that separate fields, lines and list items, the
    // escape itself, and a leading '@' (which would read as a reference).
    void escaped(std::string_view s, char separator = 0) {
        if (!s.empty() && s[0] == kRef) out_ += '\\';
        for (char c : s) {
            switch (c) {
                case '\\': out_ += "\\\\"; break;
                case '\t': out_ += "\\t"; break;
                case '\n': out_ += "\\n"; break;
                case '\r': out_ += "\\r"; break;
                default:
                    if (c == separator && c) out_ += '\\';
                    out_ += c;
            }
        }
    }

    // A shared text as its table reference, another as escaped text.
    void value(const std::string& s, char separator = 0) {
        const auto it = s.size() < kShortestShared ? refs_.end() : refs_.find(s);
        if (it != refs_.end() && it->second != kNotShared) {
            out_ += kRef;
            putNumber(out_, it->second, 62);
        } else {
            escaped(s, separator);
        }
    }

    void text(const std::string& s) {
        if (s.empty()) return skip();
        field();
        value(s);
    }
    void skip() { ++pendingTabs_; }

    void raw(std::string_view s) {
        if (s.empty()) return skip();
        field();
        out_ += s;
    }

    void date(const std::optional<Date>& d) {
        if (!d) return skip();
        field();
        const long days = d->days();
        if (days < 0) out_ += '-';
        putNumber(out_, static_cast<unsigned long>(days < 0 ? -days : days), kDateBase);
    }

    void number(int n) {
        if (n == 0) return skip();
        field();
        if (n < 0) out_ += '-';
        putNumber(out_, static_cast<unsigned long>(n < 0 ? -static_cast<long>(n) : n), 10);
    }

    // An id left out when it is the next serial after the previous id, as newId() makes them.
    void id(const Id& value, char prefix) {
        long serial = 0;
        const bool plain = serialOf(value, prefix, serial);
        if (plain && lastSerial_ >= 0 && serial == lastSerial_ + 1) skip();
        else text(value);
        if (plain) lastSerial_ = serial;
    }

    template <class State>
    void states(const std::array<State, kMaxIndicators>& values) {
        std::size_t counts[3] = {0, 0, 0};
        for (std::size_t i = 0; i < indicators_; ++i) ++counts[static_cast<int>(values[i])];
        if (counts[0] == indicators_) return skip();
        const int common = static_cast<int>(std::max_element(counts, counts + 3) - counts);
        field();
        out_ += kStateSymbols[common];
        for (int state = 0; state < 3; ++state) {
            if (state == common || counts[state] == 0) continue;
            out_ += kStateSymbols[state];
            for (std::size_t i = 0; i < indicators_; ++i)
                if (static_cast<int>(values[i]) == state) out_ += static_cast<char>(kFirstPosition + i);
        }
    }

    void set(const IndicatorSet& s) {
        if (s.none()) return skip();
        field();
        for (std::size_t i = 0; i < indicators_; ++i)
            if (s[i]) out_ += static_cast<char>(kFirstPosition + i);
    }

    void list(const std::vector<std::string>& items) {
        if (items.empty()) return skip();
        field();
        for (const auto& item : items) {
            out_ += kItem;
            value(item, kItem);
        }
    }

    void household(const Household& h) {
        begin(kHouseholdTag);
        id(h.id, 'h');
        text(h.village);
        text(h.address);
        end();
        for (const auto& f : h.families) family(f);
    }

    void family(const FamilyNucleus& f) {
        begin(kFamilyTag);
        id(f.id, 'f');
        text(f.head);
        end();
        if (f.sheet) sheet(*f.sheet);
        if (f.risk) risk(*f.risk);
        for (const auto& c : f.children) child(c);
    }

    void sheet(const ObservationSheet& s) {
        begin(kSheetTag);
        text(s.sheetId);
        text(s.filledBy);
        text(s.position);
        date(s.filledOn);
        states(s.answers);
        text(s.visitBy);
        text(s.visitByPosition);
        date(s.visitPlannedOn);
        date(s.receivedOn);
        end();
    }

    void risk(const RiskIdentification& r) {
        begin(kRiskTag);
        date(r.visitedOn);
        text(r.visitedBy);
        text(r.position);
        states(r.verdicts);
        date(r.dgaspcNotifiedOn);
        end();
    }

    void child(const Child& c) {
        begin(kChildTag);
        id(c.id, 'c');
        text(c.name);
        text(c.cnp);
        const bool fromCnp = birthFromCnp(c);
        if (fromCnp) raw(kFromCnp);
        else date(c.birthDate);
        raw(fromCnp || c.sex == Sex::Unknown ? "" : c.sex == Sex::Male ? "m" : "f");
        date(c.registeredOn);
        set(c.exposedObserved);
        set(c.exposedConfirmed);
        raw(c.inProtection ? "p" : "");
        end();
        if (c.servicePlan) servicePlan(*c.servicePlan);
        for (const auto& v : c.visits) visit(v);
    }

    void servicePlan(const ServicePlan& p) {
        begin(kServicePlanTag);
        list(p.benefits);
        list(p.services);
        text(p.provider);
        text(p.goal);
        number(p.durationMonths);
        text(p.caseOfficer);
        text(p.caseOfficerFunction);
        date(p.completedOn);
        date(p.approvedOn);
        text(p.otherBenefits);
        text(p.otherServices);
        end();
    }

    void visit(const MonitoringVisit& v) {
        begin(kVisitTag);
        date(v.date);
        text(v.by);
        text(v.reason);
        date(v.revisedOn);
        raw(v.revisionNeeded ? "r" : "");
        end();
    }
};

// ---- reading ---------------------------------------------------------------------------------

class BucketReader {
public:
    explicit BucketReader(std::string_view text) : text_(text) {}

    BucketRead read() {
        BucketRead result;
        if (!header() || !records(result.households)) result.households.clear();
        result.error = std::move(error_);
        return result;
    }

private:
    std::string_view text_;
    const std::size_t indicators_ = indicatorCount();
    std::size_t pos_ = 0;  // start of the next line
    std::size_t lineNumber_ = 0;
    std::string_view line_;
    std::array<std::string_view, kMaxFields + 1> fields_{};
    std::size_t fieldCount_ = 0;
    std::optional<FormatError> error_;
    unsigned long expectedHouseholds_ = 0;
    std::vector<std::string> strings_;
    std::vector<int> catalogIndex_;  // bucket position → current catalog position, -1 when unknown
    std::vector<std::string> bucketCodes_;
    long lastSerial_ = -1;

    // ---- errors

    bool fail(ErrorKind kind, std::size_t field, std::string ro, std::string en) {
        const char* at = field < fieldCount_ ? fields_[field].data() : line_.data() + line_.size();
        const std::size_t column = static_cast<std::size_t>(at - line_.data()) + 1;
        error_ = FormatError{kind, "line " + std::to_string(lineNumber_) + ", column " + std::to_string(column),
                             std::move(ro), std::move(en)};
        return false;
    }
    bool invalid(std::size_t field, std::string ro, std::string en) {
        return fail(ErrorKind::InvalidValue, field, std::move(ro), std::move(en));
    }
    bool damaged(std::size_t field, const char* whatRo, const char* whatEn) {
        return invalid(field, std::string("grupul de gospodării este deteriorat: ") + whatRo,
                       std::string("the bucket of households is damaged: ") + whatEn);
    }

    // ---- lines and fields

    // The next line and its fields; false at the end of the text (then the line is empty, so that
    // an error about what is missing points after the last line).
    bool nextLine() {
        ++lineNumber_;
        fieldCount_ = 0;
        if (pos_ >= text_.size()) {
            line_ = text_.substr(text_.size());
            return false;
        }
        const std::size_t end = text_.find('\n', pos_);
        const std::size_t stop = end == std::string_view::npos ? text_.size() : end;
        line_ = text_.substr(pos_, stop - pos_);
        pos_ = end == std::string_view::npos ? text_.size() + 1 : end + 1;
        fieldCount_ = 0;
        std::size_t start = 0;
        while (true) {
            const std::size_t tab = line_.find('\t', start);
            if (fieldCount_ == fields_.size()) break;
            fields_[fieldCount_++] = line_.substr(start, tab == std::string_view::npos ? tab : tab - start);
            if (tab == std::string_view::npos) break;
            start = tab + 1;
        }
        return true;
    }
    bool lineComplete() {
        if (pos_ > text_.size()) return damaged(fieldCount_, "lipsește sfârșitul", "its end is missing");
        return true;
    }
    std::string_view at(std::size_t i) const { return i < fieldCount_ ? fields_[i] : std::string_view(); }
    bool fieldsAtMost(std::size_t n) {
        if (fieldCount_ <= n + 1) return true;
        return damaged(n + 1, "rândul are prea multe câmpuri", "the line has too many fields");
    }

    // ---- values

    bool unescape(std::size_t i, std::string_view s, std::string& out, char extra = 0) {
        out.clear();
        out.reserve(s.size());
        for (std::size_t k = 0; k < s.size(); ++k) {
            char c = s[k];
            if (c == '\\') {
                if (++k == s.size()) return damaged(i, "o secvență „\\” neterminată", "an unfinished \"\\\" sequence");
                switch (s[k]) {
                    case '\\': c = '\\'; break;
                    case 't': c = '\t'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case kRef: c = kRef; break;
                    default:
                        if (extra && s[k] == extra) c = extra;
                        else return damaged(i, "o secvență „\\” necunoscută", "an unknown \"\\\" sequence");
                }
            }
            out += c;
        }
        if (!isUtf8(out)) return damaged(i, "un text nu este UTF-8", "a text is not UTF-8");
        return true;
    }

    bool reference(std::size_t i, std::string_view s, std::string& out) {
        unsigned long index = 0;
        if (!readNumber(s.substr(1), 62, strings_.size(), index) || index >= strings_.size())
            return damaged(i, "o trimitere la un text care nu există", "a reference to a text that does not exist");
        out = strings_[index];
        return true;
    }

    bool text(std::size_t i, std::string& out) {
        const std::string_view s = at(i);
        if (s.empty()) return out.clear(), true;
        return s[0] == kRef ? reference(i, s, out) : unescape(i, s, out);
    }

    bool list(std::size_t i, std::vector<std::string>& out) {
        std::string_view s = at(i);
        if (s.empty()) return true;
        if (s[0] != kItem) return damaged(i, "o listă nu începe cu „,”", "a list does not start with \",\"");
        std::size_t start = 1;
        while (true) {
            std::size_t k = start;
            while (k < s.size() && s[k] != kItem) k += s[k] == '\\' ? 2 : 1;
            const std::string_view item = s.substr(start, std::min(k, s.size()) - start);
            std::string value;
            if (!item.empty() && item[0] == kRef) {
                if (!reference(i, item, value)) return false;
            } else if (!unescape(i, item, value, kItem)) {
                return false;
            }
            out.push_back(std::move(value));
            if (k >= s.size()) break;
            start = k + 1;
        }
        return true;
    }

    bool date(std::size_t i, std::optional<Date>& out, bool required = false) {
        std::string_view s = at(i);
        if (s.empty()) {
            if (!required) return true;
            return fail(ErrorKind::MissingField, i, "data lipsește", "the date is missing");
        }
        const bool negative = s[0] == '-';
        if (negative) s.remove_prefix(1);
        unsigned long magnitude = 0;
        const long days = readNumber(s, kDateBase, 10'000'000, magnitude)
                              ? (negative ? -static_cast<long>(magnitude) : static_cast<long>(magnitude))
                              : kLastDay + 1;
        if (days < kFirstDay || days > kLastDay)
            return invalid(i, "„" + std::string(at(i)) + "” nu este o dată validă (1800–9999)",
                           "\"" + std::string(at(i)) + "\" is not a valid date (1800–9999)");
        out = Date::fromDays(days);
        return true;
    }

    bool id(std::size_t i, char prefix, Id& out) {
        if (at(i).empty()) {
            if (lastSerial_ < 0)
                return fail(ErrorKind::MissingField, i, "identificatorul lipsește", "the id is missing");
            out = prefix + std::to_string(lastSerial_ + 1);
        } else if (!text(i, out)) {
            return false;
        }
        long serial = 0;
        if (serialOf(out, prefix, serial)) lastSerial_ = serial;
        return true;
    }

    // The catalog position of the indicator at bucket position character c.
    bool position(std::size_t i, char c, int& out) {
        const int p = c - kFirstPosition;
        if (p < 0 || static_cast<std::size_t>(p) >= catalogIndex_.size())
            return damaged(i, "o poziție de indicator în afara tabelului", "an indicator position outside the table");
        out = catalogIndex_[static_cast<std::size_t>(p)];
        if (out < 0)
            return invalid(i, "indicatorul „" + bucketCodes_[static_cast<std::size_t>(p)] + "” nu există în Tabelul 1",
                           "indicator \"" + bucketCodes_[static_cast<std::size_t>(p)] + "\" is not in Table 1");
        return true;
    }

    int stateOf(char c) const {
        for (int s = 0; s < 3; ++s)
            if (kStateSymbols[s] == c) return s;
        return -1;
    }

    template <class State>
    bool states(std::size_t i, std::array<State, kMaxIndicators>& out) {
        const std::string_view s = at(i);
        if (s.empty()) return true;
        const int common = stateOf(s[0]);
        if (common < 0) return damaged(i, "o stare necunoscută", "an unknown state");
        for (std::size_t k = 0; k < indicators_; ++k) out[k] = static_cast<State>(common);
        int state = -1;
        for (std::size_t k = 1; k < s.size(); ++k) {
            const int next = stateOf(s[k]);
            if (next >= 0) {
                state = next;
                continue;
            }
            int p = 0;
            if (state < 0) return damaged(i, "o poziție fără stare", "a position without a state");
            if (!position(i, s[k], p)) return false;
            out[static_cast<std::size_t>(p)] = static_cast<State>(state);
        }
        return true;
    }

    bool set(std::size_t i, IndicatorSet& out) {
        for (char c : at(i)) {
            int p = 0;
            if (!position(i, c, p)) return false;
            if (!indicator(static_cast<std::size_t>(p)).childLevel)
                return invalid(i,
                               std::string("indicatorul „") + indicator(static_cast<std::size_t>(p)).code +
                                   "” nu privește copii anume",
                               std::string("indicator \"") + indicator(static_cast<std::size_t>(p)).code +
                                   "\" does not concern specific children");
            out.set(static_cast<std::size_t>(p));
        }
        return true;
    }

    // A one-letter flag field: empty or exactly `letter`.
    bool flag(std::size_t i, char letter, bool& out) {
        const std::string_view s = at(i);
        if (s.empty()) return true;
        if (s.size() != 1 || s[0] != letter) return damaged(i, "un semn necunoscut", "an unknown mark");
        out = true;
        return true;
    }

    // ---- the header: magic, version, households; the catalog codes; the string table

    bool header() {
        if (!nextLine() || at(0) != kMagic)
            return fail(ErrorKind::NotPrevPlan, 0, "nu este un grup de gospodării PrevPlan",
                        "not a PrevPlan bucket of households");
        if (!lineComplete()) return false;
        unsigned long version = 0;
        if (!readNumber(at(1), 10, 1'000'000, version) || version < 1)
            return fail(ErrorKind::BadVersion, 1, "versiunea lipsește sau nu este un număr întreg pozitiv",
                        "the version is missing or not a positive integer");
        if (version > static_cast<unsigned long>(kBucketVersion)) {
            const std::string v = std::to_string(version), mine = std::to_string(kBucketVersion);
            return fail(ErrorKind::NewerVersion, 1,
                        "grupul este în formatul " + v +
                            ", scris de o versiune mai nouă de PrevPlan (aceasta citește până la " + mine +
                            "); actualizați aplicația",
                        "the bucket is in format " + v + ", written by a newer PrevPlan (this one reads up to " + mine +
                            "); update the application");
        }
        if (!readNumber(at(2), 10, text_.size(), expectedHouseholds_))
            return damaged(2, "numărul de gospodării lipsește sau este prea mare",
                           "the number of households is missing or too large");
        if (!fieldsAtMost(2)) return false;
        return indicators();
    }

    bool indicators() {
        if (!nextLine() || at(0).size() != 1 || at(0)[0] != kIndicatorsTag)
            return damaged(0, "lipsește lista indicatorilor", "the list of indicators is missing");
        if (!lineComplete() || !fieldsAtMost(1)) return false;
        const std::string_view codes = at(1);
        std::size_t start = 0;
        while (start <= codes.size() && !codes.empty()) {
            const std::size_t space = std::min(codes.find(' ', start), codes.size());
            if (bucketCodes_.size() == kMaxIndicators)
                return damaged(1, "prea mulți indicatori", "too many indicators");
            bucketCodes_.emplace_back(codes.substr(start, space - start));
            catalogIndex_.push_back(indicatorIndex(bucketCodes_.back()));
            start = space + 1;
        }
        return true;
    }

    // ---- records

    bool records(std::vector<HouseholdPtr>& out) {
        std::shared_ptr<Household> household;
        FamilyNucleus* family = nullptr;
        Child* child = nullptr;
        bool inRecords = false;
        const auto finish = [&] {
            if (household) out.push_back(std::move(household));
            household.reset();
        };
        out.reserve(std::min<unsigned long>(expectedHouseholds_, 4096));
        while (true) {
            const std::size_t lineStart = pos_;
            if (!nextLine()) return damaged(0, "lipsește rândul de sfârșit", "the end line is missing");
            if (!lineComplete()) return false;
            const std::string_view tag = at(0);
            if (tag.size() != 1) return damaged(0, "un rând necunoscut", "an unknown line");
            switch (tag[0]) {
                case kStringTag: {
                    if (inRecords)
                        return damaged(0, "un text al tabelului după gospodării", "a table text after the households");
                    if (!fieldsAtMost(1)) return false;
                    std::string s;
                    if (!unescape(1, at(1), s)) return false;
                    strings_.push_back(std::move(s));
                    break;
                }
                case kHouseholdTag: {
                    inRecords = true;
                    finish();
                    if (out.size() >= expectedHouseholds_)
                        return damaged(0, "mai multe gospodării decât anunță antetul",
                                       "more households than the header says");
                    if (!fieldsAtMost(3)) return false;
                    household = std::make_shared<Household>();
                    family = nullptr;
                    child = nullptr;
                    if (!id(1, 'h', household->id) || !text(2, household->village) || !text(3, household->address))
                        return false;
                    break;
                }
                case kFamilyTag: {
                    if (!household)
                        return damaged(0, "o familie în afara unei gospodării", "a family outside a household");
                    if (!fieldsAtMost(2)) return false;
                    household->families.emplace_back();
                    family = &household->families.back();
                    child = nullptr;
                    if (!id(1, 'f', family->id) || !text(2, family->head)) return false;
                    break;
                }
                case kSheetTag: {
                    if (!family || family->sheet || !family->children.empty())
                        return damaged(0, "o fișă de observație nelalocul ei", "an observation sheet out of place");
                    if (!fieldsAtMost(9)) return false;
                    if (!sheet(family->sheet.emplace())) return false;
                    break;
                }
                case kRiskTag: {
                    if (!family || family->risk || !family->children.empty())
                        return damaged(0, "o fișă de identificare a riscurilor nelalocul ei",
                                       "a risk identification sheet out of place");
                    if (!fieldsAtMost(5)) return false;
                    if (!risk(family->risk.emplace())) return false;
                    break;
                }
                case kChildTag: {
                    if (!family) return damaged(0, "un copil în afara unei familii", "a child outside a family");
                    if (!fieldsAtMost(9)) return false;
                    family->children.emplace_back();
                    child = &family->children.back();
                    if (!readChild(*child)) return false;
                    break;
                }
                case kServicePlanTag: {
                    if (!child || child->servicePlan || !child->visits.empty())
                        return damaged(0, "un plan de servicii nelalocul lui", "a service plan out of place");
                    if (!fieldsAtMost(11)) return false;
                    if (!servicePlan(child->servicePlan.emplace())) return false;
                    break;
                }
                case kVisitTag: {
                    if (!child)
                        return damaged(0, "o vizită de monitorizare nelalocul ei", "a monitoring visit out of place");
                    if (!fieldsAtMost(5)) return false;
                    child->visits.emplace_back();
                    if (!visit(child->visits.back())) return false;
                    break;
                }
                case kEndTag: {
                    finish();
                    return end(lineStart, out.size());
                }
                default: return damaged(0, "un rând necunoscut", "an unknown line");
            }
        }
    }

    bool end(std::size_t lineStart, std::size_t households) {
        if (!fieldsAtMost(1)) return false;
        if (households != expectedHouseholds_) return damaged(0, "lipsesc gospodării", "households are missing");
        unsigned long sum = 0;
        if (at(1).size() != 8 || !readNumber(at(1), 16, 0xFFFFFFFFul, sum) || sum != fnv1a(text_.substr(0, lineStart)))
            return damaged(1, "suma de control nu se potrivește", "the checksum does not match");
        if (pos_ < text_.size()) return damaged(0, "text după rândul de sfârșit", "text after the end line");
        return true;
    }

    bool sheet(ObservationSheet& s) {
        return text(1, s.sheetId) && text(2, s.filledBy) && text(3, s.position) && date(4, s.filledOn) &&
               states(5, s.answers) && text(6, s.visitBy) && text(7, s.visitByPosition) && date(8, s.visitPlannedOn) &&
               date(9, s.receivedOn);
    }

    bool risk(RiskIdentification& r) {
        return date(1, r.visitedOn) && text(2, r.visitedBy) && text(3, r.position) && states(4, r.verdicts) &&
               date(5, r.dgaspcNotifiedOn);
    }

    bool readChild(Child& c) {
        if (!id(1, 'c', c.id) || !text(2, c.name) || !text(3, c.cnp)) return false;
        if (at(4) == kFromCnp) {
            const auto facts = certainFacts(c.cnp);
            if (!facts)
                return damaged(4, "data nașterii ar trebui luată din CNP, dar CNP-ul nu o dă",
                               "the birth date should come from the CNP, but the CNP does not give it");
            if (!at(5).empty())
                return damaged(5, "sexul apare deși vine din CNP", "the sex is given though it comes from the CNP");
            c.birthDate = facts->birthDate;
            c.sex = facts->sex;
        } else {
            if (!date(4, c.birthDate)) return false;
            const std::string_view sex = at(5);
            if (sex == "m") c.sex = Sex::Male;
            else if (sex == "f") c.sex = Sex::Female;
            else if (!sex.empty())
                return invalid(5, "sexul trebuie să fie „m”, „f” sau gol", "sex must be \"m\", \"f\" or empty");
        }
        return date(6, c.registeredOn) && set(7, c.exposedObserved) && set(8, c.exposedConfirmed) &&
               flag(9, 'p', c.inProtection);
    }

    bool servicePlan(ServicePlan& p) {
        if (!list(1, p.benefits) || !list(2, p.services) || !text(3, p.provider) || !text(4, p.goal)) return false;
        if (!at(5).empty()) {
            unsigned long months = 0;
            if (!readNumber(at(5), 10, 240, months) || at(5)[0] == '0')
                return invalid(5, "durata trebuie să fie între 0 și 240 de luni",
                               "duration must be between 0 and 240 months");
            p.durationMonths = static_cast<int>(months);
        }
        return text(6, p.caseOfficer) && text(7, p.caseOfficerFunction) && date(8, p.completedOn) &&
               date(9, p.approvedOn) && text(10, p.otherBenefits) && text(11, p.otherServices);
    }

    bool visit(MonitoringVisit& v) {
        std::optional<Date> on;
        if (!date(1, on, true)) return false;
        v.date = *on;
        return text(2, v.by) && text(3, v.reason) && date(4, v.revisedOn) && flag(5, 'r', v.revisionNeeded);
    }
};

}  // namespace

std::string encodeBucket(const std::vector<HouseholdPtr>& households) { return BucketWriter(households).write(); }

std::string bucketChecksum(std::string_view body) {
    const std::uint32_t sum = fnv1a(body);
    std::string hex(8, '0');
    for (int i = 0; i < 8; ++i) hex[static_cast<std::size_t>(i)] = kBase62[(sum >> (28 - 4 * i)) & 0xF];
    return hex;
}

BucketRead decodeBucket(std::string_view text) {
    // The reader checks every byte it uses; this is the last line, so that no bucket can stop the app.
    try {
        return BucketReader(text).read();
    } catch (const std::exception&) {
        BucketRead failed;
        failed.error =
            FormatError{ErrorKind::InvalidValue, "line 1, column 1", "grupul de gospodării nu a putut fi citit",
                        "the bucket of households could not be read"};
        return failed;
    }
}

}  // namespace prevplan
