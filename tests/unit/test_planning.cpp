// Priority scoring, baselines, budget sums, staffing and trends on a commune written out by hand:
// every expected figure below is worked out in the comments.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/planning/action_plan.h"
#include "core/planning/baselines.h"
#include "core/planning/budget.h"
#include "core/gaps/gap_analysis.h"
#include "core/planning/priorities.h"
#include "core/report/report_tables.h"
#include "core/planning/staffing.h"
#include "core/model/rules.h"
#include "core/monitoring/trends.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

// h1/f1: 2 children, the visit confirmed 11 risk situations (urgent, quarterly visits).
// h2/f2: 3 children, suspicions 4.b and 2.i.2 (child c4 directly), no visit yet.
// h3/f3: 1 child, the visit confirmed 1.b and rejected the suspected 4.b (yearly visits).
Plan commune() {
    const std::initializer_list<const char*> eleven = {"1.b", "2.b", "2.c", "2.d", "2.f", "2.j",
                                                       "3.c", "3.d", "3.e", "4.b", "4.d"};
    FamilyNucleus f1 = family("f1", "Lungu Maria", {child("c1", "Ana"), child("c2", "Dan")});
    f1.sheet = sheet("05001", "2026-01-10", eleven);
    f1.risk = visit("2026-01-12", eleven);
    FamilyNucleus f2 = family("f2", "Toma Ion", {child("c3", "Ion"), child("c4", "Eva"), child("c5", "Radu")});
    f2.sheet = sheet("05002", "2026-01-10", {"4.b", "2.i.2"});
    f2.children[1].exposedObserved.set(at("2.i.2"));
    FamilyNucleus f3 = family("f3", "Dinu Elena", {child("c6", "Mara")});
    f3.sheet = sheet("05003", "2026-01-10", {"1.b", "4.b"});
    f3.risk = visit("2026-01-11", {"1.b"}, {"4.b"});
    Plan p = plan({household("h1", "Deal", {f1}), household("h2", "Deal", {f2}), household("h3", "Vale", {f3})});
    return p;
}

Candidate candidate(const char* id, const char* name, std::initializer_list<const char*> indicators,
                    std::array<int, kCriterionCount> scores = {}) {
    Candidate c;
    c.id = id;
    c.name = name;
    c.indicators.assign(indicators.begin(), indicators.end());
    for (int k = 0; k < kCriterionCount; ++k) c.scores[k].score = scores[k];
    return c;
}

// k1 serves 4.b: f1 (2, urgent) and f2 (3, suspected) — f3's 4.b was rejected at the visit.
// k2 serves 2.i.2: f2 (3). k3 serves 1.b: f1 (2, urgent) and f3 (1).
Plan scored() {
    Plan p = commune();
    p.planning.candidates = {candidate("k1", "Școală după școală", {"4.b"}, {0, 0, 4, 3, 2, 5, 1}),
                             candidate("k2", "Sprijin pentru acte", {"2.i.2"}, {0, 0, 5, 5, 5, 5, 5}),
                             candidate("k3", "Consiliere", {"1.b"})};
    return p;
}

const RankedCandidate& row(const Ranking& r, const char* id, const Plan& p) {
    for (const auto& row : r.rows)
        if (p.planning.candidates[row.index].id == id) return row;
    FAIL("no row " << id);
    return r.rows.front();
}

}  // namespace

TEST_CASE("group size and urgency are counted from the needs analysis") {
    const Plan p = scored();
    const auto g = groupFigures(p);
    REQUIRE(g.size() == 3);
    CHECK(g[0].children == 5);
    CHECK(g[0].households == 2);
    CHECK(g[0].urgentHouseholds == 1);
    CHECK(g[1].children == 3);
    CHECK(g[1].urgentHouseholds == 0);
    CHECK(g[2].children == 3);
    CHECK(g[2].households == 2);
    CHECK(g[2].urgentHouseholds == 1);
}

