#include "core/observatory/observatory_csv.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <limits>
#include <memory>
#include <unordered_map>

#include "core/base/csv.h"
#include "core/base/encoding.h"
#include "core/base/fold.h"
#include "core/observatory/cnp.h"

namespace prevplan {

namespace {

// ---- the columns ------------------------------------------------------------------------------

// Columns are named col::X to keep them apart from the model's types (Village, Sex …).
namespace col {
enum Col : int {
    HouseholdId,
    FamilyId,
    Village,
    Address,
    FamilyHead,
    ChildName,
    Cnp,
    BirthDate,
    Sex,
    InProtection,
    SheetId,
    ObservedOn,
    ObservedBy,
    ObservedByPosition,
    VisitBy,
    VisitByPosition,
    VisitPlannedOn,
    RiskSheetOn,
};
}  // namespace col
using col::Col;
constexpr int kFixedCount = col::RiskSheetOn + 1;

// Whose value a column holds: rows of one household (or family) must agree on it.
enum class Scope { Key, Household, Family, Child };
enum class Kind { Text, Date, Sex, YesNo };

struct FixedColumn {
    const char* name;
    Scope scope;
    Kind kind;
    bool required;
};

const FixedColumn kFixed[kFixedCount] = {
    {"household_id", Scope::Key, Kind::Text, true},
    {"family_id", Scope::Key, Kind::Text, false},
    {"village", Scope::Household, Kind::Text, true},
    {"address", Scope::Household, Kind::Text, false},
    {"family_head", Scope::Family, Kind::Text, false},
    {"child_name", Scope::Child, Kind::Text, true},
    {"cnp", Scope::Child, Kind::Text, false},
    {"birth_date", Scope::Child, Kind::Date, true},
    {"sex", Scope::Child, Kind::Sex, true},
    {"in_protection", Scope::Child, Kind::YesNo, false},  // separated, in special protection
    {"sheet_id", Scope::Family, Kind::Text, true},
    {"observed_on", Scope::Family, Kind::Date, true},
    {"observed_by", Scope::Family, Kind::Text, true},
    {"observed_by_position", Scope::Family, Kind::Text, true},
    {"visit_by", Scope::Family, Kind::Text, false},
    {"visit_by_position", Scope::Family, Kind::Text, false},
    {"visit_planned_on", Scope::Family, Kind::Date, false},
    {"risk_sheet_on", Scope::Family, Kind::Date, false},  // required once there are conf: columns
};

// The columns that make up the Observation Sheet (any value there means the family has one).
constexpr Col kSheetColumns[] = {col::SheetId, col::ObservedOn,      col::ObservedBy,    col::ObservedByPosition,
                                 col::VisitBy, col::VisitByPosition, col::VisitPlannedOn};

enum class Part { Fixed, Obs, Conf };

// One column of the export, in A2.1 order: identification, the sheet, its answers, its
// conclusion (who visits, when), then the risk identification's verdicts and date.
struct ColumnRef {
    Part part;
    int index;  // a Col, or a catalog position
    std::string name() const {
        if (part == Part::Fixed) return kFixed[index].name;
        return std::string(part == Part::Obs ? "obs:" : "conf:") + indicator(index).code;
    }
};

std::vector<ColumnRef> exportLayout() {
    std::vector<ColumnRef> cols;
    auto fixed = [&](int from, int to) {
        for (int c = from; c <= to; ++c) cols.push_back({Part::Fixed, c});
    };
    auto indicators = [&](Part part) {
        for (std::size_t i = 0; i < indicatorCount(); ++i) cols.push_back({part, static_cast<int>(i)});
    };
    fixed(col::HouseholdId, col::ObservedByPosition);
    indicators(Part::Obs);
    fixed(col::VisitBy, col::VisitPlannedOn);
    indicators(Part::Conf);
    fixed(col::RiskSheetOn, col::RiskSheetOn);
    return cols;
}

// ---- cell values ------------------------------------------------------------------------------

constexpr std::int8_t kUnset = -1, kNo = 0, kYes = 1;

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Whether `value` is `word` (lower case ASCII) in any case, without a copy.
bool isWord(std::string_view value, std::string_view word) {
    return value.size() == word.size() && std::equal(value.begin(), value.end(), word.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
           });
}

bool isAnyWord(std::string_view value, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return isWord(value, w); });
}

// The sheet codes 1 = yes / 2 = no, the Observatory's 1 / 0, and the words.
std::optional<std::int8_t> readYesNo(std::string_view v) {
    if (v.empty()) return kUnset;
    // Nearly every cell of a sheet is one of these digits: read before any comparison ignoring case.
    if (v == "1") return kYes;
    if (v == "0" || v == "2") return kNo;
    if (isAnyWord(v, {"da", "yes", "y"})) return kYes;
    if (isAnyWord(v, {"nu", "no", "n"})) return kNo;
    return std::nullopt;
}

// Romanian băiat/fată as well as M/F; returns "M", "F" or "" (not recorded).
std::optional<std::string> readSex(const std::string& value) {
    const std::string v = lower(value);
    if (v.empty()) return std::string();
    if (v == "m" || v == "b" || v == "masculin" || v == "male" || v == "băiat") return std::string("M");
    if (v == "f" || v == "feminin" || v == "female" || v == "fată") return std::string("F");
    return std::nullopt;
}

Issue located(IssueKind kind, int line, std::string column, std::string ro, std::string en,
              Severity severity = Severity::Error) {
    Issue i{kind, severity, Field::None, std::move(ro), std::move(en), {}, {}, {}, line, std::move(column)};
    return i;
}

