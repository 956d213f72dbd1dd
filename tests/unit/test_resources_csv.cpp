// The inventory spreadsheet: export and import round-trip, Romanian headers and values, errors
// placed by line and column, and re-imported rows going back in place.
#include <doctest/doctest.h>

#include "core/resources/resources_csv.h"

using namespace prevplan;

namespace {

Service centre() {
    Service s;
    s.id = "s1";
    s.type = "A3";
    s.name = "Centrul de zi „Ghiocelul”; etaj 1";  // the separator inside a field is quoted
    s.supplier = 3;
    s.locality = "Valea Mică";
    s.accredited = YesNo::Yes;
    s.capacity = 30;
    s.freePlaces = 4;
    s.activities = {83, 85, 41};
    s.accessibility = "af";
    s.monthlyCost = 0;
    s.spasCooperates = YesNo::No;
    s.efficiency = 8;
    s.checkedOn = Date{2026, 2, 1};
    s.placesForSeparated = YesNo::Yes;
    s.beneficiaryCost = 15;
    s.communeBeneficiaries = YesNo::No;
    s.communeBeneficiariesReported = YesNo::Yes;
    s.selfRating = 9;
    s.interviewer = "Stan Ioana";
    s.interviewee = "Popescu Ana, coordonatoare";
    return s;
}

}  // namespace

TEST_CASE("an exported inventory imports to the same services") {
    Resources r;
    r.services = {centre()};
    Service expert;
    expert.id = "s2";
    expert.type = "G8";
    expert.name = "Mediator școlar";
    r.services.push_back(expert);
    const std::string csv = exportInventoryCsv(r);
    CHECK(csv.rfind("\xEF\xBB\xBFid;type;name;supplier;", 0) == 0);
    const InventoryImport in = importInventoryCsv(csv);
    CHECK(in.issues.empty());
    REQUIRE(in.services.size() == 2);
    CHECK(in.rowsRead == 2);
    Resources back;
    back.services = in.services;
    CHECK(exportInventoryCsv(back) == csv);
    CHECK(in.services[0].freePlaces == 4);
    CHECK(in.services[0].monthlyCost == 0);
    CHECK(in.services[0].placesForSeparated == YesNo::Yes);
    CHECK(in.services[0].beneficiaryCost == 15);
    CHECK(in.services[0].communeBeneficiaries == YesNo::No);
    CHECK(in.services[0].communeBeneficiariesReported == YesNo::Yes);
    CHECK(in.services[0].selfRating == 9);
    CHECK(in.services[0].interviewee == "Popescu Ana, coordonatoare");
    CHECK_FALSE(in.services[1].monthlyCost);
}

TEST_CASE("Romanian headers and values as people type them") {
    const InventoryImport in = importInventoryCsv(
        "Tip,Denumire,Localitate,Locuri libere,Acreditat,Activități,Accesibilitate,Verificat la,Eficiență,Nr.\n"
        "b1,Școala părinților,Dealu Mare,12,DA,\"14, 18\",A F,15.03.2026,-1,7\n");
    REQUIRE(in.services.size() == 1);
    const Service& s = in.services[0];
    CHECK(s.type == "B1");
    CHECK(s.freePlaces == 12);
    CHECK(s.accredited == YesNo::Yes);
    CHECK(s.activities == std::vector<int>{14, 18});
    CHECK(s.accessibility == "af");
    CHECK(s.checkedOn->iso() == "2026-03-15");
    CHECK(s.efficiency == 0);
    REQUIRE(in.issues.size() == 1);  // "Nr." is ignored, with a warning
    CHECK(in.issues[0].severity == Severity::Warning);
    CHECK(in.issues[0].column == "Nr.");
}

