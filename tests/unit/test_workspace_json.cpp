#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/catalog/indicators.h"
#include "core/workspace/migrations.h"
#include "core/workspace/workspace_edits.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;
namespace fs = std::filesystem;

static std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

static const fs::path kData = PREVPLAN_TEST_DATA;

TEST_CASE("a complete workspace loads with every field") {
    const LoadResult r = loadWorkspace(slurp(kData / "good/small.json"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.workspace);
    const Plan& plan = *r.workspace->plans.at(0);
    CHECK(plan.county == 5);
    CHECK(plan.commune == "Comuna Exemplu");
    CHECK(plan.villages.size() == 2);
    CHECK(plan.villages[0].insChildren == 120);
    CHECK_FALSE(plan.villages[1].insChildren);
    CHECK(plan.nextSerial == 10);
    const FamilyNucleus& family = plan.households.at(0)->families.at(0);
    CHECK(family.sheet->sheetId == "05001");
    CHECK(family.sheet->answers[indicatorIndex("1.a.1")] == Answer::Yes);
    CHECK(family.sheet->answers[indicatorIndex("3.f")] == Answer::No);
    CHECK(family.sheet->answers[indicatorIndex("4.a")] == Answer::NotRecorded);
    CHECK(family.risk->verdicts[indicatorIndex("2.b")] == Verdict::Confirmed);
    const Child& andrei = family.children.at(0);
    CHECK(andrei.sex == Sex::Male);
    CHECK(andrei.exposedConfirmed.test(indicatorIndex("2.b")));
    CHECK(andrei.servicePlan->durationMonths == 12);
    CHECK(andrei.servicePlan->approvedOn->iso() == "2026-02-12");
    CHECK(andrei.visits.at(0).date.iso() == "2026-03-01");
    CHECK_FALSE(family.children.at(1).servicePlan);
}

TEST_CASE("export → import → export gives the same document") {
    const LoadResult first = loadWorkspace(slurp(kData / "good/small.json"));
    REQUIRE(first.workspace);
    const std::string once = saveWorkspace(*first.workspace);
    const LoadResult second = loadWorkspace(once);
    REQUIRE(second.workspace);
    CHECK(saveWorkspace(*second.workspace) == once);
    // And the export says what it is.
    const auto doc = nlohmann::json::parse(once);
    CHECK(doc["format"] == "prevplan-workspace");
    CHECK(doc["version"] == kFormatVersion);
}

TEST_CASE("one plan exports alone") {
    LoadResult r = loadWorkspace(slurp(kData / "good/small.json"));
    REQUIRE(r.workspace);
    auto copy = std::make_shared<Plan>(*r.workspace->plans[0]);
    copy->id = "p2";
    copy->commune = "Alta";
    r.workspace->plans.push_back(copy);
    const auto doc = nlohmann::json::parse(savePlans(*r.workspace, {"p2"}));
    REQUIRE(doc["plans"].size() == 1);
    CHECK(doc["plans"][0]["commune"] == "Alta");
}

TEST_CASE("every file of the bad corpus is refused with the expected kind and place") {
    const auto expected = nlohmann::json::parse(slurp(kData / "bad-files.json"));
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(kData / "bad")) {
        const std::string name = entry.path().filename().string();
        CAPTURE(name);
        REQUIRE(expected.contains(name));
        const LoadResult r = loadWorkspace(slurp(entry.path()));
        CHECK_FALSE(r.workspace);
        REQUIRE_FALSE(r.errors.empty());
        CHECK(errorKindName(r.errors[0].kind) == expected[name]["kind"].get<std::string>());
        CHECK(r.errors[0].where == expected[name]["where"].get<std::string>());
        CHECK_FALSE(r.errors[0].detailRo.empty());
        CHECK_FALSE(r.errors[0].detailEn.empty());
        ++files;
    }
    CHECK(files == expected.size());
    CHECK(files >= 30);
}

TEST_CASE("all errors of a file are reported, in document order") {
    auto doc = nlohmann::json::parse(slurp(kData / "good/small.json"));
    doc["plans"][0]["county"] = 48;
    doc["plans"][0]["households"][0]["families"][0]["children"][0]["sex"] = "?";
    const LoadResult r = loadWorkspace(doc.dump());
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].where == "/plans/0/county");
    CHECK(r.errors[1].where == "/plans/0/households/0/families/0/children/0/sex");
    CHECK(r.errors[0].message(Lang::Ro).find("Anexa 1") != std::string::npos);
    CHECK(r.errors[0].message(Lang::En) == "/plans/0/county: county code 48 is not in Annex 1");
}

TEST_CASE("a syntax error is located by line and column") {
    const LoadResult r = loadWorkspace("{\n  \"format\": \"prevplan-workspace\",\n  \"version\": 1,\n  \"plans\": [,]\n}");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].kind == ErrorKind::NotJson);
    CHECK(r.errors[0].where == "line 4, column 13");
}