// ---- the header -------------------------------------------------------------------------------

// Physical column of each logical one, or -1.
struct Layout {
    std::array<int, kFixedCount> fixed;
    std::array<int, kMaxIndicators> obs, conf;
    bool anyConf = false;
    Layout() {
        fixed.fill(-1);
        obs.fill(-1);
        conf.fill(-1);
    }
};

Layout readHeader(const CsvRecord& header, Issues& issues) {
    Layout layout;
    auto claim = [&](int& slot, int physical, const std::string& name) {
        if (slot >= 0)
            issues.push_back(located(IssueKind::DuplicateColumn, header.line, name, "coloana apare de două ori",
                                     "the column appears twice"));
        else slot = physical;
    };
    for (std::size_t j = 0; j < header.fields.size(); ++j) {
        const std::string name = lower(std::string(trimmedCell(header.fields[j])));
        if (name.empty()) continue;
        const int physical = static_cast<int>(j);
        const bool isObs = name.rfind("obs:", 0) == 0, isConf = name.rfind("conf:", 0) == 0;
        if (isObs || isConf) {
            const std::string code = std::string(trimmedCell(std::string_view(name).substr(isObs ? 4 : 5)));
            const int i = indicatorIndex(code);
            if (i < 0) {
                issues.push_back(located(IssueKind::UnknownIndicator, header.line, name,
                                         "codul de indicator „" + code + "” nu este în Tabelul 1",
                                         "indicator code \"" + code + "\" is not in Table 1"));
                continue;
            }
            claim(isObs ? layout.obs[i] : layout.conf[i], physical, name);
            layout.anyConf = layout.anyConf || isConf;
            continue;
        }
        const auto known =
            std::find_if(std::begin(kFixed), std::end(kFixed), [&](const FixedColumn& c) { return name == c.name; });
        if (known != std::end(kFixed)) {
            claim(layout.fixed[known - std::begin(kFixed)], physical, name);
            continue;
        }
        issues.push_back(located(IssueKind::UnknownColumn, header.line, name, "coloană necunoscută, ignorată",
                                 "unknown column, ignored", Severity::Warning));
    }
    for (int c = 0; c < kFixedCount; ++c) {
        const bool required = kFixed[c].required || (c == col::RiskSheetOn && layout.anyConf);
        if (required && layout.fixed[c] < 0)
            issues.push_back(located(IssueKind::MissingColumn, header.line, kFixed[c].name,
                                     std::string("lipsește coloana obligatorie „") + kFixed[c].name + "”",
                                     std::string("the required column \"") + kFixed[c].name + "\" is missing"));
    }
    return layout;
}

// ---- rows -------------------------------------------------------------------------------------

// One child's row, values normalised: dates ISO, sex "M"/"F", answers kYes/kNo/kUnset.
struct Row {
    int line = 0;
    std::array<std::string, kFixedCount> text;
    std::array<std::int8_t, kMaxIndicators> obs, conf;
};

class RowReader {
public:
    RowReader(const Layout& layout, Issues& issues) : layout_(layout), issues_(issues) {}

    // Reads one record; returns whether it had no error.
    bool read(const CsvRecord& record, Row& row) {
        row.line = record.line;
        const std::size_t before = issues_.size();
        for (int c = 0; c < kFixedCount; ++c) row.text[c] = fixedValue(record, c);
        for (std::size_t i = 0, n = indicatorCount(); i < n; ++i) {
            row.obs[i] = answer(record, layout_.obs[i], "obs:", i);
            row.conf[i] = answer(record, layout_.conf[i], "conf:", i);
        }
        if (row.text[col::HouseholdId].empty())
            issue(record.line, kFixed[col::HouseholdId].name, IssueKind::MissingValue, "codul gospodăriei lipsește",
                  "the household id is missing");
        return issues_.size() == before;
    }

private:
    const Layout& layout_;
    Issues& issues_;

    static std::string_view cell(const CsvRecord& record, int physical) {
        if (physical < 0 || static_cast<std::size_t>(physical) >= record.fields.size()) return {};
        return trimmedCell(csvCellValue(record.fields[physical]));
    }

    void issue(int line, const std::string& column, IssueKind kind, std::string ro, std::string en) {
        issues_.push_back(located(kind, line, column, std::move(ro), std::move(en)));
    }

    std::string fixedValue(const CsvRecord& record, int c) {
        const std::string v(cell(record, layout_.fixed[c]));
        if (v.empty() || kFixed[c].kind == Kind::Text) return v;
        if (kFixed[c].kind == Kind::Date) {
            const DateReading date = readDate(v);
            if (date.date) return date.date->iso();
            issue(record.line, kFixed[c].name, IssueKind::BadValue, dateProblemMessage(v, date, Lang::Ro),
                  dateProblemMessage(v, date, Lang::En));
            return {};
        }
        if (kFixed[c].kind == Kind::YesNo) {
            if (const auto a = readYesNo(v)) return *a == kYes ? "1" : "0";
            issue(record.line, kFixed[c].name, IssueKind::BadValue,
                  "„" + v + "” nu este un răspuns (1 sau da; 0, 2 sau nu)",
                  "\"" + v + "\" is not an answer (1 or yes; 0, 2 or no)");
            return {};
        }
        if (const auto s = readSex(v)) return *s;
        issue(record.line, kFixed[c].name, IssueKind::BadValue, "„" + v + "” nu este un sex (M sau B, F)",
              "\"" + v + "\" is not a sex (M or B, F)");
        return {};
    }

