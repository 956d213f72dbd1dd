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
