#include "core/report/report_format.h"

#include <cmath>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/csv.h"
#include "core/base/words.h"

namespace prevplan {

std::optional<ReportFormat> parseReportFormat(std::string_view name) {
    if (name == "json") return ReportFormat::Json;
    if (name == "csv") return ReportFormat::Csv;
    if (name == "md") return ReportFormat::Markdown;
    return std::nullopt;
}

std::optional<double> percentOf(long count, long total) {
    if (total <= 0) return std::nullopt;
    return std::round(static_cast<double>(count) * 1000.0 / static_cast<double>(total)) / 10.0;
}

namespace {

using ojson = nlohmann::ordered_json;

constexpr Text kReportTitle = {"Raport privind copiii aflați în situație de risc", "Report on at-risk children"};
constexpr Text kDemoWarning = {"DATE FICTIVE (demonstrație)", "FICTITIOUS DATA (demo)"};
constexpr Text kRealData = {"reale", "real"};
constexpr Text kSummaryTitle = {"Date generale", "Summary"};
constexpr Text kTable1Title = {
    "Tabelul 1 – Indicatori de risc: gospodării, copii din aceste gospodării, copii expuși direct",
    "Table 1 – Risk indicators: households, children living in them, children directly exposed"};
constexpr Text kRegistryTitle = {"Registrul copiilor aflați în situație de risc, după numărul de situații confirmate",
                             "Registry of at-risk children by number of confirmed risk situations"};
constexpr Text kTableATitle = {"Anexa A2.4, Tabelul A – Activități de identificare a copiilor aflați în situație de risc",
                           "Annex A2.4, Table A – Identification of at-risk children"};
constexpr Text kTableBTitle = {
    "Anexa A2.4, Tabelul B – Copiii din Registru după tipul situației de risc confirmate",
    "Annex A2.4, Table B – Registry children by type of confirmed risk situation"};
constexpr Text kPublicCareTitle = {
    "Copiii comunei aflați deja în protecție specială și ce face SPAS cu familiile lor",
    "The commune's children already in public care, and what the SPAS does with their families"};
// The section's rows, in the order of PublicCareRow: what the SPAS has done with the families.
struct PublicCareRow {
    const char* key;
    Text label;
};
constexpr PublicCareRow kPublicCareRows[] = {
    {"children", {"Copii din Observator aflați în protecție specială", "Observatory children in special protection"}},
    {"dgaspc_list",
     {"Copii pe lista DGASPC a copiilor din comună aflați în protecție",
      "Children on the DGASPC's list of the commune's children in protection"}},
    {"families", {"Familiile lor (nuclee familiale)", "Their families (family nuclei)"}},
    {"risk_identified",
     {"… cu fișa de identificare a riscurilor completată (obligatorie pentru ele)",
      "… with the risk identification made (mandatory for them)"}},
    {"confirmed", {"… cu cel puțin o situație de risc confirmată", "… with at least one risk situation confirmed"}},
    {"service_plan",
     {"… cu un plan de servicii întocmit, pentru reintegrarea copilului",
      "… with a service plan drawn up, towards the child's reintegration"}},
    {"visited_last_12_months",
     {"… vizitate pentru monitorizare în ultimele 12 luni", "… visited for monitoring in the past 12 months"}},
};

std::vector<std::optional<long>> publicCareValues(const PublicCare& c) {
    return {c.children, c.dgaspcList, c.families, c.riskIdentified, c.confirmed, c.servicePlan, c.visitedLast12Months};
}

constexpr Text kAnyRisk = {"Cel puțin una dintre situațiile de risc de mai sus",
                       "At least one of the above risk situations"};
constexpr Text kTotalSuffix = {" (total)", " (total)"};
constexpr Text kRegistryTotal = {"Numărul total de copii din Registru", "Total number of children in the Registry"};
constexpr Text kCommuneColumn = {"În comună", "In the commune"};
constexpr Text kNoVillage = {"(sat neînregistrat)", "(village not recorded)"};

struct Way {
    const char* key;
    Text name;
    IndicatorFigures Table1Row::*figures;
};
const Way kWays[] = {
    {"observed", {"Suspiciuni", "Suspected"}, &Table1Row::observed},
    {"confirmed", {"Confirmate", "Confirmed"}, &Table1Row::confirmed},
};

// ---- JSON ----

ojson figureJson(long count, long total) {
    const auto pct = percentOf(count, total);
    return {{"count", count}, {"pct", pct ? ojson(*pct) : ojson(nullptr)}};
}

ojson figuresJson(const IndicatorFigures& f, const NeedsReport& r) {
    ojson j;
    j["households"] = figureJson(f.households, r.households);
    j["children_in_households"] = figureJson(f.childrenInHouseholds, r.children);
    j["children_directly"] = f.childrenDirectly ? figureJson(*f.childrenDirectly, r.children) : ojson(nullptr);
    return j;
}

ojson optionalJson(const std::optional<long>& value) { return value ? ojson(*value) : ojson(nullptr); }

ojson villageJson(const VillageColumn& col, bool isCommune) {
    return isCommune ? ojson(nullptr) : ojson(col.village);
}

ojson tableAJson(const NeedsReport& r) {
    ojson columns = ojson::array();
    for (std::size_t c = 0; c < r.columns.size(); ++c) {
        const VillageColumn& col = r.columns[c];
        ojson j;
        j["village"] = villageJson(col, c == 0);
        j[kTableAInsRow.key] = optionalJson(col.insChildren);
        for (std::size_t row = 0; row < kActivityRowCount; ++row) j[kTableARows[row].key] = col.activity[row];
        columns.push_back(std::move(j));
    }
    return columns;
}

ojson tableBJson(const NeedsReport& r) {
    ojson columns = ojson::array();
    for (std::size_t c = 0; c < r.columns.size(); ++c) {
        const VillageColumn& col = r.columns[c];
        ojson bySituation;
        for (int d = 1; d <= kDimensionCount; ++d) {
            bySituation[std::to_string(d)] = col.byDimension[d - 1];
            for (std::size_t i = 0; i < indicatorCount(); ++i)
                if (indicator(i).dimension == d) bySituation[indicator(i).code] = col.byRiskSituation[i];
        }
        ojson j;
        j["village"] = villageJson(col, c == 0);
        j["registry_children"] = col.registryChildren();
        j["by_risk_situation"] = std::move(bySituation);
        columns.push_back(std::move(j));
    }
    return columns;
}

// ---- Tables shared by CSV and Markdown ----

class TableBuilder {
public:
    TableBuilder(const NeedsReport& report, Lang lang, NumberStyle style) : r_(report), lang_(lang), style_(style) {}