    std::int8_t answer(const CsvRecord& record, int physical, const char* prefix, std::size_t i) {
        const std::string_view v = cell(record, physical);
        if (const auto a = readYesNo(v)) return *a;
        notAnAnswer(record.line, prefix, i, std::string(v));
        return kUnset;
    }

    // Apart from answer(), which runs for every cell of a sheet: its messages are rarely needed.
    void notAnAnswer(int line, const char* prefix, std::size_t i, const std::string& text) {
        issue(line, prefix + std::string(indicator(i).code), IssueKind::BadValue,
              "„" + text + "” nu este un răspuns (1 sau da; 0, 2 sau nu)",
              "\"" + text + "\" is not an answer (1 or yes; 0, 2 or no)");
    }
};

// ---- households and families ------------------------------------------------------------------

// A shared value: the first row that gives one sets it (line > 0), later rows must agree.
template <class T>
struct Shared {
    T value{};
    int line = 0;
};
using Merged = Shared<std::string>;
using MergedAnswer = Shared<std::int8_t>;  // kYes / kNo

struct HouseholdDraft {
    std::string id;
    int firstLine = 0;
    std::vector<int> families;  // FamilyDraft indices, in order of appearance
    std::array<Merged, kFixedCount> fixed;
};

struct FamilyDraft {
    std::string id;
    int household = 0;
    int firstLine = 0;
    std::vector<int> children;  // rows that become children
    std::vector<int> rows;      // every row that spoke for the family
    std::array<Merged, kFixedCount> fixed;
    std::array<MergedAnswer, kMaxIndicators> obs, conf;  // family-level indicators only
    std::unordered_map<std::string, int> childKeys;      // name and birth date → the first row
};

// How a row takes part in one assembly pass.
enum class Use : std::uint8_t {
    Full,        // a child, and its shared values
    ValuesOnly,  // a row with unreadable cells: its readable shared values are still compared
    Skip,        // left out (valid-rows-only mode, after an error)
};

struct Assembly {
    Plan plan;
    Issues issues;
    std::vector<bool> rejected;  // per row: carries an error, or its family or household does
};

// One assembly pass, a bounded amount of work per step: the rows placed in their households and
// families, the ids checked, the plan built household by household, then validated (A) the same way.
class Assembler {
public:
    Assembler(const std::vector<Row>& rows, const ObservatoryImportOptions& options) : rows_(rows), options_(options) {}

    void start(const std::vector<Use>& use) {
        use_ = &use;
        out_ = Assembly{};
        out_.rejected.assign(rows_.size(), false);
        households_.clear();
        families_.clear();
        householdIndex_.clear();
        familyIndex_.clear();
        childRow_.clear();
        serial_ = 0;
        phase_ = Phase::Place;
        next_ = 0;
        validation_.reset();
        found_.clear();
    }

    // Goes through at most `items` rows, households or issues; true when the pass is done.
    bool step(std::size_t items) {
        for (std::size_t n = 0; n < items && phase_ != Phase::Done;) {
            if (phase_ == Phase::Validate) {
                if (!validation_) validation_.emplace(out_.plan, options_.today);
                const std::size_t before = validation_->householdsChecked();
                const bool done = validation_->step(std::min<std::size_t>(items - n, kMaxHouseholdsPerCall));
                n += std::max<std::size_t>(validation_->householdsChecked() - before, 1);
                if (done) {
                    found_ = validation_->take();
                    validation_.reset();
                    nextPhase();
                }
                continue;
            }
            if (next_ == phaseSize()) {
                nextPhase();
                continue;
            }
            work(next_++);
            ++n;
        }
        return phase_ == Phase::Done;
    }

    // The share of the pass done, from 0 to 1, for a progress bar.
    double progress() const {
        const std::size_t size = phase_ == Phase::Validate ? out_.plan.households.size() : phaseSize();
        const std::size_t done = phase_ == Phase::Validate && validation_ ? validation_->householdsChecked() : next_;
        const double within = size ? static_cast<double>(done) / static_cast<double>(size) : 0;
        return (static_cast<int>(phase_) + std::min(within, 1.0)) / static_cast<int>(Phase::Done);
    }

    Assembly take() { return std::move(out_); }

private:
    enum class Phase { Place, Ids, Build, Validate, PlaceIssues, Done };
    static constexpr std::size_t kMaxHouseholdsPerCall = 1 << 20;

    const std::vector<Row>& rows_;
    const ObservatoryImportOptions& options_;
    const std::vector<Use>* use_ = nullptr;
    Assembly out_;
    Phase phase_ = Phase::Done;
    std::size_t next_ = 0;
    long serial_ = 0;  // the largest serial of an imported id shaped like newId()'s
    std::optional<PlanValidation> validation_;
    Issues found_;  // by validatePlan(), to be placed on lines and columns
    std::vector<HouseholdDraft> households_;
    std::vector<FamilyDraft> families_;
    std::unordered_map<std::string, int> householdIndex_, familyIndex_;
    std::unordered_map<Id, int> childRow_;

    std::size_t phaseSize() const {
        switch (phase_) {
            case Phase::Place: return rows_.size();
            case Phase::Ids: return families_.size() + households_.size();
            case Phase::Build: return households_.size();
            case Phase::PlaceIssues: return found_.size();
            case Phase::Validate:
            case Phase::Done: break;
        }
        return 0;
    }

