// Sharing: the plan document (escaping, no personal data, its sections), the DGASPC package
// (round trip, what the validator refuses) and the county roll-up (totals = the sum of the reports).
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "core/base/html_escape.h"
#include "core/base/words.h"
#include "core/demo/demo.h"
#include "core/model/rules.h"
#include "core/report/report.h"
#include "core/report/report_format.h"
#include "core/sharing/dgaspc_package.h"
#include "core/sharing/encrypted_envelope.h"
#include "core/sharing/plan_document.h"
#include "core/sharing/rollup.h"
#include "core/sharing/small_counts.h"
#include "core/workspace/workspace_edits.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

const Date kToday{2026, 11, 25};

Plan demo(int children = 300, unsigned seed = 7) {
    Plan p = makeDemoPlan(children, seed, kToday);
    p.id = "demo-" + std::to_string(seed);
    return p;
}

// Every personal detail of the plan: children's names and CNPs, heads of family, addresses.
std::vector<std::string> personalData(const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& h : plan.households) {
        if (!h->address.empty()) out.push_back(h->address);
        for (const FamilyNucleus& f : h->families) {
            if (!f.head.empty()) out.push_back(f.head);
            for (const Child& c : f.children) {
                if (!c.name.empty()) out.push_back(c.name);
                if (!c.cnp.empty()) out.push_back(c.cnp);
            }
        }
    }
    return out;
}

void checkNoPersonalData(const Plan& plan, const std::string& text) {
    const auto personal = personalData(plan);
    REQUIRE(personal.size() > 100);
    for (const auto& item : personal) {
        INFO(item);
        CHECK(text.find(item) == std::string::npos);
    }
}

const char* const kMarkup = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;";

// Markup in every free-text field the document prints.
Plan withMarkupEverywhere() {
    Plan p = demo();
    const std::string m = kMarkup;
    p.commune = "Comuna " + m;
    p.villages.push_back({"Sat " + m, 10});
    Resources& r = p.resources;
    r.services.push_back({});
    Service& s = r.services.back();
    s.id = "s-markup", s.type = "B2", s.name = m, s.supplier = 6, s.supplierOther = m, s.locality = m;
    r.microArea.push_back({m, m, false, 20, true});
    r.partners.push_back({"pa", m, true, m, m});
    r.childrenInProtection.push_back({m, 3, m});
    r.dgaspcServices.push_back({"ds", DgaspcListKind::Planned, "", m, m, m});
    Planning& pl = p.planning;
    pl.startYear = 2026;
    pl.generalObjective = m;
    Candidate c;
    c.id = "c1", c.name = m, c.shortListed = true;
    pl.candidates.push_back(c);
    ConsultationRound round;
    round.id = "r1", round.date = kToday, round.decisions = m + "\n" + m;
    round.participants = {{m, ParticipantKind::Ngo, 3}, {m, ParticipantKind::Families, 5}};
    round.opinions = {{"c1", 4, m}};
    pl.rounds.push_back(round);
    PlanObjective o;
    o.id = "o1", o.text = m, o.priority = "c1", o.manualBaseline = 10, o.target = 2;
    pl.objectives.push_back(o);
    Action a;
    a.id = "a1", a.description = m, a.responsible = m, a.partners = m, a.kind = ActionKind::NewService;
    a.start = kToday, a.costs = {{2026, 1000}}, a.funding = m, a.priority = "c1";
    pl.actions.push_back(a);
    pl.amendments.push_back({kToday, m, m});
    ActionPlanText text;
    text.year = 2026;
    for (auto& section : text.sections) section = m;
    pl.actionPlans.push_back(text);
    return p;
}

long at(const json& j, const std::string& pointer) { return j.at(json::json_pointer(pointer)).get<long>(); }

}  // namespace

TEST_CASE("escapeHtml turns markup into text and keeps UTF-8") {
    CHECK(escapeHtml("<b a=\"x\" b='y'>&</b>") == "&lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;&amp;&lt;/b&gt;");
    CHECK(escapeHtml("Ștefănești") == "Ștefănești");
    CHECK(escapeHtml("a\xC3") == "a\xEF\xBF\xBD");  // a truncated sequence cannot eat what follows
    CHECK(escapeHtmlLines("a<\nb\n") == "a&lt;<br>b");
}

