#include "core/resources/resources_csv.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/base/encoding.h"
#include "core/catalog/a25.h"
#include "core/catalog/service_types.h"
#include "core/base/csv.h"
#include "core/observatory/observatory_mapping.h"

namespace prevplan {

namespace {

// What a cell holds: set into the service, or a message saying why it cannot be read.
struct CellError {
    std::string ro, en;
};
using Read = std::optional<CellError> (*)(Service&, const std::string&);
using Write = std::string (*)(const Service&);

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::optional<CellError> readCount(std::optional<int>& out, const std::string& v) {
    if (v.empty()) return out.reset(), std::nullopt;
    if (v.find_first_not_of("0123456789") != std::string::npos || v.size() > 6)
        return CellError{"trebuie să fie un număr întreg, cel puțin 0", "must be a whole number, at least 0"};
    out = std::stoi(v);
    return std::nullopt;
}

// The printed A2.5 codes yes and no two ways: "1. Yes 0. No" on SSoc8 (accredited), but "0. Yes
// 1. No" on IS16, IS17, IS18, SSoc2 and SSoc9 (Annex A2.5). Each column reads its own question's
// codes; -1 (NS/NR) and -7 (NC, not applicable) leave the answer unknown.
enum class YesCode : char { One = '1', Zero = '0' };

std::optional<CellError> readYesNo(YesNo& out, const std::string& value, YesCode yes) {
    const std::string v = lower(value);
    const std::string yesDigit(1, static_cast<char>(yes)), noDigit = yes == YesCode::One ? "0" : "1";
    if (v.empty() || v == "ns" || v == "nr" || v == "ns/nr" || v == "-1" || v == "-7") out = YesNo::Unknown;
    else if (v == "da" || v == "yes" || v == yesDigit) out = YesNo::Yes;
    else if (v == "nu" || v == "no" || v == noDigit) out = YesNo::No;
    else
        return CellError{
            "se scrie da, nu (sau codul fișei A2.5: " + yesDigit + " = da, " + noDigit + " = nu) sau se lasă gol",
            "write yes, no (or the A2.5 sheet's code: " + yesDigit + " = yes, " + noDigit + " = no) or leave it empty"};
    return std::nullopt;
}

// An A2.5 rating 1-10; empty, -1 (cannot say) or -7 (not applicable) is 0.
std::optional<CellError> readRating(int& out, const std::string& v) {
    std::optional<int> score;
    if (v == "-1" || v == "-7") score = 0;
    else if (readCount(score, v) || score.value_or(0) > 10)
        return CellError{"se notează de la 1 la 10", "is rated 1 to 10"};
    out = score.value_or(0);
    return std::nullopt;
}

std::string writeRating(int v) { return v ? std::to_string(v) : std::string(); }

std::string writeYesNo(YesNo v) { return v == YesNo::Yes ? "da" : v == YesNo::No ? "nu" : ""; }
std::string writeCount(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }

// Codes separated by anything that is not a digit: "83, 85 41".
std::optional<CellError> readActivities(Service& s, const std::string& v) {
    s.activities.clear();
    for (std::size_t i = 0; i < v.size();) {
        if (!std::isdigit(static_cast<unsigned char>(v[i]))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < v.size() && std::isdigit(static_cast<unsigned char>(v[end]))) ++end;
        const int code = std::stoi(v.substr(i, std::min<std::size_t>(end - i, 4)));
        if (!findByCode(serviceActivities(), code))
            return CellError{"activitatea " + std::to_string(code) + " nu este în lista A2.5 (SSoc3)",
                             "activity " + std::to_string(code) + " is not in the A2.5 list (SSoc3)"};
        if (!hasActivity(s, code)) s.activities.push_back(code);
        i = end;
    }
    return std::nullopt;
}

std::string writeActivities(const Service& s) {
    std::string out;
    for (int code : s.activities) out += (out.empty() ? "" : " ") + std::to_string(code);
    return out;
}

std::optional<CellError> readAccessibility(Service& s, const std::string& v) {
    s.accessibility.clear();
    for (char c : lower(v)) {
        if (c >= 'a' && c <= 'f') {
            if (!hasAccessibility(s, c)) s.accessibility += c;
        } else if (std::isalnum(static_cast<unsigned char>(c))) {
            return CellError{"se scrie cu literele a–f (A2.5, SSoc4)", "write it with the letters a–f (A2.5, SSoc4)"};
        }
    }
    std::sort(s.accessibility.begin(), s.accessibility.end());
    return std::nullopt;
}

struct Column {
    const char* name;     // the workspace format's field name, also the export header
    const char* romanian; // the Romanian header, read as well
    Read read;
    Write write;
};

#define TEXT_COLUMN(name, ro, field)                                                                    \
    {name, ro, [](Service& s, const std::string& v) -> std::optional<CellError> { return s.field = v, std::nullopt; }, \
     [](const Service& s) { return s.field; }}
#define YES_NO_COLUMN(name, ro, field, yes)                                                             \
    {name, ro, [](Service& s, const std::string& v) { return readYesNo(s.field, v, yes); },              \
     [](const Service& s) { return writeYesNo(s.field); }}
#define COUNT_COLUMN(name, ro, field)                                                                   \
    {name, ro, [](Service& s, const std::string& v) { return readCount(s.field, v); },                   \
     [](const Service& s) { return writeCount(s.field); }}
#define RATING_COLUMN(name, ro, field)                                                                  \
    {name, ro, [](Service& s, const std::string& v) { return readRating(s.field, v); },                  \
     [](const Service& s) { return writeRating(s.field); }}

const Column kColumns[] = {
    TEXT_COLUMN("id", "id", id),
    {"type", "tip",
     [](Service& s, const std::string& v) -> std::optional<CellError> {
         std::string code;
         for (char c : v) code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
         if (!findByCode(serviceTypes(), code))
             return CellError{"„" + v + "” nu este un cod din Tabelul 2 (de exemplu A3, G8)",
                              "\"" + v + "\" is not a Table 2 code (such as A3, G8)"};
         s.type = code;
         return std::nullopt;
     },
     [](const Service& s) { return s.type; }},
    TEXT_COLUMN("name", "denumire", name),
    {"supplier", "furnizor",
     [](Service& s, const std::string& v) -> std::optional<CellError> {
         std::optional<int> code;
         if (readCount(code, v) || code.value_or(0) > static_cast<int>(supplierTypes().size))
             return CellError{"furnizorul are codurile 1–6 (A2.5, IS13)", "the supplier codes are 1–6 (A2.5, IS13)"};
         s.supplier = code.value_or(0);
         return std::nullopt;
     },
     [](const Service& s) { return s.supplier ? std::to_string(s.supplier) : std::string(); }},
    TEXT_COLUMN("supplier_other", "furnizor altul", supplierOther),
    TEXT_COLUMN("locality", "localitate", locality),
    YES_NO_COLUMN("accredited", "acreditat", accredited, YesCode::One),
    COUNT_COLUMN("capacity", "capacitate", capacity),
    COUNT_COLUMN("free_places", "locuri libere", freePlaces),
    YES_NO_COLUMN("places_for_separated", "locuri pentru copii separati", placesForSeparated, YesCode::Zero),
    TEXT_COLUMN("access", "procedura de acces", access),
    {"activities", "activitati", readActivities, writeActivities},
    TEXT_COLUMN("activities_other", "alte activitati", activitiesOther),
    {"accessibility", "accesibilitate", readAccessibility, [](const Service& s) { return s.accessibility; }},
    COUNT_COLUMN("monthly_cost", "cost lunar", monthlyCost),
    COUNT_COLUMN("beneficiary_cost", "cost beneficiar", beneficiaryCost),
    TEXT_COLUMN("cost_note", "costuri", costNote),
    TEXT_COLUMN("timetable", "program", timetable),
    TEXT_COLUMN("contact", "contact", contact),
    TEXT_COLUMN("interviewer", "completat de", interviewer),
    TEXT_COLUMN("interviewee", "persoana intervievata", interviewee),
    YES_NO_COLUMN("spas_cooperates", "colaboreaza cu spas", spasCooperates, YesCode::Zero),
    YES_NO_COLUMN("referred_last_year", "trimis in ultimele 12 luni", referredLastYear, YesCode::Zero),
    YES_NO_COLUMN("commune_beneficiaries", "beneficiari din comuna", communeBeneficiaries, YesCode::Zero),
    YES_NO_COLUMN("commune_beneficiaries_reported", "beneficiari din comuna dupa serviciu",
                  communeBeneficiariesReported, YesCode::Zero),
    RATING_COLUMN("efficiency", "eficienta", efficiency),
    RATING_COLUMN("self_rating", "autoevaluare", selfRating),
    {"checked_on", "verificat la",
     [](Service& s, const std::string& v) -> std::optional<CellError> {
         if (v.empty()) return s.checkedOn.reset(), std::nullopt;
         const DateReading date = readDate(v);
         s.checkedOn = date.date;
         if (!s.checkedOn)
             return CellError{dateProblemMessage(v, date, Lang::Ro), dateProblemMessage(v, date, Lang::En)};
         return std::nullopt;
     },
     [](const Service& s) { return s.checkedOn ? s.checkedOn->shown() : std::string(); }},
};
#undef TEXT_COLUMN
#undef YES_NO_COLUMN
#undef COUNT_COLUMN
#undef RATING_COLUMN

// The column a header names, by its own name or its Romanian one; -1 when unknown.
int columnOf(const std::string& header) {
    const std::string key = mappingKey(header);
    for (std::size_t i = 0; i < std::size(kColumns); ++i)
        if (key == mappingKey(kColumns[i].name) || key == mappingKey(kColumns[i].romanian)) return static_cast<int>(i);
    return -1;
}

Issue located(IssueKind kind, int line, const std::string& column, std::string ro, std::string en,
              Severity severity = Severity::Error) {
    return Issue{kind, severity, Field::None, std::move(ro), std::move(en), {}, {}, {}, line, column};
}

// The header's columns; -1 for those ignored (with a warning).
std::vector<int> readHeader(const CsvRecord& header, Issues& issues) {
    std::vector<int> columns;
    for (const std::string& name : header.fields) {
        const int c = columnOf(name);
        if (c >= 0 && std::find(columns.begin(), columns.end(), c) != columns.end())
            issues.push_back(located(IssueKind::DuplicateColumn, 1, name, "coloana apare de două ori", "the column appears twice"));
        else if (c < 0 && !trimmedCell(name).empty())
            issues.push_back(located(IssueKind::UnknownColumn, 1, name, "coloană necunoscută, ignorată", "unknown column, ignored",
                                     Severity::Warning));
        columns.push_back(c);
    }
    if (std::find(columns.begin(), columns.end(), columnOf("type")) == columns.end())
        issues.push_back(located(IssueKind::MissingColumn, 1, "type", "lipsește coloana „type” (tipul de serviciu din Tabelul 2)",
                                 "the column \"type\" (the Table 2 service type) is missing"));
    return columns;
}

}  // namespace

std::vector<std::string> inventoryColumns() {
    std::vector<std::string> out;
    for (const Column& c : kColumns) out.emplace_back(c.name);
    return out;
}

static InventoryImport readInventoryCsv(std::string_view text) {
    InventoryImport out;
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
    std::vector<int> columns;
    bool header = true;
    const CsvScan scan = scanCsv(text, [&](const CsvRecord& record) {
        if (header) {
            columns = readHeader(record, out.issues);
            header = false;
            return;
        }
        ++out.rowsRead;
        Service s;
        bool ok = true;
        for (std::size_t i = 0; i < record.fields.size() && i < columns.size(); ++i) {
            if (columns[i] < 0) continue;
            const Column& column = kColumns[columns[i]];
            if (const auto error = column.read(s, std::string(trimmedCell(csvCellValue(record.fields[i]))))) {
                out.issues.push_back(located(IssueKind::BadValue, record.line, column.name, error->ro, error->en));
                ok = false;
            }
        }
        if (ok && s.type.empty()) {
            out.issues.push_back(located(IssueKind::MissingValue, record.line, "type", "lipsește tipul de serviciu",
                                         "the service type is missing"));
            ok = false;
        }
        if (ok) out.services.push_back(std::move(s));
    });
    if (const auto limit = csvLimitProblem(scan)) {
        out.issues = {located(IssueKind::TooLarge, limit->line, {}, limit->ro, limit->en)};
        out.services.clear();
        return out;
    }
    if (scan.unterminatedQuoteLine)
        out.issues.push_back(located(IssueKind::CsvSyntax, *scan.unterminatedQuoteLine, {}, "ghilimele deschise și neînchise",
                                     "a quote is opened and never closed"));
    if (out.rowsRead == 0 && !hasErrors(out.issues))
        out.issues.push_back(located(IssueKind::NoRows, 1, {}, "fișierul nu are niciun serviciu", "the file has no service"));
    return out;
}

InventoryImport importInventoryCsv(std::string_view text) {
    InventoryImport out;
    try {
        out = readInventoryCsv(spreadsheetText(text));
    } catch (const std::exception&) {  // memory: no file may stop the app
        out = {};
        out.issues = {located(IssueKind::TooLarge, 0, {}, "fișierul nu a putut fi citit (prea mare?)",
                              "the file could not be read (too large?)")};
    }
    capIssues(out.issues);
    return out;
}

std::string exportInventoryCsv(const Resources& resources) {
    std::string out(kUtf8Bom);
    out += csvLine(inventoryColumns(), ';');
    for (const Service& s : resources.services) {
        std::vector<std::string> fields;
        for (const Column& c : kColumns) fields.push_back(c.write(s));
        out += csvLine(fields, ';');
    }
    return out;
}

int mergeInventory(Plan& plan, std::vector<Service> services) {
    int added = 0;
    auto& inventory = plan.resources.services;
    for (Service& s : services) {
        auto same = std::find_if(inventory.begin(), inventory.end(), [&](const Service& e) { return !s.id.empty() && e.id == s.id; });
        if (same != inventory.end()) {
            *same = std::move(s);
            continue;
        }
        s.id = newId(plan, 's');
        inventory.push_back(std::move(s));
        ++added;
    }
    return added;
}

}  // namespace prevplan