    void nextPhase() {
        phase_ = static_cast<Phase>(static_cast<int>(phase_) + 1);
        next_ = 0;
        if (phase_ == Phase::Build) startPlan();
        if (phase_ == Phase::Done) found_.clear();
    }

    void work(std::size_t k) {
        switch (phase_) {
            case Phase::Place: {
                const Use use = (*use_)[k];
                if (use != Use::Skip) place(static_cast<int>(k), use == Use::Full);
                break;
            }
            case Phase::Ids:
                if (k < families_.size()) checkFamilyId(families_[k]);
                else checkHousehold(households_[k - families_.size()]);
                break;
            case Phase::Build: build(households_[k]); break;
            case Phase::PlaceIssues: placeIssue(std::move(found_[k])); break;
            case Phase::Validate:
            case Phase::Done: break;
        }
    }

    void error(int row, const std::string& column, IssueKind kind, std::string ro, std::string en) {
        out_.issues.push_back(located(kind, rows_[row].line, column, std::move(ro), std::move(en)));
        out_.rejected[row] = true;
    }

    void rejectFamily(const FamilyDraft& f) {
        for (int r : f.rows) out_.rejected[r] = true;
    }

    static int find(std::unordered_map<std::string, int>& index, const std::string& key, std::size_t next) {
        return index.try_emplace(key, static_cast<int>(next)).first->second;  // no node made for a known key
    }

    void place(int r, bool asChild) {
        const Row& row = rows_[r];
        const std::string& householdId = row.text[col::HouseholdId];
        if (householdId.empty()) return;  // already an error: the row cannot be placed
        // Without family_id the household is one family nucleus; its id must differ from the household's.
        const std::string familyId = row.text[col::FamilyId].empty() ? householdId + "/1" : row.text[col::FamilyId];
        const auto known = familyIndex_.find(familyId);
        if (known != familyIndex_.end() && households_[families_[known->second].household].id != householdId) {
            const FamilyDraft& other = families_[known->second];
            const std::string& otherHousehold = households_[other.household].id;
            error(r, kFixed[col::FamilyId].name, IssueKind::Conflict,
                  "familia „" + familyId + "” este deja în gospodăria „" + otherHousehold + "” (rândul " +
                      std::to_string(other.firstLine) + ")",
                  "family \"" + familyId + "\" is already in household \"" + otherHousehold + "\" (line " +
                      std::to_string(other.firstLine) + ")");
            return;
        }
        const int h = find(householdIndex_, householdId, households_.size());
        if (h == static_cast<int>(households_.size())) households_.push_back({householdId, row.line, {}, {}});
        const int f = find(familyIndex_, familyId, families_.size());
        if (f == static_cast<int>(families_.size())) {
            families_.push_back({familyId, h, row.line, {}, {}, {}, {}, {}, {}});
            households_[h].families.push_back(f);
        }
        FamilyDraft& family = families_[f];
        family.rows.push_back(r);
        if (asChild && !repeats(family, r)) family.children.push_back(r);
        for (int c = 0; c < kFixedCount; ++c) {
            if (kFixed[c].scope == Scope::Household)
                merge(households_[h].fixed[c], row.text[c], r, kFixed[c].name, false);
            if (kFixed[c].scope == Scope::Family) merge(family.fixed[c], row.text[c], r, kFixed[c].name, true);
        }
        for (std::size_t i = 0; i < indicatorCount(); ++i) {
            if (indicator(i).childLevel) continue;  // per child, aggregated in build()
            merge(family.obs[i], row.obs[i], r, "obs:", i);
            merge(family.conf[i], row.conf[i], r, "conf:", i);
        }
    }

    // The same child twice in one family (the same name, in any spelling, and birth date) where a
    // CNP does not tell two children apart: an error on the later row, which adds no child.
    bool repeats(FamilyDraft& family, int r) {
        const Row& row = rows_[r];
        if (row.text[col::ChildName].empty()) return false;
        const std::string key = foldForSearch(row.text[col::ChildName]) + '\n' + row.text[col::BirthDate];
        const auto [it, first] = family.childKeys.emplace(key, r);
        if (first) return false;
        const Row& earlier = rows_[it->second];
        if (!row.text[col::Cnp].empty() && !earlier.text[col::Cnp].empty()) return false;
        const std::string line = std::to_string(earlier.line);
        error(r, "", IssueKind::RepeatedRow,
              "repetă rândul " + line +
                  " (același copil: nume, familie și dată a nașterii, fără CNP care să-i deosebească)",
              "repeats row " + line + " (the same child: name, family and birth date, with no CNP to tell them apart)");
        return true;
    }

    void merge(Merged& shared, const std::string& value, int r, const char* column, bool family) {
        if (value.empty()) return;
        if (shared.line == 0) {
            shared = {value, rows_[r].line};
            return;
        }
        if (shared.value != value) conflict(r, column, value, shared, family);
    }

    void merge(MergedAnswer& shared, std::int8_t value, int r, const char* prefix, std::size_t i) {
        if (value == kUnset) return;
        if (shared.line == 0) {
            shared = {value, rows_[r].line};
            return;
        }
        auto code = [](std::int8_t a) { return std::string(a == kYes ? "1" : "0"); };
        if (shared.value != value)
            conflict(r, prefix + std::string(indicator(i).code), code(value), {code(shared.value), shared.line}, true);
    }

