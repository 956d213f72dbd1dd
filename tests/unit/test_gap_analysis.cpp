// The gap analysis rules (section 1.1.3) on communes written out by hand: every figure below is
// worked out on paper from the households and services each test builds.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/catalog/table3.h"
#include "core/gaps/gap_analysis.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

// The Table 3 row holding this indicator code.
std::size_t groupOf(const char* code) {
    for (std::size_t g = 0; g < riskGroups().size; ++g)
        for (const char* c : riskGroups()[g].indicators)
            if (c && std::string(c) == code) return g;
    FAIL("no group for " << code);
    return 0;
}

// A household of one nucleus with `children` children whose sheet answers yes to `yes`.
HouseholdPtr observed(const std::string& id, int children, std::initializer_list<const char*> yes) {
    FamilyNucleus f;
    f.id = id + "f";
    f.head = "Familia " + id;
    for (int i = 0; i < children; ++i) f.children.push_back(child((id + "c" + std::to_string(i)).c_str(), "Copil"));
    f.sheet = sheet("05001", "2025-01-10", yes);
    auto h = std::make_shared<Household>();
    h->id = id;
    h->village = "Deal";
    h->families = {f};
    return h;
}

// Single-parent families (2.b): `households` of 3 children each, then one with the remainder.
Plan singleParents(int children) {
    Plan p = plan({});
    for (int i = 0; children > 0; ++i, children -= 3)
        p.households.push_back(observed("h" + std::to_string(i), std::min(children, 3), {"2.b"}));
    return p;
}

Service service(const char* id, const char* type, const char* locality, std::optional<int> freePlaces) {
    Service s;
    s.id = id;
    s.type = type;
    s.name = std::string("Serviciul ") + id;
    s.locality = locality;
    s.freePlaces = freePlaces;
    return s;
}

const ServiceNeed& need(const GapAnalysis& gaps, const char* type) {
    for (const ServiceNeed& n : gaps.needs)
        if (n.type == type) return n;
    FAIL("no need for " << type);
    return gaps.needs.front();
}

