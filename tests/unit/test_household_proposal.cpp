// Households and families proposed for a commune's own list of children, which has no codes:
// grouped by village and address however spelled, families by the parent, never by names alone.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "core/base/csv.h"
#include "core/observatory/household_proposal.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"

using namespace prevplan;

namespace {

HouseholdProposal proposalFor(const std::string& list) {
    return proposeHouseholds(applyMapping(list, autoMapping(list, {})));
}

std::vector<std::string> familyHeads(const ProposedHousehold& h) {
    std::vector<std::string> heads;
    for (const auto& f : h.families) heads.push_back(f.head);
    return heads;
}

std::string communeList() {
    std::ifstream in(std::string(PREVPLAN_TEST_DATA) + "/csv/commune-list.csv", std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("one address spelled three ways is one household") {
    const HouseholdProposal p = proposalFor(
        "Nume și prenume;Sat;Adresa;Părinte\n"
        "Popescu Ana;Deal;Str. Mare, nr. 12 A;Popescu Maria\n"
        "POPESCU Ion;Satul DEAL;strada  mare 12a;Maria Popescu\n"
        "Popescu Dan;deal;Mare Nr 12A;popescu maria\n");
    REQUIRE(p.households.size() == 1);
    CHECK(p.households[0].village == "Deal");
    CHECK(p.households[0].address == "Str. Mare, nr. 12 A");
    REQUIRE(p.households[0].families.size() == 1);
    CHECK(p.households[0].families[0].children ==
          std::vector<std::string>{"Popescu Ana", "POPESCU Ion", "Popescu Dan"});
    CHECK(p.households[0].doubts.empty());
    CHECK(p.children == 3);
}

TEST_CASE("the same street in two villages is two households") {
    const HouseholdProposal p =
        proposalFor("Nume și prenume;Sat;Adresa\nPopescu Ana;Deal;Str. Mare 1\nPopescu Ion;Vale;Str. Mare 1\n");
    CHECK(p.households.size() == 2);
}

TEST_CASE("two parents at one address are two families of one household") {
    const HouseholdProposal p = proposalFor(
        "Nume și prenume;Sat;Adresa;Părinte / reprezentant legal\n"
        "Popescu Ana;Deal;Str. Mare 1;Popescu Maria\n"
        "Ionescu Mihai;Deal;Str. Mare 1;Ionescu Vasile\n"
        "Popescu Ion;Deal;Str. Mare 1;Popescu Maria\n");
    REQUIRE(p.households.size() == 1);
    const ProposedHousehold& h = p.households[0];
    CHECK(familyHeads(h) == std::vector<std::string>{"Popescu Maria", "Ionescu Vasile"});
    CHECK(h.families[0].id == h.id + "/1");
    CHECK(h.families[1].id == h.id + "/2");
    CHECK(h.families[0].children == std::vector<std::string>{"Popescu Ana", "Popescu Ion"});
    CHECK(h.doubts == std::vector<HouseholdDoubt>{HouseholdDoubt::SurnamesDiffer});
    CHECK(p.families == 2);
}

TEST_CASE("a child without an address is a household alone, even beside a namesake") {
    const HouseholdProposal p = proposalFor(
        "Nume și prenume;Data nașterii;Sat;Adresa;Părinte\n"
        "Stan Elena;05.05.2017;Vale;;Stan Gheorghe\n"
        "Stan Andrei;06.06.2014;Vale; ;Stan Gheorghe\n");
    REQUIRE(p.households.size() == 2);
    for (const auto& h : p.households) {
        CHECK(h.childCount() == 1);
        CHECK(h.doubts == std::vector<HouseholdDoubt>{HouseholdDoubt::NoAddress});
    }
    CHECK(p.households[0].id != p.households[1].id);
}

TEST_CASE("a child without a parent next to a named one is a family apart, marked for review") {
    const HouseholdProposal p = proposalFor(
        "Nume și prenume;Sat;Adresa;Părinte\nDumitru Ioana;Vale;Ulița Morii 3;Dumitru Ana\nDumitru Paul;Vale;Ulita "
        "Morii 3;\n");
    REQUIRE(p.households.size() == 1);
    CHECK(familyHeads(p.households[0]) == std::vector<std::string>{"Dumitru Ana", ""});
    CHECK(p.households[0].doubts == std::vector<HouseholdDoubt>{HouseholdDoubt::NoParent});
    // A list with no parent column at all: the children of an address are one family, nothing to doubt.
    const HouseholdProposal q =
        proposalFor("Nume și prenume;Sat;Adresa\nDumitru Ioana;Vale;Ulița Morii 3\nDumitru Paul;Vale;Ulita Morii 3\n");
    REQUIRE(q.households.size() == 1);
    CHECK(q.households[0].families.size() == 1);
    CHECK(q.households[0].doubts.empty());
}

TEST_CASE("the codes come from the village and address: the same in every run and order") {
    const std::string a = "Nume și prenume;Sat;Adresa\nAna Pop;Deal;Str. Mare 1\nIon Ene;Vale;Str. Mică 2\n";
    const std::string b = "Nume și prenume;Sat;Adresa\nIon Ene;Vale;Strada Mică nr. 2\nAna Pop;DEAL;Mare 1\n";
    const HouseholdProposal pa = proposalFor(a), pb = proposalFor(b);
    REQUIRE(pa.households.size() == 2);
    REQUIRE(pb.households.size() == 2);
    CHECK(pa.households[0].id == pb.households[1].id);
    CHECK(pa.households[1].id == pb.households[0].id);
    CHECK(pa.households[0].id.rfind("G-", 0) == 0);
    CHECK(proposalFor(a).households[0].id == pa.households[0].id);
}

TEST_CASE("the uncertain households come first in the review, then the list's order") {
    const HouseholdProposal p =
        proposalFor("Nume și prenume;Sat;Adresa\nAna Pop;Deal;Str. Mare 1\nIon Ene;Vale;\nDan Pop;Deal;Str. Mare 1\n");
    CHECK(reviewOrder(p) == std::vector<std::size_t>{1, 0});
    CHECK(proposalSummary(p, Lang::Ro) ==
          std::vector<std::string>{"Propunere: 2 gospodării, 2 familii, 3 copii.", "De verificat: 1 gospodărie.",
                                   "rândul 3 – Vale, (fără adresă): Ion Ene – fără adresă: o gospodărie separată"});
    CHECK(proposalSummary(p, Lang::En).front() == "Proposal: 2 households, 2 families, 3 children.");
}

TEST_CASE("a mayoralty's list is imported with the proposed households, its rows on their lines") {
    const std::string list = communeList();
    const ColumnMapping mapping = autoMapping(list, {});
    REQUIRE(needsHouseholdProposal(mapping));
    const std::string mapped = applyMapping(list, mapping);
    const HouseholdProposal p = proposeHouseholds(mapped);
    CHECK(p.households.size() == 5);
    CHECK(p.families == 7);
    CHECK(p.children == 9);
    CHECK(reviewOrder(p).size() == 5);
    CHECK(std::count_if(p.households.begin(), p.households.end(), [](const auto& h) { return !h.doubts.empty(); }) ==
          4);

    const std::string applied = applyHouseholdProposal(mapped, p);
    const CsvDocument doc = readCsv(applied);
    REQUIRE(doc.records.size() == 10);
    CHECK(doc.records[9].line == 10);  // as in the list
    ObservatoryImportOptions options;
    options.county = 5;
    options.commune = "Deal";
    options.today = Date{2026, 11, 30};
    const ObservatoryImport r = importObservatoryCsv(applied, options);
    CHECK_FALSE(hasErrors(r.issues));
    REQUIRE(r.plan);
    CHECK(r.rowsImported == 9);
    CHECK(r.plan->households.size() == 5);
    CHECK(r.plan->households[0]->address == "Str. Mare nr. 12");
    CHECK(r.plan->households[0]->families.size() == 2);
    CHECK(r.plan->households[0]->families[0].head == "Popescu Maria");
    CHECK(r.plan->households[0]->families[0].children[0].name == "Popescu Ana");
    CHECK_FALSE(r.plan->households[0]->families[0].sheet);
}

TEST_CASE("a list with household codes needs no proposal") {
    CHECK_FALSE(needsHouseholdProposal(autoMapping("Cod gospodărie;Nume și prenume\nG1;Ana\n", {})));
    CHECK(needsHouseholdProposal(autoMapping("Nume și prenume;Sat\nAna;Deal\n", {})));
}