    void conflict(int r, const std::string& column, const std::string& value, const Merged& first, bool family) {
        const char* whoseRo = family ? "întregii familii" : "întregii gospodării";
        const char* whoseEn = family ? "the whole family" : "the whole household";
        error(r, column, IssueKind::Conflict,
              "„" + value + "” diferă de „" + first.value + "” de pe rândul " + std::to_string(first.line) +
                  "; valoarea aparține " + whoseRo,
              "\"" + value + "\" differs from \"" + first.value + "\" on line " + std::to_string(first.line) +
                  "; the value belongs to " + whoseEn);
    }

    // The workspace needs every household, family and child id to be distinct.
    void checkFamilyId(const FamilyDraft& f) {
        serial_ = std::max(serial_, serialOf(f.id));
        if (!householdIndex_.count(f.id)) return;
        out_.issues.push_back(located(IssueKind::DuplicateId, f.firstLine, kFixed[col::FamilyId].name,
                                      "codul familiei „" + f.id + "” este și codul unei gospodării",
                                      "family id \"" + f.id + "\" is also a household id"));
        rejectFamily(f);
    }

    void checkHousehold(const HouseholdDraft& h) {
        serial_ = std::max(serial_, serialOf(h.id));
        if (!h.fixed[col::Village].value.empty()) return;
        out_.issues.push_back(located(IssueKind::MissingValue, h.firstLine, kFixed[col::Village].name,
                                      "satul gospodăriei „" + h.id + "” lipsește",
                                      "the village of household \"" + h.id + "\" is missing"));
        for (int f : h.families) rejectFamily(families_[f]);
    }

    // ---- building the plan

    static std::optional<Date> date(const Merged& m) { return Date::parse(m.value); }

    // A family-level answer, or the child-level one aggregated: yes if any child's is yes.
    std::int8_t familyValue(const FamilyDraft& f, std::size_t i, bool conf) const {
        if (!indicator(i).childLevel) {
            const MergedAnswer& m = (conf ? f.conf : f.obs)[i];
            return m.line == 0 ? kUnset : m.value;
        }
        std::int8_t any = kUnset;
        for (int r : f.children) any = std::max(any, (conf ? rows_[r].conf : rows_[r].obs)[i]);
        return any;
    }

    std::optional<ObservationSheet> sheet(const FamilyDraft& f) const {
        ObservationSheet s;
        bool present = false;
        for (Col c : kSheetColumns) present = present || !f.fixed[c].value.empty();
        for (std::size_t i = 0; i < indicatorCount(); ++i) {
            const std::int8_t v = familyValue(f, i, false);
            if (v != kUnset) s.answers[i] = v == kYes ? Answer::Yes : Answer::No;
            present = present || v != kUnset;
        }
        if (!present) return std::nullopt;
        s.sheetId = f.fixed[col::SheetId].value;
        s.filledOn = date(f.fixed[col::ObservedOn]);
        s.filledBy = f.fixed[col::ObservedBy].value;
        s.position = f.fixed[col::ObservedByPosition].value;
        s.visitBy = f.fixed[col::VisitBy].value;
        s.visitByPosition = f.fixed[col::VisitByPosition].value;
        s.visitPlannedOn = date(f.fixed[col::VisitPlannedOn]);
        return s;
    }

    std::optional<RiskIdentification> risk(const FamilyDraft& f) const {
        RiskIdentification risk;
        bool present = !f.fixed[col::RiskSheetOn].value.empty();
        for (std::size_t i = 0; i < indicatorCount(); ++i) {
            const std::int8_t v = familyValue(f, i, true);
            if (v != kUnset) risk.verdicts[i] = v == kYes ? Verdict::Confirmed : Verdict::Rejected;
            present = present || v != kUnset;
        }
        if (!present) return std::nullopt;
        risk.visitedOn = date(f.fixed[col::RiskSheetOn]);
        return risk;
    }

    Child child(const Row& row) const {
        Child c;
        c.name = row.text[col::ChildName];
        c.cnp = row.text[col::Cnp];
        c.birthDate = Date::parse(row.text[col::BirthDate]);
        c.sex = row.text[col::Sex] == "M" ? Sex::Male : row.text[col::Sex] == "F" ? Sex::Female : Sex::Unknown;
        c.inProtection = row.text[col::InProtection] == "1";
        setCnp(c, row.text[col::Cnp], options_.today);  // a valid CNP gives a missing birth date or sex
        for (std::size_t i = 0; i < indicatorCount(); ++i) {
            if (!indicator(i).childLevel) continue;
            c.exposedObserved[i] = row.obs[i] == kYes;
            c.exposedConfirmed[i] = row.conf[i] == kYes;
        }
        return c;
    }

    // newId() makes "<letter><serial>": the plan's serials start past every imported id of that shape.
    static long serialOf(const std::string& id) {
        if (id.size() < 2 || id.size() > 10 || !std::isalpha(static_cast<unsigned char>(id[0]))) return 0;
        if (id.find_first_not_of("0123456789", 1) != std::string::npos) return 0;
        return std::stol(id.substr(1));
    }

    void startPlan() {
        Plan& plan = out_.plan;
        plan.id = "p1";
        plan.county = options_.county;
        plan.commune = options_.commune;
        plan.createdOn = plan.modifiedOn = options_.today.iso() + "T00:00:00";
        plan.nextSerial = serial_ + 1;
    }