TEST_CASE("a document the app opens starts with a policy that lets nothing run or load") {
    const std::string policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';";
    // After the doctype (which must stay first), before anything the document brings.
    const std::string page = inertHtml("<!DOCTYPE html>\n<html><head><script>steal()</script>");
    CHECK(page.rfind("<!DOCTYPE html>" + policy, 0) == 0);
    CHECK(page.find(policy) < page.find("<script>"));
    CHECK(inertHtml("<script>steal()</script>").rfind(policy, 0) == 0);  // no doctype: first of all
    CHECK(inertHtml("").rfind(policy, 0) == 0);
}

TEST_CASE("the plan document escapes every text a user typed") {
    const Plan p = withMarkupEverywhere();
    const std::string html = planDocumentHtml(p, {Lang::Ro, kToday, 2026, true});
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("&amp;amp;") != std::string::npos);  // an entity typed is shown, not decoded
    // The running header's CSS string cannot be closed by a commune name.
    const auto begin = html.find("<style>") + 7;
    const auto style = html.substr(begin, html.find("</style>") - begin);
    CHECK(style.find("<") == std::string::npos);
    CHECK(style.find("\\3c script") != std::string::npos);
}

TEST_CASE("the plan document holds aggregates only, with every section") {
    const Plan p = demo(600, 2018);
    const std::string html = planDocumentHtml(p, {Lang::Ro, kToday, 0, true});
    checkNoPersonalData(p, html);
    for (const char* title :
         {"1. Contextul", "2. Analiza nevoilor", "3. Resursele comunei", "4. Serviciile necesare", "5. Prioritățile",
          "6. Obiectivul general", "7. Planul de implementare", "8. Monitorizarea și evaluarea",
          "Anexa 1. Planul anual de acțiune pe anul 2026", "PROIECT", "HOTĂRÂREA nr."})
        CHECK_MESSAGE(html.find(title) != std::string::npos, title);
    const NeedsReport r = needsReport(p, kToday);
    CHECK(html.find("sunt înregistrați " + countOf(r.children, nouns::kChild, Lang::Ro) + " din " +
                    countOf(r.households, nouns::kHousehold, Lang::Ro)) != std::string::npos);
    CHECK(html.find("http") == html.find("http://www.w3.org/2000/svg"));  // no external resource
    const std::string en = planDocumentHtml(p, {Lang::En, kToday, 0, false});
    CHECK(en.find("1. Context") != std::string::npos);
    CHECK(en.find("DECISION no.") == std::string::npos);
}

TEST_CASE("the plan document marks the parts not filled in, in the text and the contents, and lists them") {
    Plan empty;
    empty.id = "empty";
    empty.commune = "Goală";
    empty.county = 22;
    const PlanDocument doc = planDocument(empty, {Lang::Ro, kToday, 0, true});
    REQUIRE(doc.emptyParts.size() >= 5);
    for (const char* part : {"3.1 Serviciile, experții și grupurile inventariate (Anexa A2.5)",
                             "7.1 Acțiunile, responsabilii și termenele"})
        CHECK_MESSAGE(std::find(doc.emptyParts.begin(), doc.emptyParts.end(), part) != doc.emptyParts.end(), part);
    std::size_t marks = 0;
    for (auto at = doc.html.find("<strong>Necompletat.</strong>"); at != std::string::npos;
         at = doc.html.find("<strong>Necompletat.</strong>", at + 1))
        ++marks;
    CHECK(marks >= doc.emptyParts.size());
    // Each part once, in the document's order, and each section's count in the contents.
    CHECK(std::is_sorted(doc.emptyParts.begin(), doc.emptyParts.end(), [&](const std::string& a, const std::string& b) {
        return doc.html.find(escapeHtml(a)) < doc.html.find(escapeHtml(b));
    }));
    CHECK(doc.html.find("<span class=\"gap\">") < doc.html.find("<main"));
    CHECK(doc.html.find(countOf(1, nouns::kPartNotFilledIn, Lang::Ro)) != std::string::npos);

    const PlanDocument full = planDocument(demo(600, 2018), {Lang::Ro, kToday, 0, true});
    CHECK(full.emptyParts.size() < doc.emptyParts.size());
    CHECK(planDocumentHtml(empty, {Lang::Ro, kToday, 0, true}) == doc.html);
}