    std::vector<ReportTable> all() const { return {summary(), table1(), registry(), tableA(), tableB(), publicCare()}; }

private:
    std::string t(const Text& text) const { return text.in(lang_); }

    std::string pct(long count, long total) const {
        const auto p = percentOf(count, total);
        if (!p) return {};
        return decimalNumber(*p, 1, lang_);  // below 1000: never grouped, so a spreadsheet reads it too
    }
    std::string n(long count) const {
        return style_ == NumberStyle::Reading ? groupedNumber(count, lang_) : std::to_string(count);
    }

    ReportTable summary() const {
        const bool ro = lang_ == Lang::Ro;
        return {t(kSummaryTitle),
                {ro ? "Câmp" : "Field", ro ? "Valoare" : "Value"},
                {{ro ? "Plan" : "Plan", r_.planId},
                 {ro ? "Comuna" : "Commune", r_.commune},
                 {ro ? "La data" : "As of", r_.asOf.shown()},
                 {ro ? "Date" : "Data", r_.demo ? t(kDemoWarning) : t(kRealData)},
                 {ro ? "Gospodării" : "Households", n(r_.households)},
                 {ro ? "Copii" : "Children", n(r_.children)}}};
    }

    void addFigureCells(std::vector<std::string>& row, const IndicatorFigures& f) const {
        row.push_back(n(f.households));
        row.push_back(pct(f.households, r_.households));
        row.push_back(n(f.childrenInHouseholds));
        row.push_back(pct(f.childrenInHouseholds, r_.children));
        row.push_back(f.childrenDirectly ? n(*f.childrenDirectly) : std::string());
        row.push_back(f.childrenDirectly ? pct(*f.childrenDirectly, r_.children) : std::string());
    }

    void addTable1Row(ReportTable& table, const Table1Row& row, const std::string& label) const {
        std::vector<std::string> cells{row.key, label};
        for (const Way& way : kWays) addFigureCells(cells, row.*way.figures);
        table.rows.push_back(std::move(cells));
    }