    void build(const HouseholdDraft& hd) {
        Plan& plan = out_.plan;
        auto h = std::make_shared<Household>();
        h->id = hd.id;
        h->village = hd.fixed[col::Village].value;
        h->address = hd.fixed[col::Address].value;
        for (int fi : hd.families) {
            const FamilyDraft& fd = families_[fi];
            if (fd.children.empty()) continue;
            FamilyNucleus f;
            f.id = fd.id;
            f.head = fd.fixed[col::FamilyHead].value;
            f.sheet = sheet(fd);
            f.risk = risk(fd);
            for (int r : fd.children) {
                f.children.push_back(child(rows_[r]));
                f.children.back().id = newId(plan, 'c');
                childRow_[f.children.back().id] = r;
            }
            h->families.push_back(std::move(f));
        }
        if (h->families.empty()) return;
        const bool knownVillage = std::any_of(plan.villages.begin(), plan.villages.end(),
                                              [&](const Village& v) { return v.name == h->village; });
        if (!knownVillage) plan.villages.push_back({h->village, std::nullopt});
        plan.households.push_back(h);
    }

    // ---- validation (A), placed back on lines and columns

    static const char* columnOf(Field field) {
        switch (field) {
            case Field::HouseholdId: return kFixed[col::HouseholdId].name;
            case Field::FamilyId: return kFixed[col::FamilyId].name;
            case Field::Village: return kFixed[col::Village].name;
            case Field::ChildName: return kFixed[col::ChildName].name;
            case Field::Cnp: return kFixed[col::Cnp].name;
            case Field::BirthDate: return kFixed[col::BirthDate].name;
            case Field::Sex: return kFixed[col::Sex].name;
            case Field::SheetId: return kFixed[col::SheetId].name;
            case Field::ObservedOn: return kFixed[col::ObservedOn].name;
            case Field::ObservedBy: return kFixed[col::ObservedBy].name;
            case Field::RiskSheetOn: return kFixed[col::RiskSheetOn].name;
            default: return "";
        }
    }

    void placeIssue(Issue issue) {
        if (issue.field != Field::Exposure) issue.column = columnOf(issue.field);
        const bool isError = issue.severity == Severity::Error;
        if (!issue.childId.empty()) {
            const int r = childRow_.at(issue.childId);
            issue.line = rows_[r].line;
            if (isError) out_.rejected[r] = true;
        } else if (!issue.familyId.empty()) {
            const FamilyDraft& f = families_[familyIndex_.at(issue.familyId)];
            const auto col = std::find_if(std::begin(kFixed), std::end(kFixed),
                                          [&](const FixedColumn& c) { return issue.column == c.name; });
            const int valueLine = col != std::end(kFixed) ? f.fixed[col - std::begin(kFixed)].line : 0;
            issue.line = valueLine > 0 ? valueLine : f.firstLine;
            if (isError) rejectFamily(f);
        }
        if (issue.line == 0) issue.column.clear();  // about the whole plan
        // The ids are the plan's; in a file the line and column say where.
        issue.householdId.clear();
        issue.familyId.clear();
        issue.childId.clear();
        out_.issues.push_back(std::move(issue));
    }
};

}  // namespace

std::vector<std::string> observatoryColumns() {
    std::vector<std::string> names;
    for (const ColumnRef& c : exportLayout()) names.push_back(c.name());
    return names;
}

// What a reading keeps between its steps: the file checked as UTF-8, the rows read so far, then
// the assembly passes and the result.
struct ObservatoryCsvReading::State {
    std::shared_ptr<const std::string> file;  // read in place when it is UTF-8
    std::string converted;                    // else the file as UTF-8
    std::string_view text;
    std::size_t checked = 0, lines = 0;  // bytes checked as UTF-8 so far, and their line breaks
    ObservatoryImportOptions options;
    std::optional<CsvCursor> cursor;  // once the text is known to be UTF-8
    ObservatoryImport result;
    Layout layout;
    bool headerRead = false, headerUsable = false, rowsDone = false, finished = false;
    std::vector<Row> rows;
    std::vector<Use> use;
    std::optional<Assembler> assembler;  // once every row is read
    std::vector<bool> rejected;
    Assembly pass;
    double shownProgress = 0;

    State(std::shared_ptr<const std::string> f, ObservatoryImportOptions o)
        : file(std::move(f)), text(*file), options(std::move(o)) {}

    // Checks about `bytes` more of the file as UTF-8 (a spreadsheet saved in Windows-1250 is
    // converted whole) and counts its lines; true once the rows can be read.
    bool prepare(std::size_t bytes) {
        const std::size_t end = bytes < text.size() - checked ? checked + bytes : text.size();
        const std::size_t valid = utf8ValidEnd(text, checked, end);
        if (valid < end) {
            converted = spreadsheetText(text);
            text = converted;
            lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
            checked = text.size();
        } else {
            const std::string_view part = text.substr(checked, valid - checked);
            for (auto at = part.find('\n'); at != std::string_view::npos; at = part.find('\n', at + 1)) ++lines;
            checked = valid;
        }
        if (checked < text.size()) return false;
        // A row per line break is the most there can be: no row is moved as the list grows.
        rows.reserve(lines + 1);
        cursor.emplace(text);
        return true;
    }

    // Reads every row as it streams by; unreadable cells are errors, the rest of the row still counts.
    bool readRows(std::size_t count) {
        return cursor->read(count, [&](const CsvRecord& record) {
            if (!headerRead) {
                headerRead = true;
                layout = readHeader(options.columns ? CsvRecord{record.line, *options.columns} : record, result.issues);
                headerUsable = !hasErrors(result.issues);
                return;
            }
            if (!headerUsable) return;
            rows.emplace_back();
            use.push_back(RowReader(layout, result.issues).read(record, rows.back()) ? Use::Full : Use::ValuesOnly);
        });
    }