TEST_CASE("computed figures scale to 1-5 against the largest candidate") {
    CHECK(scaledScore(5, 5) == 5);
    CHECK(scaledScore(3, 5) == 3);  // 1 + 4 × 0.6 = 3.4
    CHECK(scaledScore(0, 5) == 1);
    CHECK(scaledScore(0, 0) == 1);
    CHECK(scaledScore(1, 8) == 2);  // 1 + 0.5 rounds up
}

TEST_CASE("the ranking is the weighted mean, with each score's contribution") {
    Plan p = scored();
    // Weights 3 3 2 2 2 1 1, total 14.
    // k1: size 5, urgency 5, then 4 3 2 5 1 → 15 + 15 + 8 + 6 + 4 + 5 + 1 = 54 → 3.857
    // k2: size 3, urgency 1, then 5 5 5 5 5 → 9 + 3 + 10 + 10 + 10 + 5 + 5 = 52 → 3.714
    // k3: size 3, urgency 5, nothing scored  → 9 + 15 = 24 → 1.714, five scores missing
    Ranking r = rankCandidates(p);
    REQUIRE(r.rows.size() == 3);
    CHECK(r.totalWeight == 14);
    CHECK(p.planning.candidates[r.rows[0].index].id == "k1");
    CHECK(p.planning.candidates[r.rows[1].index].id == "k2");
    CHECK(p.planning.candidates[r.rows[2].index].id == "k3");
    CHECK(r.rows[0].points == 54);
    CHECK(r.rows[0].total == doctest::Approx(54.0 / 14));
    CHECK(r.rows[0].contribution[0] == doctest::Approx(15.0 / 14));
    CHECK(r.rows[0].contribution[6] == doctest::Approx(1.0 / 14));
    CHECK(r.rows[1].points == 52);
    CHECK(r.rows[1].scores[0] == 3);
    CHECK(r.rows[1].scores[1] == 1);
    CHECK(r.rows[2].points == 24);
    CHECK(r.rows[2].missing == 5);
    CHECK(r.rows[0].rank == 1);
    CHECK(r.rows[2].rank == 3);

    // Urgency weighed 0: k1 54 - 15 = 39 of 11 (3.545), k2 52 - 3 = 49 of 11 (4.455): k2 leads.
    p.planning.weights[static_cast<int>(Criterion::Urgency)] = 0;
    r = rankCandidates(p);
    CHECK(r.totalWeight == 11);
    CHECK(p.planning.candidates[r.rows[0].index].id == "k2");
    CHECK(r.rows[0].total == doctest::Approx(49.0 / 11));
    CHECK(row(r, "k1", p).points == 39);
}

TEST_CASE("votes and the staffing gap suggest consultation and resources scores") {
    Plan p = scored();
    ConsultationRound first{"r1", d("2026-02-01"), ConsultationFormat::Meeting, {}, {{"k1", 10, ""}, {"k2", 4, ""}}, ""};
    ConsultationRound second{"r2", d("2026-03-01"), ConsultationFormat::SmsPoll, {}, {{"k2", 6, ""}}, ""};
    p.planning.rounds = {first, second};
    CHECK(votesFor(p.planning, "k2") == 10);
    const Ranking r = rankCandidates(p);
    const int consultation = static_cast<int>(Criterion::Consultation);
    const int resources = static_cast<int>(Criterion::Resources);
    CHECK(row(r, "k1", p).suggested[consultation] == 5);  // 10 of 10
    CHECK(row(r, "k2", p).suggested[consultation] == 5);
    CHECK(row(r, "k3", p).suggested[consultation] == 1);  // no votes
    // Registry: f1's 2 children and f3's 1 → 3 active cases, 1 person needed, the SPAS has none.
    CHECK(row(r, "k1", p).suggested[resources] == 1);
    // A suggestion is only a suggestion: the score stays the group's.
    CHECK(row(r, "k3", p).scores[consultation] == 0);
}

