// The needs report on a small commune whose every figure is worked out by hand below.
#include <doctest/doctest.h>

#include <ostream>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/report/report.h"
#include "core/report/report_format.h"

using namespace prevplan;

namespace {

using Codes = std::vector<const char*>;

std::size_t code(const char* c) {
    const int i = indicatorIndex(c);
    REQUIRE_MESSAGE(i >= 0, c);
    return static_cast<std::size_t>(i);
}

IndicatorSet indicators(const Codes& codes) {
    IndicatorSet set;
    for (const char* c : codes) set.set(code(c));
    return set;
}

// One family nucleus as the test describes it; null dates mean "no such sheet".
struct FamilySpec {
    Codes children;
    const char* sheetOn = nullptr;
    Codes yes;
    const char* riskOn = nullptr;
    Codes confirmed, rejected;
};

FamilyNucleus nucleus(const FamilySpec& spec) {
    FamilyNucleus f;
    for (const char* id : spec.children) {
        f.children.emplace_back();
        f.children.back().id = id;
    }
    if (spec.sheetOn) {
        f.sheet.emplace();
        f.sheet->filledOn = Date::parse(spec.sheetOn);
        f.sheet->answers.fill(Answer::No);
        for (const char* c : spec.yes) f.sheet->answers[code(c)] = Answer::Yes;
    }
    if (spec.riskOn) {
        f.risk.emplace();
        f.risk->visitedOn = Date::parse(spec.riskOn);
        for (const char* c : spec.confirmed) f.risk->verdicts[code(c)] = Verdict::Confirmed;
        for (const char* c : spec.rejected) f.risk->verdicts[code(c)] = Verdict::Rejected;
    }
    return f;
}

HouseholdPtr household(const char* id, const char* village, std::vector<FamilyNucleus> families) {
    auto h = std::make_shared<Household>();
    h->id = id;
    h->village = village;
    h->families = std::move(families);
    return h;
}

void expose(Child& child, const Codes& observed, const Codes& confirmed) {
    child.exposedObserved = indicators(observed);
    child.exposedConfirmed = indicators(confirmed);
}

// Villages Deal (INS: 10 children) and Vale (INS unknown); 4 households, 9 children.
Plan commune(const char* deal = "Deal") {
    // H1, Deal. F1a: suspicions 1.a(.1), 2.b, 4.i(.1); the visit confirms 1.a(.2) and 4.i(.1),
    // rejects 2.b: 2 confirmed risk situations. F1b: an old sheet, all No.
    FamilyNucleus f1a = nucleus({{"A1", "A2"}, "2025-01-10", {"4.i.1", "1.a.1", "2.b"},
                                 "2025-01-12", {"4.i.1", "1.a.2"}, {"2.b"}});
    expose(f1a.children[0], {"4.i.1"}, {"4.i.1"});
    expose(f1a.children[1], {"2.b"}, {"2.b"});
    FamilyNucleus f1b = nucleus({{"A3"}, "2023-12-01", {}, nullptr, {}, {}});
    // H2, Vale. Suspicions 6.b(2), 5.c; 6 confirmed: 6.b, 5.c, 1.b, 1.c1, 2.a, 2.c.
    FamilyNucleus f2a = nucleus({{"B1", "B2", "B3"}, "2025-05-01", {"6.b2", "5.c"},
                                 "2025-05-03", {"6.b2", "5.c", "1.b", "1.c1", "2.a", "2.c"}, {}});
    expose(f2a.children[0], {"6.b2"}, {"6.b2"});
    // H3, no village recorded: a child with no sheet yet.
    FamilyNucleus f3a = nucleus({{"C1"}, nullptr, {}, nullptr, {}, {}});
    // H4, Deal. F4a: 3.f suspected, then rejected. F4b: 1.b suspected and confirmed (exactly one).
    FamilyNucleus f4a = nucleus({{"D1"}, "2024-07-01", {"3.f"}, "2024-07-03", {}, {"3.f"}});
    expose(f4a.children[0], {"3.f"}, {});
    FamilyNucleus f4b = nucleus({{"D2"}, "2025-02-01", {"1.b"}, "2025-02-03", {"1.b"}, {}});

    Plan plan;
    plan.id = "p1";
    plan.commune = "Comuna Test";
    plan.villages = {{deal, 10}, {"Vale", std::nullopt}};
    plan.households = {household("H1", deal, {f1a, f1b}), household("H2", "Vale", {f2a}),
                       household("H3", "", {f3a}), household("H4", deal, {f4a, f4b})};
    return plan;
}

const Date kAsOf = *Date::parse("2025-06-30");

// households, children in households, children directly (-1: no figure).
void checkFigures(const IndicatorFigures& f, long households, long children, long directly) {
    CHECK(f.households == households);
    CHECK(f.childrenInHouseholds == children);
    if (directly < 0)
        CHECK_FALSE(f.childrenDirectly.has_value());
    else
        CHECK(f.childrenDirectly == directly);
}

}  // namespace