const CandidateService* candidate(const std::vector<CandidateService>& list, const std::string& id) {
    for (const CandidateService& c : list)
        if (c.id == id) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("a group of exactly 15 children needs a service; 14 are served through individual plans") {
    const std::size_t singleParent = groupOf("2.b");
    const GapAnalysis at15 = analyseGaps(singleParents(15));
    const GroupNeed& g15 = at15.groups[singleParent];
    CHECK(g15.count.children == 15);
    CHECK(g15.count.households == 5);
    CHECK(g15.count.confirmedChildren == 0);  // no home visit yet: all only suspected
    CHECK(g15.needsService);
    CHECK(g15.reasoning.en.find("only suspected") != std::string::npos);
    CHECK(need(at15, "D4").demand.children == 15);  // after-school, Table 3's first answer for 2.b
    CHECK(need(at15, "D4").coverage == Coverage::Missing);
    CHECK(need(at15, "D4").shortBy == 15);

    const GapAnalysis at14 = analyseGaps(singleParents(14));
    const GroupNeed& g14 = at14.groups[singleParent];
    CHECK(g14.count.children == 14);
    CHECK_FALSE(g14.needsService);
    CHECK(need(at14, "D4").coverage == Coverage::IndividualPlans);
    CHECK(need(at14, "D4").smallGroups.children == 14);
    CHECK(g14.reasoning.ro.find("Sub 15 copii") != std::string::npos);
    CHECK(candidate(candidateServices(singleParents(14), at14), "gap:D4") == nullptr);
}

TEST_CASE("a service in the commune one place short is to be extended; with the place it covers") {
    Plan p = singleParents(15);
    p.resources.services.push_back(service("s1", "D4", "Vale", 14));
    GapAnalysis gaps = analyseGaps(p);
    const ServiceNeed& afterSchool = need(gaps, "D4");
    CHECK(afterSchool.inCommune.size() == 1);
    CHECK(afterSchool.communePlaces == 14);
    CHECK(afterSchool.coverage == Coverage::CommuneShort);
    CHECK(afterSchool.shortBy == 1);
    // 14 places for 15 children: one place short, in the singular in both languages.
    CHECK(afterSchool.reasoning.ro.find(
              "cu 14 locuri libere pentru 15 copii; mai trebuie 1 loc, iar microzona nu acoperă lipsa") !=
          std::string::npos);
    CHECK(afterSchool.reasoning.en.find("with 14 free places for 15 children; 1 place short") != std::string::npos);
    const auto list = candidateServices(p, gaps);
    REQUIRE(candidate(list, "gap:D4"));
    CHECK(candidate(list, "gap:D4")->action == CandidateAction::Extend);
    CHECK(candidate(list, "gap:D4")->card == "educatie-scolari");

    p.resources.services[0].freePlaces = 15;
    gaps = analyseGaps(p);
    CHECK(need(gaps, "D4").coverage == Coverage::InCommune);
    CHECK(candidate(candidateServices(p, gaps), "gap:D4") == nullptr);

    // Free places not recorded: counted on, and the reasoning asks to check them.
    p.resources.services[0].freePlaces.reset();
    gaps = analyseGaps(p);
    CHECK(need(gaps, "D4").coverage == Coverage::InCommune);
    CHECK(need(gaps, "D4").placesUnrecorded);
}

TEST_CASE("a service only in the micro-area without transport asks for transport; with transport it covers") {
    Plan p = singleParents(15);
    p.resources.microArea.push_back({"Orășeni", "Orașul Vecin", true, 20, false});
    p.resources.services.push_back(service("s1", "B1", "Orășeni", 20));  // parental education
    GapAnalysis gaps = analyseGaps(p);
    const ServiceNeed& parenting = need(gaps, "B1");
    CHECK(parenting.inCommune.empty());
    CHECK(parenting.inMicroArea.size() == 1);
    CHECK(parenting.microPlacesNoTransport == 20);
    CHECK(parenting.coverage == Coverage::MicroAreaNoTransport);
    CHECK(parenting.reasoning.en.find("transport solution") != std::string::npos);
    const auto list = candidateServices(p, gaps);
    REQUIRE(candidate(list, "gap:B1"));
    CHECK(candidate(list, "gap:B1")->action == CandidateAction::Transport);

    p.resources.microArea[0].transport = true;
    gaps = analyseGaps(p);
    CHECK(need(gaps, "B1").coverage == Coverage::InMicroArea);
    CHECK(need(gaps, "B1").microPlacesWithTransport == 20);

    // Too few places nearby, none in the commune: to be created.
    p.resources.services[0].freePlaces = 10;
    gaps = analyseGaps(p);
    CHECK(need(gaps, "B1").coverage == Coverage::Missing);
    CHECK(need(gaps, "B1").shortBy == 5);

    // The commune's 8 places and the micro-area's 10 with transport together cover 15.
    p.resources.services.push_back(service("s2", "B1", "Deal", 8));
    gaps = analyseGaps(p);
    CHECK(need(gaps, "B1").coverage == Coverage::InMicroArea);
}

TEST_CASE("groups sharing a service: demand counts each child once, against the service's places") {
    // 2.b: 5 households × 3 children = 15. 4.d: 4 households × 4 children = 16, plus h0 (also 4.d).
    Plan p = singleParents(15);
    auto h0 = std::make_shared<Household>(*p.households[0]);
    h0->families[0].sheet->answers[at("4.d")] = Answer::Yes;
    p.households[0] = h0;
    for (int i = 0; i < 4; ++i) p.households.push_back(observed("d" + std::to_string(i), 4, {"4.d"}));
    p.resources.services.push_back(service("s1", "D4", "Deal", 30));

    const GapAnalysis gaps = analyseGaps(p);
    CHECK(gaps.groups[groupOf("2.b")].count.children == 15);
    CHECK(gaps.groups[groupOf("4.d")].count.children == 19);
    CHECK(gaps.groups[groupOf("4.d")].count.households == 5);
    // After-school answers both groups: 15 + 16 distinct children in 9 households, 30 places.
    const ServiceNeed& afterSchool = need(gaps, "D4");
    CHECK(afterSchool.groups.size() == 2);
    CHECK(afterSchool.demand.children == 31);
    CHECK(afterSchool.demand.households == 9);
    CHECK(afterSchool.coverage == Coverage::CommuneShort);
    CHECK(afterSchool.shortBy == 1);
    // Parental education too (B1 comes first in both groups' parenting recommendation).
    CHECK(need(gaps, "B1").demand.children == 31);
    // Each group lists the lines it needs; the shared line is the same for both.
    const auto& g2 = gaps.groups[groupOf("2.b")].needs;
    const auto& g16 = gaps.groups[groupOf("4.d")].needs;
    CHECK(std::find(g2.begin(), g2.end(), g16.front()) != g2.end());
}

TEST_CASE("confirmed where the home visit was made, suspected elsewhere, rejected not counted") {
    Plan p = singleParents(18);  // 6 households of 3
    auto confirm = [&](std::size_t i, Verdict v) {
        auto h = std::make_shared<Household>(*p.households[i]);
        h->families[0].risk = visit("2025-01-12", {});
        h->families[0].risk->verdicts[at("2.b")] = v;
        p.households[i] = h;
    };
    confirm(0, Verdict::Confirmed);
    confirm(1, Verdict::Confirmed);
    confirm(2, Verdict::Rejected);
    const GapAnalysis gaps = analyseGaps(p);
    const Headcount& c = gaps.groups[groupOf("2.b")].count;
    CHECK(c.children == 15);
    CHECK(c.households == 5);
    CHECK(c.confirmedChildren == 6);
    CHECK(c.confirmedHouseholds == 2);
    CHECK(c.suspectedChildren() == 9);
    CHECK(gaps.groups[groupOf("2.b")].reasoning.en.find("(confirmed: 6, only suspected: 9)") != std::string::npos);
    CHECK(gaps.groups[groupOf("2.b")].reasoning.ro.find("(confirmați: 6, doar suspectați: 9)") != std::string::npos);
    CHECK(gaps.atRisk.households == 5);
}

TEST_CASE("4.i recorded without its age band falls in both 4.i rows of Table 3") {
    // h1, h2: 8 children each, bare 4.i → 16 in "4.a & 4.b & 4.c1 & 4.i.3" and 16 in "4.i.1 & 4.i.2".
    // h3: 3 children with 4.i.3 (and so 4.i) → only the first row: 16 + 3 = 19 there.
    Plan p = plan({observed("h1", 8, {"4.i"}), observed("h2", 8, {"4.i"}), observed("h3", 3, {"4.i.3"})});
    const GapAnalysis gaps = analyseGaps(p);
    const GroupNeed& outOfSchool = gaps.groups[groupOf("4.i.3")];
    const GroupNeed& young = gaps.groups[groupOf("4.i.1")];
    CHECK(outOfSchool.count.children == 19);
    CHECK(outOfSchool.count.households == 3);
    CHECK(young.count.children == 16);
    CHECK(young.count.households == 2);
    CHECK(outOfSchool.needsService);
    CHECK(young.needsService);
}

TEST_CASE("Table 3's SPAS work is shown as the SPAS's own, never as a service to set up") {
    // 5 households × 3 children with a member in prison (2.j): 15 children, a service is needed.
    // Of its two recommendations, help keeping contact with the prisoner is the SPAS's work (G1).
    Plan p = plan({});
    for (int i = 0; i < 5; ++i) p.households.push_back(observed("h" + std::to_string(i), 3, {"2.j"}));
    const GapAnalysis gaps = analyseGaps(p);
    REQUIRE(gaps.groups[groupOf("2.j")].needsService);
    const ServiceNeed& spas = need(gaps, "G1");
    CHECK(spas.coverage == Coverage::SpasWork);
    CHECK(spas.demand.children == 15);
    CHECK(spas.reasoning.en.find("the SPAS's own work") != std::string::npos);
    const auto list = candidateServices(p, gaps);
    CHECK(candidate(list, "gap:G1") == nullptr);
    CHECK(candidate(list, "gap:B2"));  // psychological counselling is still to be set up
    CHECK(candidate(list, "gap:B2")->action == CandidateAction::Create);
}

TEST_CASE("households with more than 10 risk situations are listed apart, most risks first") {
    const std::initializer_list<const char*> ten = {"1.b", "1.c1", "2.a", "2.b", "2.c", "2.d", "2.f", "2.g", "2.i", "2.j"};
    Plan p = plan({observed("h1", 2, ten), observed("h2", 3, {"1.b", "1.c1", "2.a", "2.b", "2.c", "2.d", "2.f", "2.g", "2.i",
                                                               "2.j", "3.a"})});
    const GapAnalysis gaps = analyseGaps(p);
    REQUIRE(gaps.urgent.size() == 1);
    CHECK(gaps.urgent[0].household == "h2");
    CHECK(gaps.urgent[0].risks == 11);
    CHECK(gaps.urgent[0].confirmedRisks == 0);
    CHECK(gaps.urgent[0].children == 3);
    CHECK(urgentHouseholds(gaps, GroupSet().set(groupOf("3.a"))) == 1);
    CHECK(urgentHouseholds(gaps, GroupSet().set(groupOf("2.b"))) == 1);
}

TEST_CASE("the three core services are always considered: candidates where the commune lacks them") {
    Plan p = plan({});
    GapAnalysis gaps = analyseGaps(p);
    REQUIRE(gaps.core.size() == 3);
    auto list = candidateServices(p, gaps);
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == "core:informare-acte");
    CHECK(list[0].source == CandidateSource::CoreService);
    CHECK(list[0].card == "consiliere-juridica");  // G1 has no card; B13 legal counselling has
    CHECK(list[2].card == "educatie-parentala");

    // A library with a children's club (activity 62) in the commune covers the leisure service;
    // one only in the micro-area does not.
    p.resources.microArea.push_back({"Orășeni", "Orașul Vecin", true, 15, true});
    Service library = service("s1", "H4", "Orășeni", std::nullopt);
    library.activities = {62};
    p.resources.services.push_back(library);
    gaps = analyseGaps(p);
    CHECK(gaps.core[1].inMicroArea.size() == 1);
    CHECK(candidate(candidateServices(p, gaps), "core:socializare-timp-liber"));
    p.resources.services[0].locality = "";  // commune-wide
    gaps = analyseGaps(p);
    CHECK(gaps.core[1].inCommune.size() == 1);
    CHECK(candidate(candidateServices(p, gaps), "core:socializare-timp-liber") == nullptr);
}

