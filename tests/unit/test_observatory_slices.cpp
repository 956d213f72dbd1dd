// The Observatory import in slices (what the page runs a few milliseconds per frame) gives exactly
// what the one-shot functions give, and leaves the plan alone until the result is committed.
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include "core/base/csv.h"
#include "core/demo/demo.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_mapping.h"
#include "core/observatory/observatory_merge.h"
#include "core/observatory/validation.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;

namespace {

const Date kToday = *Date::parse("2026-11-29");
constexpr int kBihor = 5;

ObservatoryImportOptions options(bool validRowsOnly) {
    ObservatoryImportOptions o;
    o.county = kBihor;
    o.commune = "Demonstrativă";
    o.today = kToday;
    o.validRowsOnly = validRowsOnly;
    return o;
}

std::string demoCsv(int children) { return exportObservatoryCsv(makeDemoPlan(children, 7, kToday, kBihor)); }

// The file with some cells spoiled: a date no one can read, an answer that is not one.
std::string spoiled(std::string csv) {
    for (const char* from : {";1;", ";0;"}) {
        const auto at = csv.find(from, csv.size() / 3);
        REQUIRE(at != std::string::npos);
        csv.replace(at, 3, ";poate;");
    }
    const auto date = csv.find(".20", csv.size() / 2);
    REQUIRE(date != std::string::npos);
    csv.replace(date, 3, ".2x");
    return csv;
}

std::string messages(const Issues& issues) {
    std::string out;
    for (const Issue& i : issues) out += i.message(Lang::En) + "\n";
    return out;
}

std::string planText(const Plan& p) { return planToJson(p).dump(); }

void sameImport(const ObservatoryImport& a, const ObservatoryImport& b) {
    CHECK(a.rowsRead == b.rowsRead);
    CHECK(a.rowsImported == b.rowsImported);
    CHECK(a.rowsRejected == b.rowsRejected);
    CHECK(messages(a.issues) == messages(b.issues));
    REQUIRE(a.plan.has_value() == b.plan.has_value());
    if (a.plan) CHECK(planText(*a.plan) == planText(*b.plan));
}

// Seven rows' worth a step, as the page does a few hundred; what a progress bar shows only grows.
ObservatoryImport stepThrough(ObservatoryCsvReading& reading, int& steps) {
    std::size_t before = 0;
    double checked = 0;
    steps = 1;
    while (!reading.step(7)) {
        CHECK(reading.rowsRead() >= before);
        before = reading.rowsRead();
        CHECK(reading.checkProgress() >= checked);
        CHECK(reading.checkProgress() <= 1);
        checked = reading.checkProgress();
        ++steps;
    }
    return reading.take();
}

ObservatoryImport inSteps(const std::string& csv, bool validRowsOnly, int& steps) {
    ObservatoryCsvReading reading(csv, options(validRowsOnly));
    return stepThrough(reading, steps);
}

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(PREVPLAN_TEST_DATA) + "/csv/" + name, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The demo table as a commune might keep it: a byte order mark, a blank line (the separator is
// still the header's), its own header wording.
std::string communeWording(const std::string& csv) {
    std::string text = csv;
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"household_id;", "Cod gospodărie;"},
                                   {"child_name;", "Numele copilului;"},
                                   {"birth_date;", "Data nașterii;"}}) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    }
    return text.insert(kUtf8Bom.size(), "\r\n");
}

}  // namespace

TEST_CASE("the Observatory CSV read in steps gives what the one-shot import gives") {
    const std::string good = demoCsv(120);
    for (const std::string& csv : {good, spoiled(good)})
        for (bool validRowsOnly : {false, true}) {
            CAPTURE(validRowsOnly);
            int steps = 0;
            const ObservatoryImport sliced = inSteps(csv, validRowsOnly, steps);
            sameImport(sliced, importObservatoryCsv(csv, options(validRowsOnly)));
            CHECK(steps > 120 / 7);  // 7 rows a step, then the check
        }
    int steps = 0;
    const ObservatoryImport spoiledImport = inSteps(spoiled(good), false, steps);
    CHECK_FALSE(spoiledImport.plan);
    CHECK(spoiledImport.rowsRejected > 0);
}

TEST_CASE("an unreadable file stops the stepped reading with the one-shot import's error") {
    for (const std::string& csv :
         {std::string(), std::string("household_id;village\n"), demoCsv(10) + "h9;\"never closed\n"}) {
        int steps = 0;
        sameImport(inSteps(csv, true, steps), importObservatoryCsv(csv, options(true)));
    }
}

TEST_CASE("the comparison with the plan in steps gives what the one-shot merge gives, and leaves the plan alone") {
    // The plan holds an earlier table: a few children fewer, one renamed; the file brings them all.
    const Plan full = *importObservatoryCsv(demoCsv(80), options(false)).plan;
    Plan current = full;
    current.households.resize(current.households.size() - 5);
    auto renamed = std::make_shared<Household>(*current.households[3]);
    renamed->families[0].children[0].name += " Maria";
    current.households[3] = renamed;
    const std::string before = planText(current);

    const ObservatoryMerge once = mergeObservatory(current, full, kToday);
    ObservatoryMerging merging(current, full, kToday);
    int steps = 1;
    std::size_t compared = 0;
    while (!merging.step(3)) {
        CHECK(merging.childrenCompared() >= compared);
        compared = merging.childrenCompared();
        ++steps;
    }
    CHECK(steps > static_cast<int>(full.households.size()) / 3);
    const ObservatoryMerge sliced = merging.take();
    CHECK(sliced.added == once.added);
    CHECK(sliced.changed == once.changed);
    CHECK(sliced.unchanged == once.unchanged);
    CHECK(sliced.untouched == once.untouched);
    CHECK(sliced.unresolved == once.unresolved);
    CHECK(sliced.added > 0);
    CHECK(sliced.entries.size() == once.entries.size());
    CHECK(sliced.conflicts.size() == once.conflicts.size());
    CHECK(planText(sliced.plan) == planText(once.plan));
    CHECK(planText(current) == before);
}