TEST_CASE("percentages: one decimal, none of an empty total") {
    CHECK(percentOf(1, 3) == 33.3);
    CHECK(percentOf(2, 3) == 66.7);
    CHECK(percentOf(5, 9) == 55.6);
    CHECK(percentOf(3, 3) == 100.0);
    CHECK_FALSE(percentOf(0, 0));
}

TEST_CASE("Table 1 on suspicions: households, children living in them, children directly exposed") {
    const NeedsReport r = needsReport(commune(), kAsOf);
    CHECK(r.households == 4);
    CHECK(r.children == 9);
    REQUIRE(r.table1.size() == indicatorCount() + kDimensionCount + 1);
    auto observed = [&](const char* c) { return r.indicatorRow(code(c)).observed; };
    checkFigures(observed("1.a"), 1, 3, -1);
    checkFigures(observed("1.a.1"), 1, 3, -1);
    checkFigures(observed("1.a.2"), 0, 0, -1);
    checkFigures(observed("1.b"), 1, 2, -1);  // H4: D1 and D2, though only F4b has it
    checkFigures(observed("2.b"), 1, 3, 1);   // A2
    checkFigures(observed("3.f"), 1, 2, 1);   // D1
    checkFigures(observed("4.i"), 1, 3, 1);   // A1, through 4.i.1
    checkFigures(observed("4.i.1"), 1, 3, 1);
    checkFigures(observed("4.i.2"), 0, 0, 0);
    checkFigures(observed("6.b"), 1, 3, -1);  // family-level parent of a child-level sub-item
    checkFigures(observed("6.b2"), 1, 3, 1);  // B1
    checkFigures(r.dimensionRow(1).observed, 2, 5, -1);  // H1, H4
    checkFigures(r.dimensionRow(3).observed, 1, 2, -1);
    checkFigures(r.dimensionRow(5).observed, 1, 3, -1);
    checkFigures(r.anyRow().observed, 3, 8, -1);  // all but H3
    CHECK(r.dimensionRow(2).key == "2");
    CHECK(r.anyRow().key == "any");
    CHECK(r.indicatorRow(code("3.h1.4")).key == "3.h1.4");
}

TEST_CASE("Table 1 on confirmations") {
    const NeedsReport r = needsReport(commune(), kAsOf);
    auto confirmed = [&](const char* c) { return r.indicatorRow(code(c)).confirmed; };
    checkFigures(confirmed("1.a"), 1, 3, -1);
    checkFigures(confirmed("1.a.1"), 0, 0, -1);
    checkFigures(confirmed("1.a.2"), 1, 3, -1);
    checkFigures(confirmed("1.b"), 2, 5, -1);  // H2 and H4
    checkFigures(confirmed("2.b"), 0, 0, 0);   // rejected: A2's exposure does not count
    checkFigures(confirmed("3.f"), 0, 0, 0);
    checkFigures(confirmed("4.i"), 1, 3, 1);
    checkFigures(confirmed("6.b2"), 1, 3, 1);
    checkFigures(r.dimensionRow(1).confirmed, 3, 8, -1);
    checkFigures(r.dimensionRow(2).confirmed, 1, 3, -1);
    checkFigures(r.dimensionRow(3).confirmed, 0, 0, -1);
    checkFigures(r.anyRow().confirmed, 3, 8, -1);
}

