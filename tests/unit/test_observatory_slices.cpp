// The Observatory import in slices (what the page runs a few milliseconds per frame) gives exactly
// what the one-shot functions give, and leaves the plan alone until the result is committed.
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include "core/demo/demo.h"
#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_merge.h"
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

ObservatoryImport inSteps(const std::string& csv, bool validRowsOnly, int& steps) {
    ObservatoryCsvReading reading(csv, options(validRowsOnly));
    std::size_t before = 0;
    steps = 1;
    while (!reading.step(7)) {
        CHECK(reading.rowsRead() >= before);  // the count a progress bar shows only grows
        before = reading.rowsRead();
        ++steps;
    }
    return reading.take();
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