TEST_CASE("a missing service the DGASPC plans is to be agreed with the DGASPC") {
    Plan p = singleParents(15);
    p.resources.dgaspcServices.push_back({"d1", DgaspcListKind::Planned, "D4", "Centru de zi județean", "Vale", "2027"});
    const GapAnalysis gaps = analyseGaps(p);
    CHECK(need(gaps, "D4").coverage == Coverage::PlannedByDgaspc);
    CHECK(need(gaps, "D4").reasoning.ro.find("Centru de zi județean") != std::string::npos);
    CHECK(candidate(candidateServices(p, gaps), "gap:D4")->action == CandidateAction::Coordinate);
}

TEST_CASE("a service in a place outside the commune and the micro-area is not within reach") {
    Plan p = singleParents(15);
    p.resources.services.push_back(service("s1", "D4", "Departe", 40));
    CHECK(need(analyseGaps(p), "D4").coverage == Coverage::Missing);
}

TEST_CASE("fit: a disability group is told which services are not physically accessible") {
    Plan p = plan({});
    for (int i = 0; i < 5; ++i) p.households.push_back(observed("h" + std::to_string(i), 3, {"2.h"}));
    Service rehab = service("s1", "B5", "Deal", 20);
    p.resources.services.push_back(rehab);
    GapAnalysis gaps = analyseGaps(p);
    CHECK(need(gaps, "B5").coverage == Coverage::InCommune);
    CHECK(need(gaps, "B5").reasoning.en.find("not recorded as physically accessible") != std::string::npos);
    p.resources.services[0].accessibility = "af";
    gaps = analyseGaps(p);
    CHECK(need(gaps, "B5").reasoning.en.find("physically accessible") == std::string::npos);
}

TEST_CASE("candidates added by hand are sized from their groups; dismissals are kept with the reason") {
    Plan p = singleParents(15);
    p.resources.addedCandidates.push_back({"m1", "B9", "masa-pe-roti", "Cantină socială", "Cerută de consiliul local",
                                           {static_cast<int>(groupOf("2.b"))}});
    p.resources.dismissals.push_back({"gap:D4", "Școala deschide un program în septembrie"});
    const auto list = candidateServices(p, analyseGaps(p));
    const CandidateService* added = candidate(list, "added:m1");
    REQUIRE(added);
    CHECK(added->source == CandidateSource::AddedByHand);
    CHECK(added->demand.children == 15);
    CHECK(candidateName(*added, Lang::En) == "Cantină socială");
    const CandidateService* dismissed = candidate(list, "gap:D4");
    REQUIRE(dismissed);
    CHECK(dismissed->dismissed);
    CHECK(dismissed->dismissalReason == "Școala deschide un program în septembrie");
    CHECK(candidateName(*dismissed, Lang::En) == "After-school services");
    // Core services come first, the gap analysis next, the user's own last.
    CHECK(list.front().source == CandidateSource::CoreService);
    CHECK(list.back().source == CandidateSource::AddedByHand);
}