TEST_CASE("Annex A2.4 Table A by village and for the commune") {
    const NeedsReport r = needsReport(commune(), kAsOf);
    REQUIRE(r.columns.size() == 4);  // commune, Deal, Vale, the household with no village
    CHECK(r.columns[1].village == "Deal");
    CHECK(r.columns[2].village == "Vale");
    CHECK(r.columns[3].village.empty());
    CHECK_FALSE(r.columns[0].insChildren);  // Vale's INS figure is unknown
    CHECK(r.columns[1].insChildren == 10);
    using R = ActivityRow;
    struct Row {
        ActivityRow row;
        long commune, deal, vale, none;
    };
    const Row rows[] = {
        {R::ObservationSheet, 8, 5, 3, 0},
        {R::ObservationSheetRecent, 7, 4, 3, 0},  // A3's sheet is from 2023
        {R::InObservatory, 9, 5, 3, 1},
        {R::Suspected, 7, 4, 3, 0},
        {R::RiskIdentification, 7, 4, 3, 0},
        {R::NoneConfirmed, 1, 1, 0, 0},  // D1
        {R::ConfirmedAtLeastOne, 6, 3, 3, 0},
        {R::ConfirmedExactlyOne, 1, 1, 0, 0},  // D2
        {R::ConfirmedTwoToFive, 2, 2, 0, 0},   // A1, A2
        {R::ConfirmedSixToTen, 3, 0, 3, 0},    // B1-B3
        {R::ConfirmedMoreThanTen, 0, 0, 0, 0},
        {R::InRegistry, 6, 3, 3, 0},
    };
    for (const Row& row : rows) {
        CAPTURE(static_cast<int>(row.row));
        CHECK(r.columns[0][row.row] == row.commune);
        CHECK(r.columns[1][row.row] == row.deal);
        CHECK(r.columns[2][row.row] == row.vale);
        CHECK(r.columns[3][row.row] == row.none);
    }
    CHECK(r.registryBucket(RiskBucket::One) == 1);
    CHECK(r.registryBucket(RiskBucket::TwoToFive) == 2);
    CHECK(r.registryBucket(RiskBucket::SixToTen) == 3);
    CHECK(r.registryBucket(RiskBucket::MoreThanTen) == 0);
}

TEST_CASE("--as-of: every row counts what had been recorded by the report date") {
    // The commune, plus C2 in H3 (no village), born on 1 March 2025.
    Plan plan = commune();
    auto h3 = std::make_shared<Household>(*plan.households[2]);
    h3->families[0].children.emplace_back();
    h3->families[0].children.back().id = "C2";
    h3->families[0].children.back().birthDate = Date::parse("2025-03-01");
    plan.households[2] = h3;
    using R = ActivityRow;
    const NeedsReport later = needsReport(plan, kAsOf);
    CHECK(later.communeColumn()[R::InObservatory] == 10);  // the 9 of the test above, and C2
    CHECK(later.communeColumn()[R::ObservationSheet] == 8);
    CHECK(later.communeColumn()[R::RiskIdentification] == 7);
    CHECK(later.communeColumn()[R::InRegistry] == 6);
    // On 2 February 2025: F2a's sheet (1 May) and visit (3 May) and F4b's visit (3 February) were
    // still to come, and C2 was not born.
    const NeedsReport earlier = needsReport(plan, *Date::parse("2025-02-02"));
    const VillageColumn& c = earlier.communeColumn();
    CHECK(c[R::InObservatory] == 9);           // 10 - C2
    CHECK(c[R::ObservationSheet] == 5);        // 8 - B1, B2, B3
    CHECK(c[R::ObservationSheetRecent] == 4);  // A1, A2 (10 Jan 2025), D1 (1 Jul 2024), D2 (1 Feb 2025)
    CHECK(c[R::Suspected] == 4);               // A1, A2, D1, D2
    CHECK(c[R::RiskIdentification] == 3);      // A1, A2, D1
    CHECK(c[R::NoneConfirmed] == 1);           // D1
    CHECK(c[R::ConfirmedAtLeastOne] == 2);     // A1, A2; D2's 1.b not yet confirmed
    CHECK(c[R::InRegistry] == 2);
    CHECK(earlier.registryBucket(RiskBucket::One) == 0);
    CHECK(earlier.registryBucket(RiskBucket::SixToTen) == 0);
    CHECK(earlier.children == 9);
    // Table B and Table 1 follow: 1.b was confirmed only for F2a and F4b, both later.
    CHECK(c.byRiskSituation[code("1.b")] == 0);
    CHECK(earlier.indicatorRow(code("1.b")).confirmed.households == 0);
    CHECK(later.indicatorRow(code("1.b")).confirmed.households == 2);
}