TEST_CASE("A2.5 codes as printed: 0 = yes on IS16, IS17, IS18, SSoc2, SSoc9; 1 = yes and -7 on SSoc8") {
    const InventoryImport in = importInventoryCsv(
        "type;spas_cooperates;referred_last_year;commune_beneficiaries;commune_beneficiaries_reported;"
        "places_for_separated;accredited;self_rating\n"
        "A3;0;1;-1;0;1;-7;-7\n"
        "B1;1;0;0;1;0;1;10\n"
        "G8;da;NU;ns/nr;;yes;0;\n");
    REQUIRE(in.issues.empty());
    REQUIRE(in.services.size() == 3);
    const Service &a = in.services[0], &b = in.services[1], &c = in.services[2];
    CHECK(a.spasCooperates == YesNo::Yes);                // IS16 "0. Yes"
    CHECK(a.referredLastYear == YesNo::No);               // IS17 "1. No"
    CHECK(a.communeBeneficiaries == YesNo::Unknown);      // IS18 "-1. NS/NR"
    CHECK(a.communeBeneficiariesReported == YesNo::Yes);  // SSoc9 "0. Yes"
    CHECK(a.placesForSeparated == YesNo::No);             // SSoc2 "1. No"
    CHECK(a.accredited == YesNo::Unknown);                // SSoc8 "-7. NC"
    CHECK(a.selfRating == 0);                             // SSoc10 "-7 NC"
    CHECK(b.spasCooperates == YesNo::No);
    CHECK(b.referredLastYear == YesNo::Yes);
    CHECK(b.communeBeneficiaries == YesNo::Yes);
    CHECK(b.communeBeneficiariesReported == YesNo::No);
    CHECK(b.placesForSeparated == YesNo::Yes);
    CHECK(b.accredited == YesNo::Yes);  // SSoc8 "1. Yes"
    CHECK(b.selfRating == 10);
    CHECK(c.spasCooperates == YesNo::Yes);  // words mean what they say in every column
    CHECK(c.referredLastYear == YesNo::No);
    CHECK(c.placesForSeparated == YesNo::Yes);
    CHECK(c.accredited == YesNo::No);  // SSoc8 "0. No"

    const InventoryImport bad = importInventoryCsv("type;spas_cooperates;accredited\nA3;2;5\n");
    REQUIRE(bad.issues.size() == 2);
    CHECK(
        bad.issues[0].message(Lang::En) ==
        "line 2, column spas_cooperates: write yes, no (or the A2.5 sheet's code: 0 = yes, 1 = no) or leave it empty");
    CHECK(bad.issues[1].message(Lang::Ro) ==
          "rândul 2, coloana accredited: se scrie da, nu (sau codul fișei A2.5: 1 = da, 0 = nu) sau se lasă gol");
}

TEST_CASE("bad cells are placed by line and column; the other rows still read") {
    const InventoryImport in = importInventoryCsv(
        "type;name;free_places;supplier;activities;efficiency\n"
        "A3;Centru;patru;3;83;8\n"
        "Z9;Necunoscut;;;;\n"
        "B1;Bun;5;7;99;11\n"
        "G8;Mediator;;;;\n");
    CHECK(in.rowsRead == 4);
    REQUIRE(in.services.size() == 1);
    CHECK(in.services[0].name == "Mediator");
    REQUIRE(in.issues.size() == 5);
    CHECK(in.issues[0].message(Lang::En) == "line 2, column free_places: must be a whole number, at least 0");
    CHECK(in.issues[1].where(Lang::En) == "line 3, column type");
    CHECK(in.issues[2].column == "supplier");
    CHECK(in.issues[3].column == "activities");
    CHECK(in.issues[4].column == "efficiency");
    CHECK(hasErrors(in.issues));
}

TEST_CASE("a file without the type column or without rows is refused") {
    CHECK(importInventoryCsv("name\nCentru\n").issues[0].kind == IssueKind::MissingColumn);
    const InventoryImport empty = importInventoryCsv("type;name\n");
    REQUIRE(empty.issues.size() == 1);
    CHECK(empty.issues[0].kind == IssueKind::NoRows);
}

TEST_CASE("re-imported services go back in place; new ones get new ids") {
    Plan p;
    p.nextSerial = 40;
    p.resources.services = {centre()};
    Service edited = centre();
    edited.freePlaces = 0;
    Service fresh = centre();
    fresh.id.clear();
    fresh.name = "Alt centru";
    CHECK(mergeInventory(p, {edited, fresh}) == 1);
    REQUIRE(p.resources.services.size() == 2);
    CHECK(p.resources.services[0].freePlaces == 0);
    CHECK(p.resources.services[1].id == "s40");
}