    // The file's own problems end the reading before any row is assembled.
    bool unreadable() {
        const CsvScan& scan = cursor->scan();
        if (const auto limit = csvLimitProblem(scan)) {
            result.issues = {located(IssueKind::TooLarge, limit->line, "", limit->ro, limit->en)};
            return true;
        }
        if (scan.unterminatedQuoteLine) {
            // Everything after the quote is garbled: this is the one problem worth reporting.
            result.issues = {located(IssueKind::CsvSyntax, *scan.unterminatedQuoteLine, "",
                                     "ghilimelele deschise aici nu se mai închid",
                                     "a quote opened here is never closed")};
            return true;
        }
        if (!headerRead) {
            result.issues.push_back(located(IssueKind::NoRows, 1, "", "fișierul este gol", "the file is empty"));
            return true;
        }
        if (!headerUsable) return true;
        if (rows.empty()) {
            result.issues.push_back(located(IssueKind::NoRows, 1, "", "fișierul are doar capul de tabel",
                                            "the file has a header and no rows"));
            return true;
        }
        return false;
    }

    void startAssembly() {
        result.rowsRead = static_cast<int>(rows.size());
        rejected.assign(rows.size(), false);
        for (std::size_t r = 0; r < rows.size(); ++r) rejected[r] = use[r] != Use::Full;
        assembler.emplace(rows, options);
        assembler->start(use);
    }

    // After a pass: its errors count; in valid-rows-only mode the rejected rows are dropped and
    // the rows assembled again, until nothing changes. True when no other pass is needed.
    bool passDone() {
        pass = assembler->take();
        for (const Issue& i : pass.issues)
            if (i.severity == Severity::Error) result.issues.push_back(i);
        bool changed = false;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            rejected[r] = rejected[r] || pass.rejected[r];
            if (options.validRowsOnly && rejected[r] && use[r] != Use::Skip) {
                use[r] = Use::Skip;
                changed = true;
            }
        }
        if (changed) assembler->start(use);
        return !changed;
    }

    void finishAssembly() {
        for (const Issue& i : pass.issues)
            if (i.severity == Severity::Warning) result.issues.push_back(i);
        std::stable_sort(result.issues.begin(), result.issues.end(), [](const Issue& a, const Issue& b) {
            return (a.line == 0 ? INT32_MAX : a.line) < (b.line == 0 ? INT32_MAX : b.line);
        });
        result.rowsRejected = static_cast<int>(std::count(rejected.begin(), rejected.end(), true));
        if (hasErrors(result.issues) && !options.validRowsOnly) return;
        result.rowsImported = static_cast<int>(childCount(pass.plan));
        result.plan = std::move(pass.plan);
    }

    // Checks the text, reads rows until the file ends, then assembles them a bounded amount of
    // work per step: each step does about `count` rows' worth.
    void step(std::size_t count) {
        if (!cursor) {
            prepare(count < SIZE_MAX / kBytesPerRow ? count * kBytesPerRow : SIZE_MAX);
            return;
        }
        if (!rowsDone) {
            rowsDone = readRows(count);
            if (rowsDone && !unreadable()) startAssembly();
            if (!rowsDone || assembler) return;
        } else if (const bool passOver = assembler->step(count); !passOver || !passDone()) {
            shownProgress = std::max(shownProgress, assembler->progress());
            return;
        } else {
            finishAssembly();
        }
        assembler.reset();
        rows = {};
        use = {};
        converted = {};
        file.reset();
        finished = true;
    }

    static constexpr std::size_t kBytesPerRow = 1024;  // about a row of the Observatory's own export
};

ObservatoryCsvReading::ObservatoryCsvReading(std::string_view text, ObservatoryImportOptions options) {
    try {
        state_ = std::make_unique<State>(std::make_shared<const std::string>(text), std::move(options));
    } catch (const std::exception&) {
        fail();
    }
}

ObservatoryCsvReading::ObservatoryCsvReading(std::shared_ptr<const std::string> text,
                                             ObservatoryImportOptions options) {
    try {
        state_ = std::make_unique<State>(std::move(text), std::move(options));
    } catch (const std::exception&) {
        fail();
    }
}

ObservatoryCsvReading::~ObservatoryCsvReading() = default;
ObservatoryCsvReading::ObservatoryCsvReading(ObservatoryCsvReading&&) noexcept = default;
ObservatoryCsvReading& ObservatoryCsvReading::operator=(ObservatoryCsvReading&&) noexcept = default;

void ObservatoryCsvReading::fail() {  // memory: no file may stop the app
    state_.reset();
    done_ = {};
    done_.issues = {located(IssueKind::TooLarge, 0, "", "fișierul nu a putut fi citit (prea mare?)",
                            "the file could not be read (too large?)")};
}

bool ObservatoryCsvReading::step(std::size_t rows) {
    if (!state_) return true;
    try {
        state_->step(rows);
        if (!state_->finished) return false;
        done_ = std::move(state_->result);
        state_.reset();
    } catch (const std::exception&) {
        fail();
    }
    capIssues(done_.issues);
    return true;
}

bool ObservatoryCsvReading::checking() const { return state_ && state_->rowsDone; }

double ObservatoryCsvReading::checkProgress() const { return state_ ? state_->shownProgress : 1; }

std::size_t ObservatoryCsvReading::rowsRead() const {
    return state_ ? state_->rows.size() : static_cast<std::size_t>(done_.rowsRead);
}