TEST_CASE("a comparison stopped half-way (Cancel) leaves the plan as it was") {
    const Plan full = *importObservatoryCsv(demoCsv(60), options(false)).plan;
    Plan current = full;
    current.households.resize(current.households.size() / 2);
    const std::string before = planText(current);
    {
        ObservatoryMerging merging(current, full, kToday);
        for (int i = 0; i < 20; ++i) CHECK_FALSE(merging.step(2));
    }
    CHECK(planText(current) == before);
}

TEST_CASE("the check's steps stay small: the rows are assembled and validated a few at a time") {
    const std::string csv = demoCsv(120);
    int steps = 0;
    ObservatoryCsvReading reading(csv, options(true));
    bool sawCheck = false;
    while (!reading.step(7)) {
        ++steps;
        if (!reading.checking()) continue;
        sawCheck = true;
        CHECK(reading.rowsRead() == 120);
        CHECK(reading.rowsExpected() == 120);  // what the bar counts to
    }
    CHECK(sawCheck);
    // The reading alone takes 120 / 7 steps; placing, building and validating take as many again.
    CHECK(steps > 2 * 120 / 7);
}

TEST_CASE("a mapped header read in place gives what the rewritten file gave, errors on the same lines") {
    const std::string demo = demoCsv(60);
    const std::string windows1250 =
        "household_id;family_id;village;family_head;child_name;cnp;birth_date;sex;sheet_id;observed_on;observed_by;"
        "observed_by_position\n"
        "G1;G1/1;Deal;Pop Ioan;\xAA"
        "tefan Pop;;2015-03-08;M;05001;2026-01-10;Elena Dobre;profesor\n";
    for (const std::string& text :
         {fixture("needs-mapping-errors.csv"), communeWording(demo), communeWording(spoiled(demo)), windows1250}) {
        // The mapping screen reads the header alone.
        const ColumnMapping mapping = autoMapping(csvHead(text, 1), {});
        CHECK(mapping.targets == autoMapping(text, {}).targets);
        for (bool validRowsOnly : {false, true}) {
            ObservatoryImportOptions mapped = options(validRowsOnly);
            mapped.columns = mapping.targets;
            ObservatoryCsvReading reading(std::make_shared<const std::string>(text), mapped);
            int steps = 0;
            sameImport(stepThrough(reading, steps),
                       importObservatoryCsv(applyMapping(text, mapping), options(validRowsOnly)));
        }
    }
}

TEST_CASE("the head of a CSV is its first records, blank lines and a byte order mark included") {
    const std::string text = std::string(kUtf8Bom) + "\r\na;\"b\nc\"\r\n1;2\n\n3;4\n";
    CHECK(csvHead(text, 1) == std::string(kUtf8Bom) + "\r\na;\"b\nc\"\r\n");
    CHECK(csvHead(text, 2) == std::string(kUtf8Bom) + "\r\na;\"b\nc\"\r\n1;2\n");
    CHECK(csvHead(text, 9) == text);
    CHECK(csvHead("a;b", 1) == "a;b");
}

TEST_CASE("a plan validated a few households at a time gives validatePlan's issues, in its order") {
    const ObservatoryImport imported = importObservatoryCsv(spoiled(demoCsv(150)), options(true));
    REQUIRE(imported.plan);
    Plan plan = *imported.plan;
    // Issues of every kind of place: a family's sheet, a child, and two that span families.
    auto first = std::make_shared<Household>(*plan.households[0]);
    auto second = std::make_shared<Household>(*plan.households[1]);
    first->families[0].children[0].cnp = "5150308051234";
    second->families[0].children[0].cnp = "5150308051234";
    REQUIRE(first->families[0].sheet);
    REQUIRE(second->families[0].sheet);
    second->families[0].sheet->sheetId = first->families[0].sheet->sheetId;
    first->families[0].children[0].birthDate = Date{2030, 1, 1};
    plan.households[0] = first;
    plan.households[1] = second;
    const Issues once = validatePlan(plan, kToday);
    PlanValidation validation(plan, kToday);
    int steps = 1;
    while (!validation.step(4)) ++steps;
    CHECK(steps > static_cast<int>(plan.households.size()) / 4);
    const Issues sliced = validation.take();
    REQUIRE(sliced.size() == once.size());
    CHECK(once.size() >= 3);
    for (std::size_t i = 0; i < once.size(); ++i) {
        CHECK(sliced[i].kind == once[i].kind);
        CHECK(sliced[i].message(Lang::En) == once[i].message(Lang::En));
        CHECK(sliced[i].householdId == once[i].householdId);
        CHECK(sliced[i].familyId == once[i].familyId);
        CHECK(sliced[i].childId == once[i].childId);
    }
}
