// Re-importing an updated Observatory: matching by CNP, else by sheet id and name; what is added,
// changed and left alone. Expectations worked out by hand.
#include <algorithm>

#include "core/observatory/observatory_csv.h"
#include "core/observatory/observatory_merge.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

const char* kCnp = "6150308050171";  // a girl born 2015-03-08 in Bihor

// h1 (Deal) / f1: Ana (CNP) and Ioana (no CNP), sheet 05001; h2 (Vale) / f2: Maria, no sheet.
Plan current() {
    FamilyNucleus f1 = family("f1", "Popescu Elena", {child("c1", "Ana Popescu", kCnp), child("c2", "Ioana Popescu")});
    f1.sheet = sheet("05001", "2026-01-10", {"1.b"});
    f1.children[1].servicePlan = ServicePlan{};  // what a spreadsheet never carries must survive
    f1.children[1].servicePlan->provider = "SPAS";
    return plan({household("h1", "Deal", {f1}), household("h2", "Vale", {family("f2", "Ionescu", {child("c3", "Maria")})})});
}

const MergeEntry& entryFor(const ObservatoryMerge& m, const std::string& name) {
    const auto it = std::find_if(m.entries.begin(), m.entries.end(), [&](const MergeEntry& e) { return e.childName == name; });
    REQUIRE(it != m.entries.end());
    return *it;
}

}  // namespace

TEST_CASE("known children are updated, new ones join their relatives or a new household") {
    // The file: Ana by CNP with another birth date, "IOANA POPESCU" by sheet id and name,
    // a new brother in the same nucleus, and a family the plan does not know.
    FamilyNucleus g1 = family("G1/1", "", {child("x1", "Ana Popescu", kCnp, "2015-03-09"), child("x2", "IOANA POPESCU"),
                                          child("x3", "Mihai Popescu")});
    g1.children[1].cnp.clear();
    g1.sheet = sheet("05001", "2026-01-10", {"1.b", "2.b"});
    g1.sheet->filledBy.clear();
    const Plan file = plan({household("G1", "Deal", {g1}), household("G2", "Munte", {family("G2/1", "Radu", {child("x4", "Radu Dan")})})});

    const ObservatoryMerge m = mergeObservatory(current(), file, d("2026-03-01"));
    CHECK(m.added == 2);
    CHECK(m.changed == 2);
    CHECK(m.unchanged == 0);
    CHECK(m.untouched == 1);  // Maria is not in the file
    CHECK(entryFor(m, "Ana Popescu").changes == std::vector<std::string>{"obs:2.b", "birth_date"});
    CHECK(entryFor(m, "IOANA POPESCU").changes == std::vector<std::string>{"obs:2.b"});
    CHECK(entryFor(m, "Mihai Popescu").outcome == MergeOutcome::Added);

    const Plan& p = m.plan;
    REQUIRE(p.households.size() == 3);
    const FamilyNucleus& f1 = p.households[0]->families[0];
    REQUIRE(f1.children.size() == 3);  // Mihai joined his sisters' nucleus
    CHECK(f1.children[0].birthDate == d("2015-03-09"));
    CHECK(f1.children[1].name == "Ioana Popescu");  // the same name in capitals changes nothing
    CHECK(f1.children[1].servicePlan->provider == "SPAS");
    CHECK(f1.children[2].name == "Mihai Popescu");
    CHECK(f1.sheet->answers[at("2.b")] == Answer::Yes);
    CHECK(p.households[2]->id == "G2");  // the file's id, free in the plan
    CHECK(p.households[2]->families[0].id == "G2/1");
    CHECK(std::any_of(p.villages.begin(), p.villages.end(), [](const Village& v) { return v.name == "Munte"; }));
    CHECK(current().households[0]->families[0].children.size() == 2);  // the plan itself is untouched
}

TEST_CASE("a confirmation from the file registers the nucleus's children") {
    FamilyNucleus g1 = family("G1/1", "", {child("x1", "Ana Popescu", kCnp)});
    g1.risk = visit("2026-01-13", {"1.b"});
    const ObservatoryMerge m = mergeObservatory(current(), plan({household("G1", "Deal", {g1})}), d("2026-03-01"));
    const FamilyNucleus& f1 = m.plan.households[0]->families[0];
    CHECK(*f1.children[0].registeredOn == d("2026-01-13"));
    CHECK(*f1.children[1].registeredOn == d("2026-01-13"));
    CHECK(entryFor(m, "Ana Popescu").changes == std::vector<std::string>{"risk_sheet_on", "conf:1.b"});
}

TEST_CASE("exporting the Observatory and importing it back changes nothing") {
    Plan p = current();
    {
        Household& h = editHousehold(p, "h1");
        h.families[0].sheet->filledBy = "Elena Dobre";
        h.families[0].sheet->position = "cadru didactic";
        for (Child& c : h.families[0].children) c.sex = Sex::Female;
        editHousehold(p, "h2").families[0].children[0].sex = Sex::Female;
    }
    ObservatoryImportOptions options;
    options.county = 5;
    options.commune = p.commune;
    options.today = d("2026-03-01");
    const ObservatoryImport back = importObservatoryCsv(exportObservatoryCsv(p), options);
    REQUIRE_MESSAGE(back.plan, (back.issues.empty() ? "" : back.issues[0].message(Lang::En)));
    const ObservatoryMerge m = mergeObservatory(p, *back.plan, options.today);
    CHECK(m.added == 0);
    CHECK(m.changed == 0);
    CHECK(m.unchanged == 3);
    CHECK(m.untouched == 0);
}
