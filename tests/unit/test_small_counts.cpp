// Small counts never identify a child: the rule worked out by hand on small tables, then the
// review's hamlet (3 children, one in the Registry for violence against the child) through every
// output that leaves the SPAS — the package's report, its frozen yearly reports, the plan
// document, the county roll-up — while the SPAS's own report stays exact. And the free texts
// an aggregated package leaves out unless they are chosen.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <functional>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "core/base/html_escape.h"
#include "core/demo/demo.h"
#include "core/report/report.h"
#include "core/report/report_format.h"
#include "core/report/report_snapshots.h"
#include "core/sharing/dgaspc_package.h"
#include "core/sharing/plan_document.h"
#include "core/sharing/rollup.h"
#include "core/sharing/small_counts.h"
#include "core/workspace/workspace_json.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

const Date kAsOf{2026, 3, 1};

std::vector<bool> hiddenOf(const std::vector<long>& values, const std::vector<bool>& exact,
                           const std::vector<std::vector<std::size_t>>& relations) {
    DisclosureTable t;
    for (std::size_t i = 0; i < values.size(); ++i) t.add(values[i], exact[i]);
    t.relations = relations;
    return hiddenCells(t);
}

// Deal: one family of 7 children, all in the Registry (1.a). Vale: nobody. Cătun, a hamlet of 3
// children per INS: one child, in the Registry for violence against the child (6.b, 6.b2).
Plan hamlet() {
    FamilyNucleus deal = family("f1", "Ion Deleanu", {child("c1", "Ana Deleanu"), child("c2", "Bogdan Deleanu"),
                                                      child("c3", "Carmen Deleanu"), child("c4", "Dan Deleanu"),
                                                      child("c5", "Elena Deleanu"), child("c6", "Florin Deleanu"),
                                                      child("c7", "Gina Deleanu")});
    deal.sheet = sheet("s1", "2026-01-10", {"1.a"});
    deal.risk = visit("2026-02-01", {"1.a"});
    FamilyNucleus catun = family("f2", "Vasile Cătunaru", {child("c8", "Maria Cătunaru", "6150308123456")});
    catun.sheet = sheet("s2", "2026-01-10", {"6.b2"});
    catun.risk = visit("2026-02-01", {"6.b", "6.b2"});
    Plan p = plan({household("h1", "Deal", {deal}), household("h2", "Cătun", {catun})});
    p.villages = {{"Deal", 40}, {"Vale", 25}, {"Cătun", 3}};
    p.resources.childrenInProtection = {{"Cătun", 2, ""}};  // from the DGASPC: two children in special protection
    return p;
}

constexpr std::size_t kCatun = 3;  // the columns: the commune, Deal, Vale, Cătun

const char* const kTableAKeys[] = {"observation_sheet", "observation_sheet_last_12_months", "in_observatory", "suspected",
                                   "risk_identification", "none_confirmed", "confirmed_at_least_one",
                                   "confirmed_exactly_one", "confirmed_2_5", "confirmed_6_10",
                                   "confirmed_more_than_10", "in_registry"};

// Read as someone who has the report would: no village figure can be worked out again from the
// commune's and the other villages' (one hidden cell in a sum), and none shown is from 1 to 4.
template <typename Json>
void checkNothingRecomputable(const Json& report) {
    const auto villageCells = [&](const char* table, const std::vector<std::string>& keys, auto cellOf) {
        const Json& columns = report[table];
        REQUIRE(columns.size() > 1);
        for (const std::string& key : keys) {
            int hidden = 0;
            for (std::size_t c = 1; c < columns.size(); ++c) {
                const Json* v = cellOf(columns[c], key);
                if (!v || v->is_null()) {
                    hidden += v ? 1 : 0;
                    continue;
                }
                const long n = v->template get<long>();
                CHECK_MESSAGE((n == 0 || n >= 5), table << " " << key);
            }
            CHECK_MESSAGE(hidden != 1, table << " " << key);
        }
    };
    const auto member = [](const Json& j, const std::string& key) -> const Json* {
        const auto it = j.find(key);
        return it == j.end() ? nullptr : &*it;
    };
    villageCells("table_a", std::vector<std::string>(std::begin(kTableAKeys), std::end(kTableAKeys)), member);
    std::vector<std::string> risks;
    for (auto it = report["table_b"][0]["by_risk_situation"].begin(); it != report["table_b"][0]["by_risk_situation"].end(); ++it)
        risks.push_back(it.key());
    villageCells("table_b", risks, [&](const Json& col, const std::string& key) { return member(col["by_risk_situation"], key); });
    villageCells("table_b", {"registry_children"}, member);
    // Within a village: rows 6 = 7 + 8, 8 = 8a + 9 + 10 + 11, 12 = 8.
    for (std::size_t c = 1; c < report["table_a"].size(); ++c) {
        const Json& col = report["table_a"][c];
        for (const std::vector<const char*>& sum :
             {std::vector<const char*>{"risk_identification", "none_confirmed", "confirmed_at_least_one"},
              std::vector<const char*>{"confirmed_at_least_one", "confirmed_exactly_one", "confirmed_2_5", "confirmed_6_10",
                                       "confirmed_more_than_10"},
              std::vector<const char*>{"in_registry", "confirmed_at_least_one"}}) {
            int hidden = 0;
            for (const char* k : sum) hidden += col[k].is_null() ? 1 : 0;
            CHECK_MESSAGE(hidden != 1, "column " << c << " " << sum[0]);
        }
        CHECK(col["in_registry"].is_null() == report["table_b"][c]["registry_children"].is_null());
    }
}

}  // namespace