TEST_CASE("the section on children in public care counts them and what the SPAS did with their families") {
    // B1 (F2a, Vale) is in special protection. F2a: risk identification on 3 May 2025, six risks
    // confirmed; B2's service plan completed on 20 May, a monitoring visit on 1 June.
    Plan plan = commune();
    auto h2 = std::make_shared<Household>(*plan.households[1]);
    FamilyNucleus& f2a = h2->families[0];
    f2a.children[0].inProtection = true;
    f2a.children[1].servicePlan.emplace();
    f2a.children[1].servicePlan->completedOn = Date::parse("2025-05-20");
    f2a.children[1].visits.push_back({*Date::parse("2025-06-01"), "", false, "", std::nullopt});
    plan.households[1] = h2;
    CHECK_FALSE(needsReport(plan, kAsOf).publicCare.dgaspcList);  // no DGASPC list recorded
    plan.resources.childrenInProtection = {{"Vale", 3, ""}, {"Deal", 1, ""}};

    const PublicCare now = needsReport(plan, kAsOf).publicCare;
    CHECK(now.children == 1);
    CHECK(now.dgaspcList == 4);  // 3 + 1
    CHECK(now.families == 1);
    CHECK(now.riskIdentified == 1);
    CHECK(now.confirmed == 1);
    CHECK(now.servicePlan == 1);
    CHECK(now.visitedLast12Months == 1);
    // On 10 May the plan (20 May) and the visit (1 June) were still to come.
    const PublicCare before = needsReport(plan, *Date::parse("2025-05-10")).publicCare;
    CHECK(before.families == 1);
    CHECK(before.riskIdentified == 1);
    CHECK(before.servicePlan == 0);
    CHECK(before.visitedLast12Months == 0);

    const nlohmann::ordered_json j = reportToJson(needsReport(plan, kAsOf));
    CHECK(j["public_care"]["children"] == 1);
    CHECK(j["public_care"]["dgaspc_list"] == 4);
    CHECK(j["public_care"]["visited_last_12_months"] == 1);
    const std::vector<ReportTable> tables = reportTextTables(needsReport(plan, kAsOf), Lang::Ro, NumberStyle::Reading);
    const ReportTable& care = tables.back();
    CHECK(care.title == "Copiii comunei aflați deja în protecție specială și ce face SPAS cu familiile lor");
    REQUIRE(care.rows.size() == 7);
    CHECK(care.rows[0] == std::vector<std::string>{"Copii din Observator aflați în protecție specială", "1"});
    CHECK(care.rows[1][1] == "4");
}

TEST_CASE("Annex A2.4 Table B: registry children by confirmed risk situation") {
    const NeedsReport r = needsReport(commune(), kAsOf);
    const VillageColumn &all = r.columns[0], &deal = r.columns[1], &vale = r.columns[2];
    CHECK(all.registryChildren() == 6);
    CHECK(all.byRiskSituation[code("1.a")] == 2);
    CHECK(all.byRiskSituation[code("1.a.1")] == 0);
    CHECK(all.byRiskSituation[code("1.a.2")] == 2);
    CHECK(all.byRiskSituation[code("1.b")] == 4);  // B1-B3 and D2
    CHECK(all.byRiskSituation[code("2.b")] == 0);
    CHECK(all.byRiskSituation[code("4.i.1")] == 2);
    CHECK(all.byRiskSituation[code("6.b")] == 3);
    CHECK(all.byDimension == std::array<long, kDimensionCount>{6, 3, 0, 2, 3, 3});
    CHECK(deal.byRiskSituation[code("1.b")] == 1);
    CHECK(deal.byDimension == std::array<long, kDimensionCount>{3, 0, 0, 2, 0, 0});
    CHECK(vale.byRiskSituation[code("1.b")] == 3);
    CHECK(vale.byDimension == std::array<long, kDimensionCount>{3, 3, 0, 0, 3, 3});
}

