// The Observatory list: search, filters, sorting and counts on a plan small enough to check by hand.
#include "core/observatory/observatory_query.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

// h1 (Deal): f1 Popescu with Ștefan and Ioana; sheet 05001 from 2026-01-10 suspects 1.b and
//            6.b2, the visit confirmed 1.b; Ștefan is registered.
// h2 (Vale): f2 Ionescu with Maria; sheet 05002 from 2024-12-01 (outdated), all "no".
//            f3 Ionescu-Dan, no sheet, no child yet.
// h3 (Deal): f4 Țurcanu with Ana, no sheet.
Plan sample() {
    FamilyNucleus f1 = family("f1", "Popescu Elena", {child("c1", "Ștefan Popescu", "5150308055553"),
                                                      child("c2", "Ioana Popescu", "", "2018-07-01")});
    f1.sheet = sheet("05001", "2026-01-10", {"1.b", "6.b2"});
    f1.risk = visit("2026-01-12", {"1.b"}, {"6.b2"});
    f1.children[0].registeredOn = d("2026-01-12");
    FamilyNucleus f2 = family("f2", "Ionescu Vasile", {child("c3", "Maria Ionescu", "", "2012-02-02")});
    f2.sheet = sheet("05002", "2024-12-01", {}, {"1.b"});
    FamilyNucleus f3 = family("f3", "Ionescu Dan", {});
    FamilyNucleus f4 = family("f4", "Țurcanu Ion", {child("c4", "Ana Țurcanu", "", "2020-01-01")});
    return plan({household("h1", "Deal", {f1}), household("h2", "Vale", {f2, f3}), household("h3", "Deal", {f4})});
}

const Date kToday = d("2026-03-01");

std::vector<std::string> names(const Plan& p, const ObservatoryList& list) {
    std::vector<std::string> out;
    for (const auto& r : list.rows) out.push_back(r.hasChild() ? rowChild(p, r).name : "(" + rowFamily(p, r).head + ")");
    return out;
}

std::uint8_t bits(ChildStatus s) { return static_cast<std::uint8_t>(s); }

}  // namespace

TEST_CASE("every child shows in plan order, a nucleus without children as its own row") {
    const Plan p = sample();
    const ObservatoryList all = queryObservatory(p, {}, kToday);
    CHECK(names(p, all) == std::vector<std::string>{"Ștefan Popescu", "Ioana Popescu", "Ana Țurcanu", "Maria Ionescu",
                                                    "(Ionescu Dan)"});  // sorted by village: Deal first
    CHECK(all.households == 3);
    CHECK(all.families == 4);
    CHECK(all.rows[0].suspicions == 2);  // 1.b and 6.b (through 6.b2)
    CHECK(all.rows[0].confirmed == 1);
}

TEST_CASE("search finds names without diacritics, CNPs and sheet ids") {
    const Plan p = sample();
    ObservatoryFilter f;
    f.search = "stefan";
    CHECK(names(p, queryObservatory(p, f, kToday)) == std::vector<std::string>{"Ștefan Popescu"});
    f.search = "TURCANU";
    CHECK(names(p, queryObservatory(p, f, kToday)) == std::vector<std::string>{"Ana Țurcanu"});
    f.search = "0308055";
    CHECK(names(p, queryObservatory(p, f, kToday)) == std::vector<std::string>{"Ștefan Popescu"});
    f.search = "05002";
    CHECK(names(p, queryObservatory(p, f, kToday)) == std::vector<std::string>{"Maria Ionescu"});
    f.search = "ionescu";  // the heads match too: Maria's family and the empty nucleus
    const ObservatoryList found = queryObservatory(p, f, kToday);
    CHECK(found.rows.size() == 2);
    CHECK(found.households == 1);
    CHECK(found.families == 2);
}

TEST_CASE("filters by village, dimension, indicator and status") {
    const Plan p = sample();
    ObservatoryFilter f;
    f.village = "Vale";
    CHECK(queryObservatory(p, f, kToday).rows.size() == 2);
    f = {};
    f.dimension = 6;  // only the Popescu family has a dimension 6 suspicion
    CHECK(names(p, queryObservatory(p, f, kToday)) == std::vector<std::string>{"Ștefan Popescu", "Ioana Popescu"});
    f = {};
    f.indicator = static_cast<int>(at("1.b"));
    CHECK(queryObservatory(p, f, kToday).rows.size() == 2);  // "no" answers do not count
    f = {};
    f.status = bits(ChildStatus::NoSheet);
    CHECK(names(p, queryObservatory(p, f, kToday)) == std::vector<std::string>{"Ana Țurcanu", "(Ionescu Dan)"});
    f.status = bits(ChildStatus::SheetOutdated);
    CHECK(names(p, queryObservatory(p, f, kToday)) == std::vector<std::string>{"Maria Ionescu"});
    f.status = bits(ChildStatus::Suspicion);
    CHECK(queryObservatory(p, f, kToday).rows.size() == 2);
    f.status = bits(ChildStatus::InRegistry);
    CHECK(names(p, queryObservatory(p, f, kToday)) == std::vector<std::string>{"Ștefan Popescu"});
}

