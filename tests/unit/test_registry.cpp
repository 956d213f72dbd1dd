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
    f1.risk->visitedBy = "Elena Dobre";
    f1.risk->position = "asistent social";
    ServicePlan sp;
    sp.benefits = {"alocatie-stat"};
    sp.services = {"centru-zi"};
    sp.otherServices = "meditații";
    sp.completedOn = d("2026-01-20");
    sp.approvedOn = d("2026-01-25");
    sp.caseOfficer = "Elena Dobre";
    sp.caseOfficerFunction = "responsabil de caz prevenire";
    f1.children[1].servicePlan = sp;
    // The later visit answers for the plan's revision, whatever the order they were entered in.
    f1.children[1].visits = {{d("2026-02-20"), "Elena Dobre", true, "mama s-a angajat", d("2026-02-27")},
                             {d("2026-02-01"), "Elena Dobre", false, "", std::nullopt}};
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
    CHECK(*r[1].due == d("2027-02-20"));  // a year after the last monitoring visit (20 February 2026)
    CHECK_FALSE(r[1].overdue);
}

TEST_CASE("the Registry exports with Romanian labels and the chosen separator") {
    const std::string csv = exportRegistryCsv(sample(), d("2026-03-01"), Lang::Ro, ';');
    CHECK(csv.rfind("\xEF\xBB\xBFNr.;Satul;Adresa;Capul familiei;Numele copilului;", 0) == 0);
    CHECK(csv.find("\r\n1;Deal;;Popescu;Ion;;08.03.2015;05001;Elena Dobre;asistent social;12.01.2026;;1;1.b;12;"
                   "Lipsește;11.02.2026;da;;;;;;;;;;0;;;;\r\n") != std::string::npos);
    CHECK(csv.find("Alocația de stat pentru copii;\"Centru de zi; meditații\"") != std::string::npos);  // quoted: it holds ";"
    CHECK(csv.find("Maria") == std::string::npos);
}

TEST_CASE("the Registry CSV has the section 4.2 columns: risk identification, officer's function, revision") {
    const std::string csv = exportRegistryCsv(sample(), d("2026-03-01"), Lang::Ro, ';');
    CHECK(csv.find(";Nr. fișei;Identificarea riscurilor făcută de;Funcția;Data identificării riscurilor;") !=
          std::string::npos);
    CHECK(csv.find(";Responsabil de caz;Funcția responsabilului de caz;") != std::string::npos);
    CHECK(csv.find(";Vizite de monitorizare;Ultima vizită de monitorizare;Este necesară revizuirea planului? "
                   "(Da/Nu);Data revizuirii;Motivul revizuirii\r\n") != std::string::npos);
    // Ana: two visits; the latest (20 February) asked for a revision, done on 27 February.
    CHECK(csv.find(";Elena Dobre;responsabil de caz prevenire;20.01.2026;25.01.2026;2;20.02.2026;Da;27.02.2026;"
                   "mama s-a angajat\r\n") != std::string::npos);
    const std::string en = exportRegistryCsv(sample(), d("2026-03-01"), Lang::En, ',');
    CHECK(en.find(",Risk identification made by,Position,Risk identification date,") != std::string::npos);
    CHECK(en.find(",2,20.02.2026,Yes,27.02.2026,mama s-a angajat\r\n") != std::string::npos);
}

TEST_CASE("a registry child who turns 18 leaves the Registry on the birthday, kept with the date") {
    Plan p = sample();
    auto h1 = std::make_shared<Household>(*p.households[0]);
    h1->families[0].children[0].birthDate = d("2008-03-15");  // Ion: 18 on 15 March 2026
    p.households[0] = h1;
    std::vector<RegistryEntry> r = registryEntries(p, d("2026-03-14"));
    REQUIRE(r.size() == 2);
    CHECK(r[0].current());
    CHECK(*r[0].due == d("2026-02-11"));  // still owed a service plan the day before
    r = registryEntries(p, d("2026-03-15"));
    REQUIRE(r.size() == 2);  // never deleted
    CHECK_FALSE(r[0].current());
    CHECK(*r[0].turned18On == d("2026-03-15"));
    CHECK_FALSE(r[0].due);  // no deadline any more
    CHECK_FALSE(r[0].overdue);
    CHECK(r[1].current());
    const std::string csv = exportRegistryCsv(p, d("2026-03-15"), Lang::Ro, ';');
    CHECK(csv.find("Ion") == std::string::npos);
    CHECK(csv.find("\r\n1;Deal;;Popescu;Ana;") != std::string::npos);  // Ana is number 1 now
}