TEST_CASE("the short list asks for 3 to 5 priorities") {
    CHECK(shortListAdvice(0) == ShortListAdvice::TooFew);
    CHECK(shortListAdvice(2) == ShortListAdvice::TooFew);
    CHECK(shortListAdvice(3) == ShortListAdvice::Good);
    CHECK(shortListAdvice(5) == ShortListAdvice::Good);
    CHECK(shortListAdvice(6) == ShortListAdvice::TooMany);
    Plan p = scored();
    for (auto& c : p.planning.candidates) c.shortListed = true;
    CHECK(rankCandidates(p).shortListed == 3);
    CHECK(rankCandidates(p).advice == ShortListAdvice::Good);
}

TEST_CASE("more than 10 risk situations: one household count for the gap analysis, priorities and action plan") {
    // hU: fa (2 children) has 6 confirmed, fb (1 child) 5 other suspicions not yet visited: the
    // household holds 6 + 5 = 11 > 10, though neither nucleus alone has more than 10.
    // hN: fc (1 child) has 10 confirmed: not more than 10.
    const std::initializer_list<const char*> six = {"1.b", "2.b", "2.c", "2.d", "2.f", "2.j"};
    FamilyNucleus fa = family("fa", "Lungu Maria", {child("c1", "Ana"), child("c2", "Dan")});
    fa.sheet = sheet("05001", "2026-01-10", six);
    fa.risk = visit("2026-01-12", six);
    FamilyNucleus fb = family("fb", "Lungu Ion", {child("c3", "Ion")});
    fb.sheet = sheet("05002", "2026-01-10", {"3.c", "3.d", "3.e", "4.b", "4.d"});
    const std::initializer_list<const char*> ten = {"1.b", "2.b", "2.c", "2.d", "2.f",
                                                    "2.j", "3.c", "3.d", "3.e", "4.b"};
    FamilyNucleus fc = family("fc", "Dinu Elena", {child("c4", "Mara")});
    fc.sheet = sheet("05003", "2026-01-10", ten);
    fc.risk = visit("2026-01-11", ten);
    Plan p = plan({household("hU", "Deal", {fa, fb}), household("hN", "Vale", {fc})});
    CHECK(householdRiskCount(*p.households[0]) == 11);
    CHECK(urgentHousehold(*p.households[0]));
    CHECK(householdRiskCount(*p.households[1]) == 10);
    CHECK_FALSE(urgentHousehold(*p.households[1]));

    // Gap analysis: hU alone, 11 risks of which 6 confirmed, 2 + 1 = 3 children.
    const GapAnalysis gaps = analyseGaps(p);
    REQUIRE(gaps.urgent.size() == 1);
    CHECK(gaps.urgent[0].household == "hU");
    CHECK(gaps.urgent[0].risks == 11);
    CHECK(gaps.urgent[0].confirmedRisks == 6);
    CHECK(gaps.urgent[0].children == 3);

    // A candidate added by hand for 1.b: fa (2) and fc (1), in 2 households, 1 of them urgent.
    p.planning.candidates = {candidate("k1", "Consiliere", {"1.b"})};
    const GroupFigures g = groupFigures(p)[0];
    CHECK(g.children == 3);
    CHECK(g.households == 2);
    CHECK(g.urgentHouseholds == 1);

    // Action plan: Registry children in urgent households are fa's 2 (fb has no visit yet, fc's
    // household is not urgent).
    const auto draft = draftActionPlan(p, 2026, d("2026-06-30"), Lang::En);
    CHECK(draft[static_cast<int>(ActionPlanSection::Beneficiaries)].find(
              "Registry children in households with more than 10 risk situations (urgent): 2.") != std::string::npos);
}

