#include "core/sharing/plan_document.h"

#include <cctype>

#include "core/base/html_escape.h"
#include "core/base/words.h"
#include "core/catalog/counties.h"
#include "core/report/report_format.h"
#include "core/sharing/council_decision.h"
#include "core/sharing/plan_document_sections.h"
#include "core/sharing/plan_document_text.h"

namespace prevplan {

namespace doc {

// From this many columns a table goes on a landscape page: on portrait A4 the inventory's eight
// columns ran off the paper.
constexpr std::size_t kLandscapeColumns = 8;

// ---- cells and formats --------------------------------------------------------------------------

Cell text(const std::string& plain) { return {escapeHtml(plain)}; }
Cell lines(const std::string& plain) { return {escapeHtmlLines(plain)}; }
Cell num(long value, Lang lang) { return {groupedNumber(value, lang), true}; }
Cell dash() { return {"–", true}; }

Cell percent(long count, long total, Lang lang) {
    const auto share = percentOf(count, total);
    if (!share) return num(count, lang);
    // The share and its sign stay on one line in a narrow column.
    std::string p = percentText(*share, lang);
    if (const std::size_t space = p.find(' '); space != std::string::npos) p.replace(space, 1, "&nbsp;");
    return {groupedNumber(count, lang) + " <span class=\"pct\">(" + p + ")</span>", true};
}

std::string dateText(const std::optional<Date>& date, Lang) {
    if (!date) return "–";
    return date->shown();
}

std::string countyName(int code) {
    const County* county = findCounty(code);
    return county ? county->name : "?";
}

std::string communeLine(const Plan& plan, Lang lang) {
    return format(kCommuneOf.in(lang), plan.commune.c_str(), countyName(plan.county).c_str());
}

// ---- the writer ---------------------------------------------------------------------------------

void Writer::section(const std::string& title) {
    ++section_;
    subsection_ = 0;
    number_ = std::to_string(section_);
    const std::string anchor = "s" + std::to_string(section_);
    const std::string label = std::to_string(section_) + ". " + title;
    entries_.push_back({anchor, label, false});
    part_ = label;
    heading("<h2 id=\"" + anchor + "\">" + escapeHtml(label) + "</h2>\n");
}

void Writer::annex(const std::string& title) {
    ++annex_;
    subsection_ = 0;
    number_ = "A" + std::to_string(annex_);
    const std::string anchor = "a" + std::to_string(annex_);
    entries_.push_back({anchor, title, true});
    part_ = title;
    heading("<h2 class=\"annex\" id=\"" + anchor + "\">" + escapeHtml(title) + "</h2>\n");
}

void Writer::subsection(const std::string& title) {
    ++subsection_;
    part_ = number_ + "." + std::to_string(subsection_) + " " + title;
    heading("<h3>" + escapeHtml(part_) + "</h3>\n");
}

void Writer::heading(const std::string& html) {
    if (headingsEnd_ != body_.size()) headingsFrom_ = body_.size();
    body_ += html;
    headingsEnd_ = body_.size();
}

void Writer::paragraph(const std::string& plain) { body_ += "<p>" + escapeHtml(plain) + "</p>\n"; }

void Writer::bullets(const std::vector<std::string>& plain) {
    body_ += "<ul>";
    for (const auto& item : plain) body_ += "<li>" + escapeHtml(item) + "</li>";
    body_ += "</ul>\n";
}

// Marked on paper as well as in the contents, so a council member sees what is still missing.
void Writer::noData() {
    body_ +=
        "<p class=\"none\"><strong>" + escapeHtml(t(kNotFilledIn)) + "</strong> " + escapeHtml(t(kNone)) + "</p>\n";
    if (!emptyParts_.empty() && emptyParts_.back() == part_) return;
    emptyParts_.push_back(part_);
    if (!entries_.empty()) ++entries_.back().emptyParts;
}

void Writer::table(const std::string& caption, const std::vector<std::string>& headers,
                   const std::vector<std::vector<Cell>>& rows) {
    if (rows.empty()) return noData();
    ++table_;
    const bool landscape = headers.size() >= kLandscapeColumns;
    if (landscape)
        body_.insert(headingsEnd_ == body_.size() ? headingsFrom_ : body_.size(), "<div class=\"landscape\">");
    body_ += "<table><caption>" + escapeHtml(std::string(t(kTable)) + " " + std::to_string(table_) + ". " + caption) +
             "</caption>\n<thead><tr>";
    for (const auto& h : headers) body_ += "<th>" + escapeHtml(h) + "</th>";
    body_ += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
        body_ += "<tr>";
        for (const Cell& c : row) body_ += (c.number ? "<td class=\"n\">" : "<td>") + c.html + "</td>";
        body_ += "</tr>\n";
    }
    body_ += landscape ? "</tbody></table></div>\n" : "</tbody></table>\n";
}

void Writer::figure(const std::string& svg, const std::string& caption) {
    ++figure_;
    body_ += "<figure>" + svg + "<figcaption>" +
             escapeHtml(std::string(t(kFigure)) + " " + std::to_string(figure_) + ". " + caption) +
             "</figcaption></figure>\n";
}

std::string Writer::contents() const {
    std::string out = "<nav class=\"toc\"><h2>" + escapeHtml(t(kContents)) + "</h2><ol>";
    for (const Entry& e : entries_)
        out += "<li" + std::string(e.annex ? " class=\"annex\"" : "") + "><a href=\"#" + e.anchor + "\">" +
               escapeHtml(e.label) + "</a>" +
               (e.emptyParts ? " <span class=\"gap\">" +
                                   escapeHtml(countOf(e.emptyParts, nouns::kPartNotFilledIn, lang)) + "</span>"
                             : "") +
               "<span class=\"pg\"></span></li>";
    return out + "</ol></nav>\n";
}

}  // namespace doc