    ReportTable table1() const {
        const bool ro = lang_ == Lang::Ro;
        ReportTable table{t(kTable1Title), {ro ? "Cod" : "Code", "Indicator"}, {}};
        for (const Way& way : kWays) {
            const std::string w = t(way.name) + ": ";
            for (const char* column : {ro ? "gospodării" : "households", ro ? "copii în gospodării" : "children in households",
                                       ro ? "copii expuși direct" : "children directly exposed"}) {
                table.header.push_back(w + column);
                table.header.push_back("%");
            }
        }
        for (int d = 1; d <= kDimensionCount; ++d) {
            addTable1Row(table, r_.dimensionRow(d), t(dimension(d).name) + t(kTotalSuffix));
            for (std::size_t i = 0; i < indicatorCount(); ++i)
                if (indicator(i).dimension == d) addTable1Row(table, r_.indicatorRow(i), t(indicator(i).label));
        }
        addTable1Row(table, r_.anyRow(), t(kAnyRisk));
        return table;
    }

    ReportTable registry() const {
        const bool ro = lang_ == Lang::Ro;
        const long total = r_.communeColumn().registryChildren();
        ReportTable table{t(kRegistryTitle), {ro ? "Situații de risc confirmate" : "Confirmed risk situations",
                                            ro ? "Copii" : "Children", "%"}, {}, 1};
        table.rows.push_back({"total", n(total), pct(total, total)});
        for (std::size_t b = 0; b < kRiskBucketCount; ++b) {
            const long children = r_.registryBucket(static_cast<RiskBucket>(b));
            table.rows.push_back({riskBucketKey(static_cast<RiskBucket>(b)), n(children), pct(children, total)});
        }
        return table;
    }

    // Tables A and B share their columns: row number, description, the commune, each village.
    ReportTable villageTable(const Text& title) const {
        const bool ro = lang_ == Lang::Ro;
        ReportTable table{t(title), {ro ? "Rând" : "Row", ro ? "Descriere" : "Description", t(kCommuneColumn)}, {}};
        for (std::size_t c = 1; c < r_.columns.size(); ++c)
            table.header.push_back(r_.columns[c].village.empty() ? t(kNoVillage) : r_.columns[c].village);
        return table;
    }

    template <typename CellFn>
    void addVillageRow(ReportTable& table, std::string number, std::string label, CellFn cell) const {
        std::vector<std::string> cells{std::move(number), std::move(label)};
        for (const VillageColumn& col : r_.columns) cells.push_back(cell(col));
        table.rows.push_back(std::move(cells));
    }

    ReportTable tableA() const {
        ReportTable table = villageTable(kTableATitle);
        addVillageRow(table, kTableAInsRow.number, t(kTableAInsRow.label), [](const VillageColumn& col) {
            return col.insChildren ? std::to_string(*col.insChildren) : std::string();
        });
        for (std::size_t row = 0; row < kActivityRowCount; ++row)
            addVillageRow(table, kTableARows[row].number, t(kTableARows[row].label),
                          [row](const VillageColumn& col) { return std::to_string(col.activity[row]); });
        return table;
    }

    ReportTable tableB() const {
        ReportTable table = villageTable(kTableBTitle);
        addVillageRow(table, "", t(kRegistryTotal),
                      [](const VillageColumn& col) { return std::to_string(col.registryChildren()); });
        for (int d = 1; d <= kDimensionCount; ++d) {
            addVillageRow(table, std::to_string(d), t(dimension(d).name) + t(kTotalSuffix),
                          [d](const VillageColumn& col) { return std::to_string(col.byDimension[d - 1]); });
            for (std::size_t i = 0; i < indicatorCount(); ++i)
                if (indicator(i).dimension == d)
                    addVillageRow(table, indicator(i).code, t(indicator(i).label),
                                  [i](const VillageColumn& col) { return std::to_string(col.byRiskSituation[i]); });
        }
        return table;
    }

public:
    ReportTable publicCare() const {
        const bool ro = lang_ == Lang::Ro;
        ReportTable table{t(kPublicCareTitle), {ro ? "Descriere" : "Description", ro ? "Număr" : "Number"}, {}, 1};
        const auto values = publicCareValues(r_.publicCare);
        static_assert(std::size(kPublicCareRows) == 7, "one label per value of publicCareValues");
        for (std::size_t i = 0; i < values.size(); ++i)
            table.rows.push_back({t(kPublicCareRows[i].label), values[i] ? n(*values[i]) : std::string()});
        return table;
    }