TEST_CASE("staffing: active cases, visits by frequency, people needed at each caseload limit") {
    Plan p = commune();
    // f1: 2 children × 4 quarterly visits = 8; f3: 1 child × 1 yearly visit = 1.
    Staffing s = staffing(p);
    CHECK(s.activeCases == 3);
    CHECK(s.visitsPerYear == 9);
    CHECK(s.byFrequency[0] == 1);
    CHECK(s.byFrequency[1] == 0);
    CHECK(s.byFrequency[2] == 2);
    CHECK(s.limit == 30);  // the default: Order 288/2006, prevention case officer
    CHECK(s.needed == 1);
    CHECK(s.gap() == 1);

    // 26 active cases: 1 prevention case officer at 30, 2 case officers at 25, 1 at 50.
    FamilyNucleus big = family("f9", "Mare", {});
    for (int i = 0; i < 23; ++i) big.children.push_back(child(("x" + std::to_string(i)).c_str(), "Copil"));
    big.sheet = sheet("05009", "2026-01-10", {"1.b"});
    big.risk = visit("2026-01-11", {"1.b"});
    p.households.push_back(household("h9", "Vale", {big}));
    CHECK(staffing(p).activeCases == 26);
    CHECK(staffing(p).needed == 1);
    p.planning.caseload = CaseloadRule::SpecialProtection50;
    CHECK(staffing(p).needed == 1);

    p.planning.caseload = CaseloadRule::CaseOfficer25;
    CHECK(staffing(p).needed == 2);
    p.planning.spasStaff = 1;  // 1 of 2: 1 + 4 × 0.5 = 3
    s = staffing(p);
    CHECK(s.gap() == 1);
    CHECK(s.casesPerPerson() == doctest::Approx(26.0));
    CHECK(suggestedResourcesScore(s) == 3);
    p.planning.spasStaff = 2;
    CHECK(suggestedResourcesScore(staffing(p)) == 5);
    CHECK(staffing(p).gap() == 0);
}

TEST_CASE("caseload norms with their sources: 30 by Order 288/2006 first, 25 earlier, 50 special protection") {
    REQUIRE(caseloadNorms().size == static_cast<std::size_t>(kCaseloadRuleCount));
    CHECK(caseloadLimit(Planning{}.caseload) == 30);
    const auto has = [](const char* text, const char* part) {
        return std::string(text).find(part) != std::string::npos;
    };
    CHECK(std::string(caseloadNorm(CaseloadRule::PreventionOfficer30).source.ro) == "Ordinul 288/2006, standardul 9.5");
    CHECK(has(caseloadNorm(CaseloadRule::PreventionOfficer30).role.ro, "prevenire"));
    CHECK(caseloadLimit(CaseloadRule::CaseOfficer25) == 25);
    CHECK(has(caseloadNorm(CaseloadRule::CaseOfficer25).source.en, "replaced by Order 288/2006"));
    CHECK(caseloadLimit(CaseloadRule::SpecialProtection50) == 50);
    CHECK(has(caseloadNorm(CaseloadRule::SpecialProtection50).role.en, "special protection"));
    CHECK(has(caseloadNorm(CaseloadRule::SpecialProtection50).source.en, "GD 797/2017"));
}