TEST_CASE("the villages add up to the commune; the INS total needs every village") {
    Plan plan = commune();
    plan.villages[1].insChildren = 7;
    const NeedsReport r = needsReport(plan, kAsOf);
    CHECK(r.columns[0].insChildren == 17);
    for (std::size_t row = 0; row < kActivityRowCount; ++row) {
        long sum = 0;
        for (std::size_t c = 1; c < r.columns.size(); ++c) sum += r.columns[c].activity[row];
        CHECK(sum == r.columns[0].activity[row]);
    }
}

TEST_CASE("more than 10 confirmed risk situations") {
    Plan plan;
    plan.households = {household("H1", "Sat", {nucleus({{"X1", "X2"}, nullptr, {}, "2025-01-01",
        {"1.a", "1.b", "1.c1", "2.a", "2.b", "2.c", "2.d", "2.e", "2.f", "2.g", "2.h.1"}, {}})})};
    const NeedsReport r = needsReport(plan, kAsOf);
    CHECK(r.registryBucket(RiskBucket::MoreThanTen) == 2);
    CHECK(r.communeColumn()[ActivityRow::ConfirmedMoreThanTen] == 2);
    CHECK(r.communeColumn()[ActivityRow::Suspected] == 0);  // confirmed without a sheet
}

TEST_CASE("an empty plan reports zeros and no percentages") {
    Plan plan;
    plan.villages = {{"Deal", 10}};
    const NeedsReport r = needsReport(plan, kAsOf);
    CHECK(r.households == 0);
    CHECK(r.columns.size() == 2);
    CHECK(r.columns[0].insChildren == 10);
    const auto j = reportToJson(r);
    CHECK(j["indicators"]["any"]["observed"]["households"]["count"] == 0);
    CHECK(j["indicators"]["any"]["observed"]["households"]["pct"].is_null());
}

TEST_CASE("JSON: counts with percentages, null where there is no child-level figure") {
    const auto j = reportToJson(needsReport(commune(), kAsOf));
    CHECK(j["format"] == "prevplan-needs-report");
    CHECK(j["as_of"] == "2025-06-30");
    CHECK(j["households"] == 4);
    CHECK(j["children"] == 9);
    const auto& b = j["indicators"]["1.b"]["confirmed"];
    CHECK(b["households"]["count"] == 2);
    CHECK(b["households"]["pct"] == 50.0);
    CHECK(b["children_in_households"]["count"] == 5);
    CHECK(b["children_in_households"]["pct"] == 55.6);
    CHECK(b["children_directly"].is_null());
    CHECK(j["indicators"]["6.b2"]["observed"]["children_directly"]["count"] == 1);
    CHECK(j["indicators"]["6.b2"]["observed"]["children_directly"]["pct"] == 11.1);
    CHECK(j["indicators"]["1"]["observed"]["households"]["count"] == 2);
    CHECK(j["indicators"]["any"]["observed"]["children_in_households"]["pct"] == 88.9);
    CHECK(j["indicators"]["any"]["observed"]["children_directly"].is_null());
    CHECK(j["indicators"].size() == indicatorCount() + kDimensionCount + 1);
    CHECK(j["registry"]["children"] == 6);
    CHECK(j["registry"]["by_confirmed_count"]["1"] == 1);
    CHECK(j["registry"]["by_confirmed_count"]["2-5"] == 2);
    CHECK(j["registry"]["by_confirmed_count"]["6-10"] == 3);
    CHECK(j["registry"]["by_confirmed_count"]["11+"] == 0);
    REQUIRE(j["table_a"].size() == 4);
    CHECK(j["table_a"][0]["village"].is_null());
    CHECK(j["table_a"][0]["ins_children"].is_null());
    CHECK(j["table_a"][1]["village"] == "Deal");
    CHECK(j["table_a"][1]["ins_children"] == 10);
    CHECK(j["table_a"][0]["confirmed_exactly_one"] == 1);
    CHECK(j["table_a"][0]["in_registry"] == 6);
    CHECK(j["table_b"][2]["by_risk_situation"]["1.b"] == 3);
    CHECK(j["table_b"][0]["by_risk_situation"]["1"] == 6);
    CHECK(j["table_b"][0]["registry_children"] == 6);
}