std::size_t ObservatoryCsvReading::rowsExpected() const {
    if (!state_) return static_cast<std::size_t>(done_.rowsRead);
    return state_->cursor ? std::max<std::size_t>(state_->lines, 1) - 1 : 0;
}

ObservatoryImport ObservatoryCsvReading::take() { return std::move(done_); }

ObservatoryImport importObservatoryCsv(std::string_view text, const ObservatoryImportOptions& options) {
    ObservatoryCsvReading reading(text, options);
    while (!reading.step(std::numeric_limits<std::size_t>::max())) {}
    return reading.take();
}

// ---- export -----------------------------------------------------------------------------------

namespace {

std::string answerCode(Answer a) { return a == Answer::Yes ? "1" : a == Answer::No ? "0" : ""; }
std::string verdictCode(Verdict v) { return v == Verdict::Confirmed ? "1" : v == Verdict::Rejected ? "0" : ""; }
// Dates as Excel shows them in Romania; the import reads them back, as it reads ISO.
std::string dateText(const std::optional<Date>& d) { return d ? d->shown() : ""; }

// Whether a child is named for a child-level indicator: directly, or through one of its sub-items.
bool names(const IndicatorSet& set, std::size_t i) {
    if (set[i]) return true;
    for (std::size_t j = 0; j < indicatorCount(); ++j)
        if (set[j] && indicator(j).parent() == static_cast<int>(i)) return true;
    return false;
}

// Whether a child may carry a yes it is not named for: its age is within the indicator's bounds
// (or cannot be counted), so that the import does not find it outside them. A family without
// dates is left to the import's today.
bool mayCarry(const FamilyNucleus& f, const Child& c, std::size_t i, bool confirmed) {
    const bool dated = (f.sheet && f.sheet->filledOn) || (f.risk && f.risk->visitedOn);
    return !dated || !exposureAgeIssue(c, i, confirmed, f, Date{});
}

// A child-level cell: "1" for the children the family's "yes" names; when it names none, the
// file cannot say "yes" without a child, so the children of the indicator's ages carry it (every
// child when none is of those ages: the import then says so).
std::string childLevelCell(const std::string& familyCode, const FamilyNucleus& f, const Child& c, std::size_t i,
                           IndicatorSet Child::*exposure) {
    if (familyCode != "1") return familyCode;
    const bool confirmed = exposure == &Child::exposedConfirmed;
    auto named = [&](const Child& other) { return names(other.*exposure, i); };
    if (std::any_of(f.children.begin(), f.children.end(), named)) return named(c) ? "1" : "0";
    const bool anyMay = std::any_of(f.children.begin(), f.children.end(),
                                    [&](const Child& other) { return mayCarry(f, other, i, confirmed); });
    return !anyMay || mayCarry(f, c, i, confirmed) ? "1" : "0";
}

std::string fixedCell(int col, const Household& h, const FamilyNucleus& f, const Child& c) {
    const ObservationSheet* s = f.sheet ? &*f.sheet : nullptr;
    switch (col) {
        case col::HouseholdId: return h.id;
        case col::FamilyId: return f.id;
        case col::Village: return h.village;
        case col::Address: return h.address;
        case col::FamilyHead: return f.head;
        case col::ChildName: return c.name;
        case col::Cnp: return c.cnp;
        case col::BirthDate: return dateText(c.birthDate);
        case col::Sex: return c.sex == Sex::Male ? "M" : c.sex == Sex::Female ? "F" : "";
        case col::InProtection: return c.inProtection ? "1" : "";
        case col::SheetId: return s ? s->sheetId : "";
        case col::ObservedOn: return s ? dateText(s->filledOn) : "";
        case col::ObservedBy: return s ? s->filledBy : "";
        case col::ObservedByPosition: return s ? s->position : "";
        case col::VisitBy: return s ? s->visitBy : "";
        case col::VisitByPosition: return s ? s->visitByPosition : "";
        case col::VisitPlannedOn: return s ? dateText(s->visitPlannedOn) : "";
        case col::RiskSheetOn: return f.risk ? dateText(f.risk->visitedOn) : "";
        default: return "";
    }
}

std::string cell(const ColumnRef& col, const Household& h, const FamilyNucleus& f, const Child& c) {
    if (col.part == Part::Fixed) return fixedCell(col.index, h, f, c);
    const std::size_t i = static_cast<std::size_t>(col.index);
    std::string family;
    if (col.part == Part::Obs) family = f.sheet ? answerCode(f.sheet->answers[i]) : "";
    else family = f.risk ? verdictCode(f.risk->verdicts[i]) : "";
    if (!indicator(i).childLevel) return family;
    return childLevelCell(family, f, c, i, col.part == Part::Obs ? &Child::exposedObserved : &Child::exposedConfirmed);
}

}  // namespace

std::string exportObservatoryCsv(const Plan& plan) {
    const std::vector<ColumnRef> layout = exportLayout();
    constexpr char kSeparator = ';';
    std::string out(kUtf8Bom);
    out += csvLine(observatoryColumns(), kSeparator);
    std::vector<std::string> fields(layout.size());
    for (const auto& h : plan.households)
        for (const auto& f : h->families)
            for (const auto& c : f.children) {
                for (std::size_t k = 0; k < layout.size(); ++k) fields[k] = cell(layout[k], *h, f, c);
                out += csvLine(fields, kSeparator);
            }
    return out;
}

}  // namespace prevplan