TEST_CASE("small counts: one village of 2 and another of 7 in a total of 9 hides both") {
    // The commune's 9 is shown as it is; 2 is small; 7 would give it away (9 - 7).
    CHECK(hiddenOf({9, 2, 7}, {true, false, false}, {{0, 1, 2}}) == std::vector<bool>{false, true, true});
    // The same through a report's Table A.
    ordered_json report = ordered_json::parse(
        R"({"table_a": [{"village": null, "in_registry": 9}, {"village": "A", "in_registry": 2},
                        {"village": "B", "in_registry": 7}]})");
    hideSmallCounts(report);
    CHECK(report["table_a"][0]["in_registry"] == 9);
    CHECK(report["table_a"][1]["in_registry"].is_null());
    CHECK(report["table_a"][2]["in_registry"].is_null());
    CHECK(report["disclosure"] == ordered_json{{"rule", "small-counts"}, {"threshold", 5}});
    // Zero is never hidden for itself; 5 and more are shown.
    CHECK(hiddenOf({12, 0, 5, 7}, {true, false, false, false}, {{0, 1, 2, 3}}) == std::vector<bool>{false, false, false, false});
}

TEST_CASE("small counts: complements are the smallest cells, a zero last, and hiding goes on to a fixed point") {
    // 10 = 3 + 0 + 7: the 3 is hidden and the 7 with it, not the 0.
    CHECK(hiddenOf({10, 3, 0, 7}, {true, false, false, false}, {{0, 1, 2, 3}}) ==
          std::vector<bool>{false, true, false, true});
    // 3 = 3 + 0: only the zero is left to hide.
    CHECK(hiddenOf({3, 3, 0}, {true, false, false}, {{0, 1, 2}}) == std::vector<bool>{false, true, true});
    // Cells: 0: x = 11, 1: y = 5, 2: z = 6, 3: T = 14 (the commune's), 4: a = 3.
    // Sums: x = y + z (listed first), T = a + x. The first pass finds x = y + z whole and hides x
    // only for T = a + x, which leaves x alone in its sum; the second pass hides y (5 < 6).
    CHECK(hiddenOf({11, 5, 6, 14, 3}, {false, false, false, true, false}, {{0, 1, 2}, {3, 4, 0}}) ==
          std::vector<bool>{true, true, false, false, true});
    // Already hidden (null) cells count as hidden; a sum whose other cells are the commune's is
    // left as it is (the commune's figure is public anyway).
    DisclosureTable t;
    t.add(4, true);
    t.add(4, false);
    t.add(std::nullopt, false);
    t.relations = {{0, 1}};
    CHECK(hiddenCells(t) == std::vector<bool>{false, true, true});
}