TEST_CASE("a table of eight columns or more prints on a landscape page, with the headings just before it") {
    const std::string html = planDocumentHtml(demo(600, 2018), {Lang::Ro, kToday, 0, true});
    const auto inventory = html.find(". Inventarul resurselor</caption>");
    REQUIRE(inventory != std::string::npos);
    const auto box = html.rfind("<div class=\"landscape\">", inventory);
    REQUIRE(box != std::string::npos);
    // The section and subsection headings go with it, so neither is left at the foot of a portrait page.
    CHECK(html.substr(box, 60).find("<h2 id=\"s3\">3. Resursele") != std::string::npos);
    CHECK(html.find("</table></div>", inventory) == html.find("</table>", inventory));
    // A narrow table stays on the portrait page.
    const auto villages = html.find(". Satele comunei și copiii înregistrați</caption>");
    CHECK(html.substr(villages - 200, 200).find("landscape") == std::string::npos);
    CHECK(html.find("@page landscape { size: A4 landscape; }") != std::string::npos);
}

TEST_CASE("the council decision's signatures print with its last article and the vote") {
    const std::string html = planDocumentHtml(demo(300, 7), {Lang::Ro, kToday, 0, true});
    const auto closing = html.find("<div class=\"closing\">");
    REQUIRE(closing != std::string::npos);
    const auto article = html.find("Art. 5", closing), signatures = html.find("<div class=\"signatures\">", closing);
    CHECK(article < signatures);
    CHECK(signatures < html.find("</div></section>", closing));
    CHECK(html.find(".closing { break-inside: avoid;") != std::string::npos);
}