namespace {

using namespace doc;

// A CSS string literal: only letters, digits and a few marks pass as they are; the rest is
// escaped, so a commune name cannot close the string or the style element.
std::string cssString(const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == ' ' || c == ',' || c == '.' || c == '-' || c >= 0x80) out += static_cast<char>(c);
        else out += format("\\%x ", c);
    }
    return out + "\"";
}

const char* kStyle = R"(
@page { size: A4; margin: 20mm 18mm 20mm 20mm; }
@page landscape { size: A4 landscape; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #555; } }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #111; margin: 0 auto; max-width: 180mm; }
h1 { font-size: 18pt; margin: 0 0 6mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #999; break-after: avoid; page-break-after: avoid; }
h2.annex, .page { break-before: page; page-break-before: always; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
h4 { break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 5mm; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; caption-side: top; }
th, td { border: 1px solid #888; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th, td { overflow-wrap: break-word; hyphens: auto; }
th { background: #e8e8e8; }
td.n { text-align: right; }
.landscape { page: landscape; }
@media print { body { max-width: none; } }
.pct { color: #444; }
figure { margin: 3mm 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: bold; font-size: 9pt; }
svg.chart { width: 100%; height: auto; font: 9px sans-serif; }
.header { display: flex; justify-content: space-between; font-size: 9pt; color: #444; border-bottom: 1px solid #bbb; padding-bottom: 1mm; margin-bottom: 8mm; }
.title { text-align: center; padding-top: 25mm; }
.title p { margin: 2mm 0; }
.demo { border: 2px solid #b00; color: #b00; padding: 2mm; text-align: center; font-weight: bold; margin: 4mm 0; }
.privacy { font-size: 9pt; color: #333; margin-top: 20mm; }
.none { color: #333; border-left: 3px solid #b36b00; padding: 1mm 2mm; }
.toc .gap { color: #8a4b00; font-size: 9pt; }
.closing { break-inside: avoid; page-break-inside: avoid; }
.note { font-size: 9pt; color: #444; margin-top: -3mm; }
.toc ol { list-style: none; padding-left: 0; } .toc a { color: inherit; text-decoration: none; }
.toc li { display: flex; align-items: baseline; gap: 2mm; } .toc li > a { flex: 1; }
.toc .pg { flex: none; min-width: 10mm; text-align: right; }
.pb { break-before: page; page-break-before: always; }
.blank { display: inline-block; min-width: 30mm; border-bottom: 1px dotted #000; }
.decision p { margin: 1.5mm 0; } .decision .center { text-align: center; }
.signatures { display: flex; justify-content: space-between; margin-top: 15mm; }
@media screen { body { padding: 10mm; } }
)";

std::string head(const Figures& f, Lang lang) {
    const std::string running = f.plan.commune + " — " + countyName(f.plan.county) + " — " + dateText(f.today, lang);
    return "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == Lang::Ro ? "ro" : "en") +
           "\"><head><meta charset=\"utf-8\"><title>" +
           escapeHtml(std::string(kPlanTitle.in(lang)) + " — " + f.plan.commune) + "</title><style>" + kStyle +
           "@page { @top-center { content: " + cssString(running) +
           "; font: 9pt sans-serif; color: #555; } }</style></head><body>\n";
}

// Commune, county and date on the first page of every part (the print repeats them at the top).
std::string header(const Figures& f, Lang lang) {
    return "<div class=\"header\"><span>" + escapeHtml(communeLine(f.plan, lang)) + "</span><span>" +
           escapeHtml(dateText(f.today, lang)) + "</span></div>\n";
}

std::string titlePage(const Figures& f, Lang lang, bool councilDecision) {
    const Planning& p = f.plan.planning;
    const std::string period = p.startYear ? format(kPeriod.in(lang), p.startYear, p.startYear + p.periodYears - 1)
                                           : std::string(kPeriodUnset.in(lang));
    std::string out = "<section class=\"" + std::string(councilDecision ? "page " : "") + "title\">" + header(f, lang);
    if (councilDecision) out += "<p>" + escapeHtml(kAnnexToDecision.in(lang)) + "</p>";
    out += "<h1>" + escapeHtml(kPlanTitle.in(lang)) + "</h1>";
    out += "<p><strong>" + escapeHtml(communeLine(f.plan, lang)) + "</strong></p>";
    out += "<p>" + escapeHtml(period) + "</p>";
    out += "<p>" + escapeHtml(format(kDrawnUpOn.in(lang), dateText(f.today, lang).c_str())) + "</p>";
    if (f.plan.demo) out += "<p class=\"demo\">" + escapeHtml(kDemoWarning.in(lang)) + "</p>";
    out += "<p class=\"privacy\">" + escapeHtml(kPrivacyNote.in(lang)) + "</p></section>\n";
    return out;
}

}  // namespace

namespace doc {

Figures computeFigures(const Plan& plan, const PlanDocumentOptions& o) {
    GapAnalysis gaps = analyseGaps(plan);
    std::vector<CandidateService> candidates = candidateServices(plan, gaps);
    NeedsReport report = needsReport(plan, o.today);
    ReportDisclosure hidden = reportDisclosure(reportToJson(report));
    return Figures{plan,
                   o.today,
                   o.actionPlanYear ? o.actionPlanYear : o.today.year,
                   std::move(report),
                   std::move(gaps),
                   std::move(candidates),
                   rankCandidates(plan),
                   budgetOf(plan.planning),
                   staffing(plan),
                   trendsOf(plan),
                   std::move(hidden)};
}

}  // namespace doc

PlanDocument planDocument(const Plan& plan, const PlanDocumentOptions& options) {
    const Figures f = computeFigures(plan, options);
    Writer w(options.lang);
    contextSection(w, f);
    needsSection(w, f);
    resourcesSection(w, f);
    requiredServicesSection(w, f);
    prioritiesSection(w, f);
    objectivesSection(w, f);
    implementationSection(w, f);
    monitoringSection(w, f);
    actionPlanAnnex(w, f);

    std::string out = head(f, options.lang);
    if (options.councilDecision) out += councilDecisionPage(f, options.lang);
    out += titlePage(f, options.lang, options.councilDecision);
    out += "<section class=\"page\">" + header(f, options.lang) + w.contents() + "</section>\n";
    out += "<main class=\"page\">" + w.body() + "</main>\n</body></html>\n";
    return {std::move(out), w.emptyParts()};
}

}  // namespace prevplan