TEST_CASE("the hamlet's one child with violence shows nowhere that leaves the SPAS") {
    Plan p = hamlet();
    // A yearly report frozen last year, as it was reported then.
    p.reportSnapshots.push_back({2025, "2025-12-31T10:00:00", reportToJson(needsReport(p, kAsOf)).dump()});
    const NeedsReport exact = needsReport(p, kAsOf);
    REQUIRE(exact.columns.size() == 4);
    REQUIRE(exact.columns[kCatun].village == "Cătun");
    // The SPAS's own report keeps the exact figures.
    const ordered_json own = reportToJson(exact);
    CHECK(own["table_a"][kCatun]["in_registry"] == 1);
    CHECK(own["table_b"][kCatun]["by_risk_situation"]["6.b2"] == 1);

    const std::string text = dgaspcPackage(p, {PackageContents::Aggregated, "2026-03-01T10:00:00", kAsOf, Lang::Ro, ""});
    const LoadResult loaded = loadWorkspace(text);
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.package);
    const json& report = loaded.package->report;
    CHECK(report["disclosure"] == json{{"rule", "small-counts"}, {"threshold", 5}});
    // The commune's figures stay exact.
    CHECK(report["table_a"][0]["in_registry"] == 8);
    CHECK(report["table_b"][0]["by_risk_situation"]["6.b2"] == 1);
    CHECK(report["registry"]["children"] == 8);
    // Every figure of the hamlet is hidden or zero; Deal's 7 is hidden with it (8 - 7 = 1).
    for (const char* k : kTableAKeys) {
        const json& v = report["table_a"][kCatun][k];
        CHECK_MESSAGE((v.is_null() || v == 0), k);
    }
    CHECK(report["table_a"][kCatun]["ins_children"] == 3);  // the INS figure is public
    for (const char* k : {"6", "6.b", "6.b2"}) CHECK_MESSAGE(report["table_b"][kCatun]["by_risk_situation"][k].is_null(), k);
    CHECK(report["table_b"][kCatun]["registry_children"].is_null());
    CHECK(report["table_a"][1]["in_registry"].is_null());
    checkNothingRecomputable(report);

    // The frozen yearly report inside the package, the same way.
    const Plan& packaged = *loaded.workspace->plans.at(0);
    REQUIRE(packaged.reportSnapshots.size() == 1);
    const json snapshot = json::parse(packaged.reportSnapshots[0].report);
    CHECK(snapshot["table_b"][kCatun]["by_risk_situation"]["6.b2"].is_null());
    CHECK(snapshot["table_a"][0]["in_registry"] == 8);
    checkNothingRecomputable(snapshot);
    // The commune's figures read from it as before (baselines, trends).
    CHECK(frozenFigures(packaged.reportSnapshots[0]).registryChildren == 8);

    // The plan document (the package's, and the council's): "<5" in the villages and Table A.
    const std::string html = planDocumentHtml(p, {Lang::Ro, kAsOf, 0, true});
    CHECK(loaded.package->documentHtml == planDocumentHtml(withoutFreeTexts(p), {Lang::Ro, kAsOf, 0, true}));
    const std::size_t row = html.find("<tr><td>Cătun</td>");
    REQUIRE(row != std::string::npos);
    CHECK(html.substr(row, html.find("</tr>", row) - row) ==
          "<tr><td>Cătun</td><td class=\"n\">3</td><td class=\"n\">&lt;5</td><td class=\"n\">&lt;5</td><td class=\"n\">&lt;5</td>");
    CHECK(html.find(escapeHtml(kHiddenCountNote.ro)) != std::string::npos);
    CHECK(html.find("<tr><td>Cătun</td><td class=\"n\">&lt;5</td></tr>") != std::string::npos);  // in protection
    const std::size_t deal = html.find("<tr><td>Deal</td>");
    REQUIRE(deal != std::string::npos);
    CHECK(html.substr(deal, html.find("</tr>", deal) - deal).find(">7<") == std::string::npos);

    // The county roll-up reads the package as it reads the workspace: commune figures, exact.
    std::vector<FormatError> errors;
    const auto fromPackage = communeRows(loaded, "p.json", kAsOf, errors);
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(p));
    const LoadResult own2 = loadWorkspace(saveWorkspace(ws));
    const auto fromWorkspace = communeRows(own2, "w.json", kAsOf, errors);
    CHECK(errors.empty());
    REQUIRE(fromPackage.size() == 1);
    CHECK(fromPackage[0].registry == 8);
    CHECK(fromPackage[0].hidden.empty());
    CHECK(rollupToJson(fromPackage)["totals"] == rollupToJson(fromWorkspace)["totals"]);
}