    const NeedsReport& r_;
    Lang lang_;
    NumberStyle style_;
};

// ---- CSV (RFC 4180 quoting, CRLF, UTF-8 BOM so Excel reads the diacritics) ----

// Every cell through csvLine, so text from the workspace (the commune, village names) is inert in
// a spreadsheet; the figures are counts and percentages, never negative, and stay numbers.
std::string csvReport(const NeedsReport& r, Lang lang) {
    const char sep = lang == Lang::Ro ? ';' : ',';
    std::string out = "\xEF\xBB\xBF" + csvLine({reportHeading(r, lang)}, sep);
    for (const ReportTable& table : TableBuilder(r, lang, NumberStyle::Spreadsheet).all()) {
        out += "\r\n";
        out += csvLine({table.title}, sep);
        out += csvLine(table.header, sep);
        for (const auto& row : table.rows) out += csvLine(row, sep);
    }
    return out;
}

// ---- Markdown ----

// Text from the workspace, made plain for any Markdown viewer: < > & as entities (a viewer that
// renders HTML inside Markdown shows them, never runs them), | [ ] ` and the backslash
// with a backslash (no cell break, link or code span), and a line break as a space (a row or
// heading stays one line).
std::string markdownText(const std::string& s) {
    std::string escaped;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char ch = s[i];
        if (ch == '<') escaped += "&lt;";
        else if (ch == '>') escaped += "&gt;";
        else if (ch == '&') escaped += "&amp;";
        else if (ch == '\r' || ch == '\n') {
            if (ch == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            escaped += ' ';
        } else {
            if (ch == '|' || ch == '[' || ch == ']' || ch == '\\' || ch == '`') escaped += '\\';
            escaped += ch;
        }
    }
    return escaped;
}

std::string markdownCell(const std::string& s) { return s.empty() ? "–" : markdownText(s); }

void appendMarkdownRow(std::string& out, const std::vector<std::string>& cells) {
    out += '|';
    for (const auto& c : cells) out += ' ' + markdownCell(c) + " |";
    out += '\n';
}

std::string markdownReport(const NeedsReport& r, Lang lang) {
    std::string out = "# " + markdownText(reportHeading(r, lang)) + "\n";
    for (const ReportTable& table : TableBuilder(r, lang, NumberStyle::Reading).all()) {
        out += "\n## " + markdownText(table.title) + "\n\n";
        appendMarkdownRow(out, table.header);
        out += '|';
        // Labels left, figures right.
        for (std::size_t i = 0; i < table.header.size(); ++i) out += i < table.labelColumns ? " --- |" : " ---: |";
        out += '\n';
        for (const auto& row : table.rows) appendMarkdownRow(out, row);
    }
    return out;
}

}  // namespace

std::string reportHeading(const NeedsReport& r, Lang lang) {
    std::string heading = std::string(kReportTitle.in(lang)) + " – " + r.commune;
    if (r.demo) heading += " – " + std::string(kDemoWarning.in(lang));
    return heading;
}

std::vector<ReportTable> reportTextTables(const NeedsReport& report, Lang lang, NumberStyle style) {
    return TableBuilder(report, lang, style).all();
}

ReportTable publicCareTable(const NeedsReport& report, Lang lang) {
    return TableBuilder(report, lang, NumberStyle::Reading).publicCare();
}

ojson reportToJson(const NeedsReport& r) {
    ojson j;
    j["format"] = "prevplan-needs-report";
    j["version"] = 1;
    j["plan"] = r.planId;
    j["commune"] = r.commune;
    j["demo"] = r.demo;
    j["as_of"] = r.asOf.iso();
    j["households"] = r.households;
    j["children"] = r.children;
    ojson indicators;
    for (const Table1Row& row : r.table1) {
        ojson entry;
        for (const Way& way : kWays) entry[way.key] = figuresJson(row.*way.figures, r);
        indicators[row.key] = std::move(entry);
    }
    j["indicators"] = std::move(indicators);
    ojson buckets;
    for (std::size_t b = 0; b < kRiskBucketCount; ++b)
        buckets[riskBucketKey(static_cast<RiskBucket>(b))] = r.registryBucket(static_cast<RiskBucket>(b));
    j["registry"] = {{"children", r.communeColumn().registryChildren()}, {"by_confirmed_count", std::move(buckets)}};
    j["table_a"] = tableAJson(r);
    j["table_b"] = tableBJson(r);
    ojson care;
    const auto values = publicCareValues(r.publicCare);
    for (std::size_t i = 0; i < values.size(); ++i) care[kPublicCareRows[i].key] = optionalJson(values[i]);
    j["public_care"] = std::move(care);
    return j;
}

std::string formatReport(const NeedsReport& report, ReportFormat format, Lang lang) {
    switch (format) {
        case ReportFormat::Json: return reportToJson(report).dump(1) + '\n';
        case ReportFormat::Csv: return csvReport(report, lang);
        case ReportFormat::Markdown: return markdownReport(report, lang);
    }
    return {};
}

}  // namespace prevplan