TEST_CASE("sorting by a column, ties in plan order") {
    const Plan p = sample();
    ObservatoryFilter f;
    f.sortBy = ObservatoryColumn::Child;
    CHECK(names(p, queryObservatory(p, f, kToday)) ==
          std::vector<std::string>{"(Ionescu Dan)", "Ana Țurcanu", "Ioana Popescu", "Maria Ionescu", "Ștefan Popescu"});
    f.sortBy = ObservatoryColumn::BirthDate;
    f.descending = true;
    CHECK(names(p, queryObservatory(p, f, kToday)).front() == "Ana Țurcanu");  // born 2020
    f.sortBy = ObservatoryColumn::Suspicions;
    CHECK(names(p, queryObservatory(p, f, kToday))[0] == "Ștefan Popescu");
    f.sortBy = ObservatoryColumn::Village;  // descending: Vale first; ties still in plan order
    CHECK(names(p, queryObservatory(p, f, kToday)) ==
          std::vector<std::string>{"Maria Ionescu", "(Ionescu Dan)", "Ștefan Popescu", "Ioana Popescu", "Ana Țurcanu"});
    f.sortBy = ObservatoryColumn::SheetId;
    f.descending = false;  // no sheet sorts first
    CHECK(names(p, queryObservatory(p, f, kToday)) ==
          std::vector<std::string>{"(Ionescu Dan)", "Ana Țurcanu", "Ștefan Popescu", "Ioana Popescu", "Maria Ionescu"});
}

TEST_CASE("rows mark suspected abuse or neglect; a child who turned 18 shows only that exit") {
    Plan p = sample();
    auto vale = std::make_shared<Household>(*p.households[1]);
    vale->families[0].children[0].birthDate = d("2008-03-01");  // Maria: 18 on 1 March 2026, today
    p.households[1] = vale;
    auto h3 = std::make_shared<Household>(*p.households[2]);
    h3->families[0].sheet = sheet("05003", "2026-02-27", {"6.b3"});  // neglect suspected, no visit yet
    p.households[2] = h3;
    const ObservatoryList all = queryObservatory(p, {}, kToday);
    REQUIRE(names(p, all)[2] == "Ana Țurcanu");
    CHECK(all.rows[2].status == (bits(ChildStatus::Suspicion) | bits(ChildStatus::AbuseSignal)));
    CHECK((all.rows[0].status & bits(ChildStatus::AbuseSignal)) == 0);  // the visit rejected 6.b2
    REQUIRE(names(p, all)[3] == "Maria Ionescu");                       // kept in the list
    CHECK(all.rows[3].status == bits(ChildStatus::TurnedEighteen));     // not "old sheet" any more
    const ObservatoryList dayBefore = queryObservatory(p, {}, d("2026-02-28"));
    CHECK(dayBefore.rows[3].status == bits(ChildStatus::SheetOutdated));
}

TEST_CASE("facts kept between queries give the rows a fresh query gives, after an edit, a new day or a removal") {
    Plan p = sample();
    ObservatoryFacts kept;
    const auto same = [&](const ObservatoryFilter& f, const Date& day) {
        const ObservatoryList fresh = queryObservatory(p, f, day), again = queryObservatory(p, f, day, kept);
        REQUIRE(fresh.rows.size() == again.rows.size());
        for (std::size_t i = 0; i < fresh.rows.size(); ++i) {
            CHECK(fresh.rows[i].household == again.rows[i].household);
            CHECK(fresh.rows[i].child == again.rows[i].child);
            CHECK(fresh.rows[i].status == again.rows[i].status);
            CHECK(fresh.rows[i].suspicions == again.rows[i].suspicions);
        }
        CHECK(fresh.households == again.households);
        CHECK(fresh.families == again.families);
    };
    same({}, kToday);
    // An edit replaces one household's snapshot: Ana's family gets a sheet that suspects neglect.
    auto h3 = std::make_shared<Household>(*p.households[2]);
    h3->families[0].sheet = sheet("05003", "2026-02-27", {"6.b3"});
    p.households[2] = h3;
    same({}, kToday);
    ObservatoryFilter abuse;
    abuse.status = bits(ChildStatus::AbuseSignal);
    same(abuse, kToday);
    CHECK(names(p, queryObservatory(p, abuse, kToday, kept)) == std::vector<std::string>{"Ana Țurcanu"});
    // A year on, the sheets are outdated: the same kept facts are read again for the new day.
    ObservatoryFilter outdated;
    outdated.status = bits(ChildStatus::SheetOutdated);
    same(outdated, d("2027-03-01"));
    CHECK(queryObservatory(p, outdated, d("2027-03-01"), kept).rows.size() == 4);
    // The first household removed: every position after it moves.
    p.households.erase(p.households.begin());
    same({}, kToday);
    same(abuse, kToday);
}