TEST_CASE("the demo commune's package hides its small village counts and nothing can be worked out again") {
    const Plan p = makeDemoPlan(600, 2018, kAsOf);
    const json doc = json::parse(dgaspcPackage(p, {PackageContents::Aggregated, "t", kAsOf, Lang::Ro, ""}));
    const json& report = doc["package"]["report"];
    checkNothingRecomputable(report);
    int hidden = 0;
    for (const auto& col : report["table_a"])
        for (const char* k : kTableAKeys) hidden += col[k].is_null() ? 1 : 0;
    CHECK(hidden > 0);
    // The named package hides them too: its report may travel further than its Registry.
    const json named = json::parse(dgaspcPackage(p, {PackageContents::NamedRegistry, "t", kAsOf, Lang::Ro, "w"}));
    CHECK(named["package"]["report"] == report);
}

namespace {

// A marker in every free text an aggregated package leaves out (one per field of
// freeTextFields()), and in the texts it keeps.
Plan withFreeTextMarkers(std::vector<std::string>& dropped, std::vector<std::string>& kept) {
    Plan p = hamlet();
    const auto mark = [](std::vector<std::string>& list, const std::string& name) {
        list.push_back("MARK-" + name + "-Popescu");
        return list.back();
    };
    Planning& pl = p.planning;
    pl.startYear = 2026;
    Candidate c;
    c.id = "c1", c.name = mark(kept, "candidate-name"), c.shortListed = true;
    c.scores[static_cast<int>(Criterion::Consultation)] = {4, mark(dropped, "score-note")};
    pl.candidates.push_back(c);
    ConsultationRound round;
    round.id = "r1", round.date = kAsOf, round.decisions = mark(dropped, "decisions");
    round.participants = {{mark(kept, "organisation"), ParticipantKind::Ngo, 3}};
    round.opinions = {{"c1", 4, mark(dropped, "opinions")}};
    pl.rounds.push_back(round);
    PlanObjective o;
    o.id = "o1", o.text = mark(kept, "objective"), o.priority = "c1", o.manualBaseline = 10, o.target = 2;
    pl.objectives.push_back(o);
    Action a;
    a.id = "a1", a.description = mark(kept, "action"), a.kind = ActionKind::NewService, a.start = kAsOf;
    a.responsible = mark(dropped, "responsible"), a.partners = mark(dropped, "action-partners");
    pl.actions.push_back(a);
    pl.amendments.push_back({kAsOf, mark(dropped, "amendment-what"), mark(dropped, "amendment-why")});
    ActionPlanText plan2026;
    plan2026.year = 2026;
    for (std::size_t i = 0; i < plan2026.sections.size(); ++i) plan2026.sections[i] = mark(dropped, "action-plan-" + std::to_string(i));
    pl.actionPlans.push_back(plan2026);
    Resources& r = p.resources;
    Service s;
    s.id = "s1", s.type = "B2", s.name = mark(kept, "service-name");
    s.contact = mark(dropped, "service-contact"), s.costNote = mark(dropped, "cost-note");
    r.services.push_back(s);
    r.partners.push_back({"pa", mark(kept, "partner-name"), true, "rol", mark(dropped, "partner-contact")});
    r.dgaspcServices.push_back({"ds", DgaspcListKind::Planned, "", "Centru", "Deal", mark(dropped, "dgaspc-note")});
    r.dismissals.push_back({"gap-x", mark(dropped, "dismissal")});
    AddedCandidate added;
    added.id = "ac1", added.name = mark(kept, "added-name"), added.reason = mark(dropped, "added-reason");
    r.addedCandidates.push_back(added);
    return p;
}

}  // namespace

TEST_CASE("the aggregated package leaves out the free texts that may name people unless they are chosen") {
    std::vector<std::string> dropped, kept;
    const Plan p = withFreeTextMarkers(dropped, kept);
    REQUIRE(dropped.size() == 19);
    PackageOptions o{PackageContents::Aggregated, "2026-03-01T10:00:00", kAsOf, Lang::Ro, ""};
    const std::string plain = dgaspcPackage(p, o);
    for (const auto& m : dropped) CHECK_MESSAGE(plain.find(m) == std::string::npos, m);
    for (const auto& m : kept) CHECK_MESSAGE(plain.find(m) != std::string::npos, m);
    CHECK(json::parse(plain)["package"]["free_texts"] == false);
    REQUIRE(loadWorkspace(plain).errors.empty());

    o.freeTexts = true;  // chosen knowingly: everything goes, and the header says so
    const std::string with = dgaspcPackage(p, o);
    for (const auto& m : dropped) CHECK_MESSAGE(with.find(m) != std::string::npos, m);
    CHECK(json::parse(with)["package"]["free_texts"] == true);
    CHECK(loadWorkspace(with).errors.empty());

    // The named Registry goes to the DGASPC with the texts (it holds names anyway).
    const std::string named = dgaspcPackage(p, {PackageContents::NamedRegistry, "t", kAsOf, Lang::Ro, "w"});
    for (const auto& m : dropped) CHECK_MESSAGE(named.find(m) != std::string::npos, m);
    CHECK(freeTextFields().size == 11);
}