TEST_CASE("baselines are computed from the data and follow it, until the start year's report is frozen") {
    Plan p = commune();
    const NeedsReport now = needsReport(p, d("2026-06-30"));
    const BaselineDefinition birth{"2.i.2", BaselineBasis::Observed, BaselineUnit::ChildrenDirectly};
    CHECK(figureOf(now, birth) == 1);  // Eva
    CHECK(figureOf(now, {"2.i.2", BaselineBasis::Observed, BaselineUnit::Households}) == 1);
    CHECK(figureOf(now, {"2.i.2", BaselineBasis::Observed, BaselineUnit::ChildrenInHouseholds}) == 3);
    CHECK(figureOf(now, {"2.i.2", BaselineBasis::Confirmed, BaselineUnit::ChildrenInHouseholds}) == 0);
    CHECK(figureOf(now, {"1.b", BaselineBasis::Confirmed, BaselineUnit::Households}) == 2);
    CHECK_FALSE(figureOf(now, {"1.b", BaselineBasis::Confirmed, BaselineUnit::ChildrenDirectly}).has_value());
    CHECK(figureOf(now, {"any", BaselineBasis::Observed, BaselineUnit::Households}) == 3);
    CHECK(figureOf(now, {kRegistryChildren, BaselineBasis::Confirmed, BaselineUnit::ChildrenInHouseholds}) == 3);
    CHECK(figureOf(now, {kRegistryOverTen, BaselineBasis::Confirmed, BaselineUnit::ChildrenInHouseholds}) == 2);

    const auto suggested = suggestedBaselines(1);  // Table 4 (1): every child has a birth certificate
    REQUIRE(suggested.size() == 1);
    CHECK(suggested[0].measure == "2.i.2");
    CHECK(suggested[0].unit == BaselineUnit::ChildrenDirectly);
    CHECK(suggestedBaselines(7).empty());  // no Observatory figure measures it

    PlanObjective o;
    o.id = "o1";
    o.table4 = 1;
    o.baseline = birth;
    BaselineValue v = baselineOf(p, o, now);
    CHECK(v.source == BaselineSource::Current);
    CHECK(v.value == 1);

    // The strategy starts in 2026 and that year's report is frozen: the baseline is its figure,
    // even when the data change afterwards.
    p.planning.startYear = 2026;
    freezeReport(p, now, "2026-06-30T10:00:00");
    FamilyNucleus f4 = family("f4", "Nou", {child("c7", "Ilie")});
    f4.sheet = sheet("05004", "2026-07-01", {"2.i.2"});
    f4.children[0].exposedObserved.set(at("2.i.2"));
    p.households.push_back(household("h4", "Vale", {f4}));
    const NeedsReport later = needsReport(p, d("2026-07-02"));
    CHECK(figureOf(later, birth) == 2);
    v = baselineOf(p, o, later);
    CHECK(v.source == BaselineSource::FrozenReport);
    CHECK(v.year == 2026);
    CHECK(v.value == 1);

    o.baseline.reset();
    o.manualBaseline = 40;
    CHECK(baselineOf(p, o, later).source == BaselineSource::Typed);
    CHECK(baselineOf(p, o, later).value == 40);
}

TEST_CASE("budget sums by year, source and priority, with the council's share") {
    Planning p;
    p.startYear = 2026;
    p.candidates = {candidate("k1", "A", {}), candidate("k2", "B", {})};
    PlanObjective o;
    o.id = "o1";
    o.priority = "k2";
    p.objectives = {o};
    Action a1;
    a1.id = "a1";
    a1.costs = {{2026, 10000}, {2027, 12000}};
    a1.funding = "buget-local";
    a1.priority = "k1";
    Action a2;
    a2.id = "a2";
    a2.costs = {{2026, 50000}};
    a2.funding = "pocu-ax4";
    a2.objective = "o1";  // serves k2 through its objective
    Action a3;
    a3.id = "a3";
    a3.costs = {{2027, 3000}, {2032, 500}};  // 2032 lies beyond the 5 years: shown all the same
    Action a4;
    a4.id = "a4";
    a4.costs = {{2026, 99999}};
    a4.funding = "buget-local";
    a4.status = ActionStatus::Cancelled;
    p.actions = {a1, a2, a3, a4};

    const Budget b = budgetOf(p);
    CHECK(b.years == std::vector<int>{2026, 2027, 2028, 2029, 2030, 2032});
    CHECK(b.byYear == std::vector<long>{60000, 15000, 0, 0, 0, 500});
    CHECK(b.councilByYear == std::vector<long>{10000, 12000, 0, 0, 0, 0});
    CHECK(b.councilShare(0) == doctest::Approx(100.0 * 10000 / 60000));
    CHECK(b.councilShare(1) == doctest::Approx(80.0));
    CHECK(b.councilShare(2) == 0);
    CHECK(b.total == 75500);
    using Sums = std::vector<std::pair<std::string, long>>;
    CHECK(b.bySource == Sums{{"pocu-ax4", 50000}, {"buget-local", 22000}, {"", 3500}});
    CHECK(b.byPriority == Sums{{"k1", 22000}, {"k2", 50000}, {"", 3500}});
    CHECK(b.byKindYear[static_cast<int>(FundingKind::European)][0] == 50000);
    CHECK(b.byKindYear[static_cast<int>(FundingKind::Local)][1] == 12000);
    CHECK(b.byKindYear[kFundingKindSlots - 1][1] == 3000);
    CHECK(fromCouncilBudget("fond-ajutoare-urgenta"));
    CHECK_FALSE(fromCouncilBudget("buget-scoala"));
}