TEST_CASE("a newer file is refused and names both versions") {
    const LoadResult r = loadWorkspace(R"({"format":"prevplan-workspace","version":7,"plans":[]})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].kind == ErrorKind::NewerVersion);
    CHECK(r.errors[0].detailEn.find("format 7") != std::string::npos);
    CHECK(r.errors[0].detailEn.find("up to 1") != std::string::npos);
}

TEST_CASE("a version too big for an int is refused as newer, not wrapped into an old one") {
    for (const char* v : {"4294967295", "4294967297", "2147483648", "9223372036854775807", "18446744073709551615"}) {
        const LoadResult r =
            loadWorkspace(std::string(R"({"format":"prevplan-workspace","version":)") + v + R"(,"plans":[]})");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].kind == ErrorKind::NewerVersion);
        CHECK(r.errors[0].detailEn.find(std::string("format ") + v) != std::string::npos);
    }
}

TEST_CASE("migrations run in order from the file's version to the current one") {
    // Two hypothetical steps: v1 → v2 renames a field, v2 → v3 adds one.
    const std::vector<Migration> steps = {
        [](nlohmann::json& d) { d["renamed"] = d["old"]; d.erase("old"); },
        [](nlohmann::json& d) { d["added"] = d["renamed"].get<int>() + 1; },
    };
    nlohmann::json doc = {{"version", 1}, {"old", 41}};
    migrate(doc, 1, 3, steps);
    CHECK(doc["version"] == 3);
    CHECK(doc["renamed"] == 41);
    CHECK(doc["added"] == 42);
    CHECK_FALSE(doc.contains("old"));

    nlohmann::json fromTwo = {{"version", 2}, {"renamed", 1}};
    migrate(fromTwo, 2, 3, steps);
    CHECK(fromTwo["added"] == 2);
}

TEST_CASE("the current format needs no migration step") {
    CHECK(migrations().size() == static_cast<std::size_t>(kFormatVersion - 1));
}

TEST_CASE("answers shared by most indicators are written once as \"*\"") {
    LoadResult r = loadWorkspace(slurp(kData / "good/small.json"));
    REQUIRE(r.workspace);
    Workspace ws = *r.workspace;
    Plan& plan = editPlan(ws, "p1");
    Household& h = editHousehold(plan, "h1");
    ObservationSheet& sheet = *h.families[0].sheet;
    for (std::size_t i = 0; i < indicatorCount(); ++i) sheet.answers[i] = Answer::No;
    sheet.answers[indicatorIndex("2.b")] = Answer::Yes;
    sheet.answers[indicatorIndex("3.g")] = Answer::NotRecorded;
    const auto doc = nlohmann::json::parse(saveWorkspace(ws));
    const auto& answers = doc["plans"][0]["households"][0]["families"][0]["sheet"]["answers"];
    CHECK(answers == nlohmann::json{{"*", "no"}, {"2.b", "yes"}, {"3.g", "unknown"}});

    const LoadResult back = loadWorkspace(doc.dump());
    REQUIRE(back.workspace);
    const Answers& read = back.workspace->plans[0]->households[0]->families[0].sheet->answers;
    CHECK(read == sheet.answers);
}

TEST_CASE("fields at their default are left out and read back as defaults") {
    Workspace ws = addPlan({}, 5, "A", {"Sat"}, "1");
    Plan& plan = editPlan(ws, ws.plans[0]->id);
    auto h = std::make_shared<Household>();
    h->id = "h1";
    FamilyNucleus f;
    f.id = "f2";
    Child c;
    c.id = "c3";
    f.children.push_back(c);
    h->families.push_back(f);
    plan.households.push_back(h);
    const auto doc = nlohmann::json::parse(saveWorkspace(ws));
    CHECK(doc["plans"][0]["households"][0] == nlohmann::json::parse(R"({"id":"h1","families":[{"id":"f2","children":[{"id":"c3"}]}]})"));
    const LoadResult back = loadWorkspace(doc.dump());
    REQUIRE(back.workspace);
    CHECK(saveWorkspace(*back.workspace) == saveWorkspace(ws));
}

TEST_CASE("the sheet's received date: absent in older files (the day it was filled in), kept once set") {
    const LoadResult r = loadWorkspace(slurp(kData / "good/small.json"));
    REQUIRE(r.workspace);
    const ObservationSheet& sheet = *r.workspace->plans.at(0)->households.at(0)->families.at(0).sheet;
    CHECK_FALSE(sheet.receivedOn);
    Workspace ws = *r.workspace;
    Plan& plan = editPlan(ws, ws.plans[0]->id);
    Household& h = editHousehold(plan, plan.households[0]->id);
    h.families[0].sheet->receivedOn = Date::parse("2026-02-03");
    const auto doc = nlohmann::json::parse(saveWorkspace(ws));
    CHECK(doc["plans"][0]["households"][0]["families"][0]["sheet"]["received_on"] == "2026-02-03");
    const LoadResult back = loadWorkspace(doc.dump());
    REQUIRE(back.workspace);
    CHECK(back.workspace->plans[0]->households[0]->families[0].sheet->receivedOn->iso() == "2026-02-03");
}