namespace {

// A loaded package whose report is changed after the load, as a file the loader lets through
// would carry it: what the roll-up itself must stand.
LoadResult packageWithReport(const std::function<void(json&)>& change) {
    LoadResult loaded = loadWorkspace(dgaspcPackage(hamlet(), {PackageContents::Aggregated, "t", kAsOf, Lang::Ro, ""}));
    REQUIRE(loaded.package);
    auto header = std::make_shared<PackageHeader>(*loaded.package);
    change(header->report);
    loaded.package = header;
    return loaded;
}

}  // namespace

TEST_CASE("the roll-up shows a package's hidden figures as <5 and says which totals leave one out") {
    const LoadResult hidden = packageWithReport([](json& r) {
        r["registry"]["children"] = nullptr;
        r["indicators"]["6"]["confirmed"]["children_in_households"]["count"] = nullptr;
    });
    const LoadResult whole = packageWithReport([](json&) {});
    std::vector<FormatError> errors;
    std::vector<CommuneRow> rows = communeRows(hidden, "a.json", kAsOf, errors);
    for (CommuneRow& r : communeRows(whole, "b.json", kAsOf, errors)) rows.push_back(r);
    REQUIRE(errors.empty());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].hidden == std::set<std::string>{"registry", dimensionKey(6)});
    CHECK(rows[0].registry == 0);
    const ordered_json j = rollupToJson(rows);
    CHECK(j["communes"][0]["registry"].is_null());
    CHECK(j["communes"][0]["at_risk_children_by_dimension"]["6"].is_null());
    CHECK(j["communes"][1]["registry"] == 8);
    CHECK(j["totals"]["registry"] == 8);  // the sum of what is shown …
    CHECK(j["totals"]["partial"] == ordered_json{dimensionKey(6), "registry"});  // … which leaves one out
    CHECK(j["totals"]["children"] == 16);
    const std::string csv = rollupToCsv(rows, Lang::Ro);
    CHECK(csv.find(";<5;") != std::string::npos);
    CHECK(csv.find(";>=8;") != std::string::npos);
    CHECK(csv.find(kHiddenCountNote.ro) != std::string::npos);
    CHECK(rollupToCsv({rows[1]}, Lang::Ro).find("<5") == std::string::npos);
}

TEST_CASE("the roll-up refuses a package figure of the wrong type or out of range, at its place") {
    const auto errorsOf = [](const std::function<void(json&)>& change) {
        std::vector<FormatError> errors;
        CHECK(communeRows(packageWithReport(change), "x.json", kAsOf, errors).empty());
        return errors;
    };
    // The review's rollup-as_of-type_error: "as_of" a number.
    auto errors = errorsOf([](json& r) { r["as_of"] = 20260301; });
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].where == "/package/report/as_of");
    CHECK(errors[0].kind == ErrorKind::WrongType);
    CHECK(errors[0].message(Lang::Ro).find("dată") != std::string::npos);
    errors = errorsOf([](json& r) { r["registry"]["children"] = "x"; });
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].where == "/package/report/registry/children");
    errors = errorsOf([](json& r) { r["indicators"]["any"] = json::array(); });
    REQUIRE(errors.size() == 3);  // the three figures read under it
    CHECK(errors[0].where == "/package/report/indicators/any");
    errors = errorsOf([](json& r) { r["registry"]["children"] = -3; });
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].kind == ErrorKind::InvalidValue);
    errors = errorsOf([](json& r) { r["children"] = 4294967301ULL; });
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].where == "/package/report/children");
    errors = errorsOf([](json& r) { r["registry"]["children"] = 2.5; });
    CHECK(errors.size() == 1);
}