TEST_CASE("trends read every frozen report with the same definitions") {
    Plan p = commune();
    PlanObjective o;
    o.id = "o1";
    o.baseline = BaselineDefinition{kRegistryChildren, BaselineBasis::Confirmed, BaselineUnit::ChildrenInHouseholds};
    p.planning.objectives = {o};
    // 2025: only f3 in the Registry (1 child); 2026: f1 too (3 children).
    // A report counts what had been recorded by its date: in 2025 f3's sheet and visit were a year earlier.
    Plan earlier = p;
    earlier.households.erase(earlier.households.begin());
    auto h3 = std::make_shared<Household>(*earlier.households.back());
    h3->families[0].sheet->filledOn = d("2025-01-10");
    h3->families[0].risk->visitedOn = d("2025-01-11");
    earlier.households.back() = h3;
    freezeReport(p, needsReport(earlier, d("2025-12-31")), "2025-12-31T10:00:00");
    freezeReport(p, needsReport(p, d("2026-12-31")), "2026-12-31T10:00:00");
    const Trends t = trendsOf(p);
    CHECK(t.years == std::vector<int>{2025, 2026});
    CHECK(t.registryChildren == std::vector<long>{1, 3});
    REQUIRE(t.objectives.size() == 1);
    CHECK(t.objectives[0].values == std::vector<std::optional<long>>{1L, 3L});
    CHECK(change(t.objectives[0]) == 2);
    // 1.b: f3's child in 2025, and f1's two in 2026.
    const auto it = std::find_if(t.riskTypes.begin(), t.riskTypes.end(), [](const TrendSeries& s) { return s.key == "1.b"; });
    REQUIRE(it != t.riskTypes.end());
    CHECK(it->values == std::vector<std::optional<long>>{1L, 3L});
    CHECK(t.dimensions[0].values == std::vector<std::optional<long>>{1L, 3L});  // dimension 1: 1.b
}

TEST_CASE("money is written the way each language writes it") {
    CHECK(formatRon(12500, Lang::Ro) == "12.500 lei");
    CHECK(formatRon(1234567, Lang::En) == "RON 1,234,567");
    CHECK(formatRon(900, Lang::Ro) == "900 lei");
}

TEST_CASE("the required services become candidates once, with the gap analysis' group figures") {
    Plan p = commune();
    const auto offered = requiredServiceCandidates(p, Lang::Ro);
    REQUIRE_FALSE(offered.empty());
    p.planning.candidates.push_back(offered[0]);
    p.planning.candidates.back().id = "k1";
    CHECK(requiredServiceCandidates(p, Lang::Ro).size() == offered.size() - 1);
    const auto required = candidateServices(p, analyseGaps(p));
    const auto it = std::find_if(required.begin(), required.end(),
                                 [&](const CandidateService& s) { return s.id == offered[0].requiredService; });
    REQUIRE(it != required.end());
    CHECK(groupFigures(p)[0].children == it->demand.children);
}