namespace {

// The table whose caption ends with `caption`, from <table> to </table>.
std::string tableWithCaption(const std::string& html, const std::string& caption) {
    const auto at = html.find(". " + caption + "</caption>");
    REQUIRE_MESSAGE(at != std::string::npos, caption);
    const auto start = html.rfind("<table>", at);
    return html.substr(start, html.find("</table>", at) - start);
}

std::size_t rowsIn(const std::string& table) {
    std::size_t n = 0;
    for (auto at = table.find("<tr>"); at != std::string::npos; at = table.find("<tr>", at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the plan document's Table B has every row of the CLI report, sub-items and villages included") {
    const Plan p = demo(600, 2018);
    const std::string table = tableWithCaption(planDocumentHtml(p, {Lang::Ro, kToday, 0, true}),
                                               "Copiii din Registru pe dimensiuni și situații de risc");
    // The header, the Registry total, 6 dimensions and the 65 indicators: 73 rows, as in the CLI's
    // Table B (reportTextTables).
    const NeedsReport r = needsReport(p, kToday);
    const ReportTable cli = reportTextTables(r, Lang::Ro, NumberStyle::Reading)[4];
    CHECK(rowsIn(table) == 1 + cli.rows.size());
    CHECK(rowsIn(table) == 1 + 1 + 6 + indicatorCount());
    for (const char* code : {"1.a.1", "2.h.2", "3.h1.5", "4.i.3", "6.b1", "6.b2", "6.b3"})
        CHECK_MESSAGE(table.find("<td>" + std::string(code) + " ") != std::string::npos, code);
    // One column per village after the commune, as in Table A.
    REQUIRE(r.columns.size() > 2);
    for (std::size_t c = 1; c < r.columns.size(); ++c)
        CHECK(table.find("<th>" + escapeHtml(r.columns[c].village) + "</th>") != std::string::npos);
    CHECK(table.find("<th>Comuna (total)</th>") != std::string::npos);
}

TEST_CASE("the plan document has the report's section on children in public care") {
    Plan p = demo(300, 7);
    auto h = std::make_shared<Household>(*p.households[0]);
    h->families[0].children[0].inProtection = true;
    p.households[0] = h;
    const std::string html = planDocumentHtml(p, {Lang::Ro, kToday, 0, true});
    CHECK(html.find("Copiii aflați deja în protecție specială și familiile lor") != std::string::npos);
    const std::string table = tableWithCaption(html, "Copiii în protecție specială și ce face SPAS cu familiile lor");
    CHECK(rowsIn(table) == 8);  // the header and seven rows
    CHECK(table.find("<td>Copii din Observator aflați în protecție specială</td><td class=\"n\">1</td>") !=
          std::string::npos);
    const std::string en = planDocumentHtml(p, {Lang::En, kToday, 0, false});
    CHECK(en.find("Children already in public care and their families") != std::string::npos);
}

TEST_CASE("the plan document writes counts in Romanian grammar and numbers the Romanian way") {
    Plan p = demo(600, 2018);
    p.villages.resize(1);  // the count of villages only; households keep their village names
    p.planning.spasStaff = 1;
    const std::string ro = planDocumentHtml(p, {Lang::Ro, kToday, 2026, true});
    CHECK(ro.find("are 1 sat.") != std::string::npos);
    CHECK(ro.find("SPAS are 1 persoană.") != std::string::npos);
    CHECK(ro.find("cele 1 ") == std::string::npos);
    CHECK(ro.find("din 1 gospodării") == std::string::npos);
    // Table 1's shares: a decimal comma and a non-breaking space before the sign, never a point.
    const NeedsReport r = needsReport(p, kToday);
    const long any = r.anyRow().observed.households;
    const std::string share =
        decimalNumber(100.0 * static_cast<double>(any) / static_cast<double>(r.households), 1, Lang::Ro);
    CHECK(share.find(',') != std::string::npos);
    CHECK(ro.find(groupedNumber(any, Lang::Ro) + " <span class=\"pct\">(" + share + "&nbsp;%)</span>") !=
          std::string::npos);
    const std::string en = planDocumentHtml(p, {Lang::En, kToday, 2026, true});
    CHECK(en.find("has 1 village.") != std::string::npos);
    CHECK(en.find("the SPAS has 1 person.") != std::string::npos);
}

TEST_CASE("the aggregated DGASPC package round-trips and carries no personal data") {
    const Plan p = demo(600, 2018);
    const std::string text =
        dgaspcPackage(p, {PackageContents::Aggregated, "2026-11-25T10:00:00", kToday, Lang::Ro, ""});
    checkNoPersonalData(p, text);
    const LoadResult loaded = loadWorkspace(text);
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.package);
    CHECK(loaded.package->contents == PackageContents::Aggregated);
    CHECK(loaded.package->plan == p.id);
    ordered_json report = reportToJson(needsReport(p, kToday));
    hideSmallCounts(report);
    CHECK(loaded.package->report == json::parse(report.dump()));
    CHECK(loaded.package->documentHtml == planDocumentHtml(withoutFreeTexts(p), {Lang::Ro, kToday, 0, true}));
    const Plan& back = *loaded.workspace->plans.at(0);
    CHECK(back.households.empty());
    CHECK(planToJson(back) == planToJson(packagedPlan(p, PackageContents::Aggregated)));
    // It imports into another workspace like any export.
    Workspace other;
    const Workspace merged = mergePlans(other, *loaded.workspace, Conflict::KeepBoth);
    CHECK(merged.plans.size() == 1);
}

TEST_CASE("the named package holds the Registry's families only, and records the choice") {
    const Plan p = demo(300, 3);
    const std::string text =
        dgaspcPackage(p, {PackageContents::NamedRegistry, "2026-11-25T10:00:00", kToday, Lang::Ro, "warning shown"});
    const LoadResult loaded = loadWorkspace(text);
    REQUIRE(loaded.errors.empty());
    CHECK(loaded.package->contents == PackageContents::NamedRegistry);
    CHECK(loaded.package->namedWarning == "warning shown");
    const Plan& back = *loaded.workspace->plans.at(0);
    long registry = 0;
    for (const auto& h : back.households)
        for (const FamilyNucleus& f : h->families) {
            CHECK(inRegistry(f));
            registry += static_cast<long>(f.children.size());
        }
    CHECK(registry == needsReport(p, kToday).communeColumn().registryChildren());
}

TEST_CASE("the validator refuses a package that breaks its promises") {
    const Plan p = demo(100, 5);
    json doc = json::parse(dgaspcPackage(p, {PackageContents::Aggregated, "t", kToday, Lang::Ro, ""}));
    const auto errorAt = [](const json& d, const std::string& where, ErrorKind kind) {
        const LoadResult r = loadWorkspace(d.dump());
        CHECK_FALSE(r.workspace);
        bool found = false;
        for (const auto& e : r.errors) found |= e.where == where && e.kind == kind;
        CHECK_MESSAGE(found, where);
    };
    json households = doc;  // an "aggregated" package with personal data
    households["plans"][0]["households"] = json::array({planToJson(p)["households"][0]});
    errorAt(households, "/plans/0/households", ErrorKind::InvalidValue);
    json named = doc;  // the named Registry without the recorded choice
    named["package"]["contents"] = "named-registry";
    errorAt(named, "/package/named_registry", ErrorKind::MissingField);
    json noReport = doc;
    noReport["package"].erase("report");
    errorAt(noReport, "/package/report", ErrorKind::MissingField);
    json newer = doc;
    newer["package"]["version"] = kPackageVersion + 1;
    errorAt(newer, "/package/version", ErrorKind::NewerVersion);
    json otherPlan = doc;
    otherPlan["package"]["plan"] = "someone-else";
    errorAt(otherPlan, "/package/plan", ErrorKind::InvalidValue);
}

TEST_CASE("the roll-up of three communes is the sum of their reports, from workspaces or packages alike") {
    Workspace ws;
    for (unsigned seed : {11u, 12u, 13u})
        ws.plans.push_back(std::make_shared<const Plan>(demo(200 * static_cast<int>(seed - 10), seed)));
    const LoadResult loaded = loadWorkspace(saveWorkspace(ws));
    REQUIRE(loaded.workspace);
    std::vector<FormatError> errors;
    const auto rows = communeRows(loaded, "three.json", kToday, errors);
    CHECK(errors.empty());
    REQUIRE(rows.size() == 3);
    long children = 0, households = 0, atRisk = 0, registry = 0, dim4 = 0;
    for (const auto& plan : ws.plans) {
        const json r = json::parse(reportToJson(needsReport(*plan, kToday)).dump());
        children += at(r, "/children");
        households += at(r, "/households");
        atRisk += at(r, "/indicators/any/confirmed/households/count");
        registry += at(r, "/registry/children");
        dim4 += at(r, "/indicators/4/confirmed/children_in_households/count");
    }
    const CommuneRow total = totalsOf(rows);
    CHECK(total.children == children);
    CHECK(total.households == households);
    CHECK(total.atRiskHouseholds == atRisk);
    CHECK(total.registry == registry);
    CHECK(total.atRiskChildrenByDimension[3] == dim4);
    // The same commune through its package gives the same row.
    const LoadResult package =
        loadWorkspace(dgaspcPackage(*ws.plans[1], {PackageContents::Aggregated, "t", kToday, Lang::Ro, ""}));
    const auto fromPackage = communeRows(package, "p.json", kToday, errors);
    REQUIRE(fromPackage.size() == 1);
    CHECK(rollupToJson(fromPackage)["totals"] == rollupToJson({rows[1]})["totals"]);
    CHECK(fromPackage[0].package);
    // CSV: a header, three communes and the totals.
    const std::string csv = rollupToCsv(rows, Lang::En);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 5);
    CHECK(csv.find("Total," + std::string(",,") + std::to_string(children)) != std::string::npos);
}

TEST_CASE("a protected file's envelope is written and checked before any decryption") {
    const std::string salt = "AAAAAAAAAAAAAAAAAAAAAA==", iv = "AAAAAAAAAAAAAAAA", data = "AAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    const std::string text = envelopeToJson({"dgaspc-package", kPbkdf2Iterations, salt, iv, data});
    CHECK(isEnvelope(text));
    CHECK_FALSE(isEnvelope(R"({"format":"prevplan-workspace","version":1,"plans":[]})"));
    const EnvelopeRead read = readEnvelope(text);
    REQUIRE(read.envelope);
    CHECK(read.envelope->iterations == kPbkdf2Iterations);
    CHECK(base64Length(salt) == kSaltBytes);
    json weak = json::parse(text);
    weak["iterations"] = 1000;
    CHECK_FALSE(readEnvelope(weak.dump()).envelope);
    json shortIv = json::parse(text);
    shortIv["iv"] = "AAAA";
    CHECK_FALSE(readEnvelope(shortIv.dump()).envelope);
    CHECK_FALSE(base64Length("abc").has_value());
}