namespace {

std::string render(const Plan& plan, ReportFormat format, Lang lang) {
    return formatReport(needsReport(plan, kAsOf), format, lang);
}

}  // namespace

TEST_CASE("CSV: BOM, one block per table, the spreadsheet conventions of the language") {
    const Plan plan = commune("Deal, \"Sus\"");
    const std::string en = render(plan, ReportFormat::Csv, Lang::En);
    CHECK(en.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(en.find("\r\n") != std::string::npos);
    CHECK(en.find(",\"Deal, \"\"Sus\"\"\",Vale,") != std::string::npos);  // quoted, quotes doubled
    CHECK(en.find("6.b2,") != std::string::npos);
    CHECK(en.find(",11.1,") != std::string::npos);  // one child of 9 directly exposed
    const std::string ro = render(plan, ReportFormat::Csv, Lang::Ro);
    CHECK(ro.find(";\"Deal, \"\"Sus\"\"\";Vale;") != std::string::npos);
    CHECK(ro.find(";11,1;") != std::string::npos);
    CHECK(ro.find("În comună") != std::string::npos);
}

TEST_CASE("Markdown: headed tables, dashes for missing figures, demo data marked") {
    Plan plan = commune();
    plan.demo = true;
    const std::string md = render(plan, ReportFormat::Markdown, Lang::En);
    CHECK(md.rfind("# Report on at-risk children – Comuna Test – FICTITIOUS DATA (demo)\n", 0) == 0);
    CHECK(md.find("## Annex A2.4, Table A") != std::string::npos);
    CHECK(md.find("| 8a | Children with exactly one confirmed risk situation (row added by PrevPlan) | 1 | 1 | 0 | 0 |") !=
          std::string::npos);
    CHECK(md.find("| 1 | Total number of children (0-17)") != std::string::npos);
    CHECK(md.find("| – | 10 | – | – |") != std::string::npos);  // INS row: only Deal is known
    CHECK(md.find("| 11+ | 0 | 0.0 |") != std::string::npos);
}

TEST_CASE("a child who turned 18 by the report date leaves every count; on the day before, not yet") {
    Plan p = commune();
    auto vale = std::make_shared<Household>(*p.households[1]);
    vale->families[0].children[0].birthDate = Date::parse("2007-06-30");  // B1: 18 on 30 June 2025
    p.households[1] = vale;
    const NeedsReport before = needsReport(p, *Date::parse("2025-06-29"));
    CHECK(before.children == 9);
    CHECK(before.communeColumn()[ActivityRow::InRegistry] == 6);
    const NeedsReport r = needsReport(p, kAsOf);
    CHECK(r.children == 8);
    CHECK(r.households == 4);
    CHECK(r.communeColumn()[ActivityRow::InObservatory] == 8);
    CHECK(r.columns[2][ActivityRow::InRegistry] == 2);  // Vale: B2 and B3
    CHECK(r.registryBucket(RiskBucket::SixToTen) == 2);
    checkFigures(r.indicatorRow(code("6.b2")).confirmed, 1, 2, 0);  // B1 was the child directly exposed
}

TEST_CASE("a household whose children have all turned 18 is out of the report") {
    Plan p = commune();
    auto h4 = std::make_shared<Household>(*p.households[3]);
    for (auto& f : h4->families)
        for (auto& c : f.children) c.birthDate = Date::parse("2007-01-01");  // 18 on 1 January 2025
    p.households[3] = h4;
    const NeedsReport r = needsReport(p, kAsOf);
    CHECK(r.households == 3);
    CHECK(r.children == 7);                                       // 9 less D1 and D2
    CHECK(r.registryBucket(RiskBucket::One) == 0);                // D2 was the one with exactly one
    CHECK(r.columns[1][ActivityRow::NoneConfirmed] == 0);         // D1 was the one with none
    checkFigures(r.indicatorRow(code("3.f")).observed, 0, 0, 0);  // D1's household suspected it
}