TEST_CASE("the annual action plan drafts its sections from the plan, and the user's text replaces a draft") {
    Plan p = scored();
    p.planning.spasStaff = 2;
    p.planning.candidates[0].shortListed = true;
    p.planning.candidates[1].shortListed = true;
    Action info;
    info.id = "a1";
    info.description = "Campanie de informare";
    info.kind = ActionKind::PublicInformation;
    info.responsible = "SPAS";
    info.costs = {{2026, 2500}};
    info.funding = "buget-local";
    info.priority = "k2";
    Action later = info;
    later.id = "a2";
    later.description = "Curs pentru părinți";
    later.kind = ActionKind::Training;
    later.start = d("2027-01-01");
    later.end = d("2027-12-31");
    later.costs = {};
    p.planning.actions = {info, later};
    CHECK(actionInYear(info, 2026));
    CHECK_FALSE(actionInYear(info, 2027));
    CHECK(actionInYear(later, 2027));

    const auto draft = draftActionPlan(p, 2026, d("2026-06-30"), Lang::Ro);
    const auto& beneficiaries = draft[static_cast<int>(ActionPlanSection::Beneficiaries)];
    CHECK(beneficiaries.find("Copii în Registrul copiilor în risc: 3 (monitorizați anual: 1, semestrial: 0, trimestrial: 2).") !=
          std::string::npos);
    CHECK(beneficiaries.find("Prioritatea „Școală după școală”: 5 copii din 2 gospodării.") != std::string::npos);
    CHECK(draft[static_cast<int>(ActionPlanSection::PublicInformation)] ==
          "Campanie de informare — responsabil: SPAS; parteneri: –; … – …; 2.500 lei în 2026, Bugetul local.\n");
    // k1 has no action in 2026; k2 has the campaign.
    CHECK(draft[static_cast<int>(ActionPlanSection::NewServices)] ==
          "Prioritatea „Școală după școală” (lista scurtă), fără acțiuni în acest an.\n");
    // 42 hours of each kind for each of the 2 people; "42 de ore" takes "de" (42 ends in 20-99).
    CHECK(draft[static_cast<int>(ActionPlanSection::Training)].find(
              "cel puțin 42 de ore pe an de formare în managementul de caz și 42 de ore în domeniul protecției "
              "copilului, "
              "pentru fiecare membru al personalului SPAS (2 persoane).") != std::string::npos);
    CHECK(draft[static_cast<int>(ActionPlanSection::Training)].find("Curs pentru părinți") == std::string::npos);

    p.planning.actionPlans.push_back({2026, {}});
    p.planning.actionPlans.back().sections[static_cast<int>(ActionPlanSection::Contracting)] = "Subvenție ONG: 10.000 lei.";
    const auto shown = actionPlanText(p, 2026, draft);
    CHECK(shown[static_cast<int>(ActionPlanSection::Contracting)] == "Subvenție ONG: 10.000 lei.");
    CHECK(shown[static_cast<int>(ActionPlanSection::PublicInformation)] ==
          draft[static_cast<int>(ActionPlanSection::PublicInformation)]);

    // However long a typed description, the draft carries it whole.
    p.planning.actions[0].description = std::string(2000, 'x');
    const auto longDraft = draftActionPlan(p, 2026, d("2026-06-30"), Lang::Ro);
    CHECK(longDraft[static_cast<int>(ActionPlanSection::PublicInformation)].find(std::string(2000, 'x') + " — responsabil") !=
          std::string::npos);
}

TEST_CASE("removing a candidate or an objective leaves no dangling link; voted candidates stay") {
    Planning p;
    p.candidates = {candidate("k1", "A", {}), candidate("k2", "B", {})};
    PlanObjective o;
    o.id = "o1";
    o.priority = "k1";
    p.objectives = {o};
    Action a;
    a.id = "a1";
    a.priority = "k1";
    a.objective = "o1";
    p.actions = {a};
    p.rounds = {{"r1", std::nullopt, ConsultationFormat::SmsPoll, {}, {{"k2", 3, ""}}, ""}};
    CHECK_FALSE(removeCandidate(p, "k2"));
    CHECK(p.candidates.size() == 2);
    CHECK(removeCandidate(p, "k1"));
    CHECK(p.candidates.size() == 1);
    CHECK(p.objectives[0].priority.empty());
    CHECK(p.actions[0].priority.empty());
    removeObjective(p, "o1");
    CHECK(p.objectives.empty());
    CHECK(p.actions[0].objective.empty());
}

TEST_CASE("an action's yearly costs stay ordered, and a zero removes the year") {
    Action a;
    setCost(a, 2028, 300);
    setCost(a, 2026, 100);
    setCost(a, 2027, 200);
    CHECK(a.costs.size() == 3);
    CHECK(a.costs[0].year == 2026);
    CHECK(a.costs[2].year == 2028);
    setCost(a, 2027, 0);
    CHECK(a.costs.size() == 2);
    CHECK(actionTotalCost(a) == 400);
    CHECK(actionCostIn(a, 2028) == 300);
    CHECK(actionCostIn(a, 2027) == 0);
}
