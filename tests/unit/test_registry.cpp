// The Registry of at-risk children and its spreadsheet; deadlines worked out by hand.
#include "core/registry/registry.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

// f1: 1.b confirmed on 2026-01-12 for Ion and Ana; Ana's service plan was approved on 2026-01-25.
// f2: 2.b suspected, rejected: not in the Registry.
Plan sample() {
    FamilyNucleus f1 = family("f1", "Popescu", {child("c1", "Ion"), child("c2", "Ana")});
    f1.sheet = sheet("05001", "2026-01-10", {"1.b"});
    f1.risk = visit("2026-01-12", {"1.b"});
    ServicePlan sp;
    sp.benefits = {"alocatie-stat"};
    sp.services = {"centru-zi"};
    sp.otherServices = "meditații";
    sp.completedOn = d("2026-01-20");
    sp.approvedOn = d("2026-01-25");
    f1.children[1].servicePlan = sp;
    FamilyNucleus f2 = family("f2", "Ionescu", {child("c3", "Maria")});
    f2.sheet = sheet("05002", "2026-01-10", {"2.b"});
    f2.risk = visit("2026-01-12", {}, {"2.b"});
    return plan({household("h1", "Deal", {f1}), household("h2", "Vale", {f2})});
}

}  // namespace

TEST_CASE("registry children: the service plan is due 30 days after the confirmation, then the visits") {
    const std::vector<RegistryEntry> r = registryEntries(sample(), d("2026-03-01"));
    REQUIRE(r.size() == 2);
    CHECK(r[0].childId == "c1");
    CHECK(r[0].confirmedRisks == 1);
    CHECK(r[0].monitoringMonths == 12);
    CHECK(r[0].plan == ServicePlanStatus::Missing);
    CHECK(*r[0].due == d("2026-02-11"));  // 12 January + 30 days
    CHECK(r[0].overdue);
    CHECK(r[1].plan == ServicePlanStatus::Approved);
    CHECK(*r[1].due == d("2027-01-25"));  // a year after the mayor's approval
    CHECK_FALSE(r[1].overdue);
}

TEST_CASE("the Registry exports with Romanian labels and the chosen separator") {
    const std::string csv = exportRegistryCsv(sample(), d("2026-03-01"), Lang::Ro, ';');
    CHECK(csv.rfind("\xEF\xBB\xBFNr.;Satul;Adresa;Capul familiei;Numele copilului;", 0) == 0);
    CHECK(csv.find("\r\n1;Deal;;Popescu;Ion;;08.03.2015;05001;;1;1.b;12;Lipsește;11.02.2026;da;;;;;;;;;0\r\n") !=
          std::string::npos);
    CHECK(csv.find("Alocația de stat pentru copii;\"Centru de zi; meditații\"") != std::string::npos);  // quoted: it holds ";"
    CHECK(csv.find("Maria") == std::string::npos);
}
