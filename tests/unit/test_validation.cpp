#include <doctest/doctest.h>

#include <algorithm>

#include "core/observatory/validation.h"

using namespace prevplan;

namespace {

const Date kToday{2026, 11, 25};

Child child(const std::string& name, Date birth, Sex sex, const std::string& cnp = "") {
    Child c;
    c.id = "c1";
    c.name = name;
    c.birthDate = birth;
    c.sex = sex;
    c.cnp = cnp;
    return c;
}

std::vector<IssueKind> kinds(const Issues& issues) {
    std::vector<IssueKind> out;
    for (const auto& i : issues) out.push_back(i.kind);
    return out;
}

Issues childIssues(const Child& c, std::optional<Date> observedOn = std::nullopt) {
    Issues out;
    checkChild(c, observedOn, kToday, out);
    return out;
}

Issues sheetIdIssues(const std::string& id, int county = 5) {
    Issues out;
    checkSheetId(id, county, out);
    return out;
}

ObservationSheet sheet(const std::string& id, Date filledOn) {
    ObservationSheet s;
    s.sheetId = id;
    s.filledOn = filledOn;
    s.filledBy = "Ana Pop";
    return s;
}

}  // namespace

TEST_CASE("a child whose CNP agrees with the record has no issue") {
    CHECK(childIssues(child("Maria Ionescu", {2015, 3, 8}, Sex::Female, "6150308050171")).empty());
    CHECK(childIssues(child("Maria Ionescu", {2015, 3, 8}, Sex::Female)).empty());  // CNP optional
    // A resident's CNP (7 = male, century not encoded).
    CHECK(childIssues(child("Luca Berg", {2015, 3, 8}, Sex::Male, "7150308050173")).empty());
}

TEST_CASE("CNP against birth date and sex") {
    const Issues date = childIssues(child("Maria Ionescu", {2015, 3, 9}, Sex::Female, "6150308050171"));
    REQUIRE(kinds(date) == std::vector<IssueKind>{IssueKind::CnpBirthDate});
    CHECK(date[0].field == Field::Cnp);
    CHECK(date[0].severity == Severity::Warning);  // the user decides which one is right
    CHECK(date[0].detailRo == "CNP-ul indică data nașterii 08.03.2015, dar data înregistrată este 09.03.2015");
    CHECK(date[0].detailEn == "the CNP gives the birth date 08.03.2015, but the recorded birth date is 09.03.2015");

    const Issues sex = childIssues(child("Mihai Ionescu", {2015, 3, 8}, Sex::Male, "6150308050171"));
    REQUIRE(kinds(sex) == std::vector<IssueKind>{IssueKind::CnpSex});
    CHECK(sex[0].detailRo == "CNP-ul indică sexul feminin, dar este înregistrat masculin");
    CHECK(sex[0].severity == Severity::Warning);

    const Issues control = childIssues(child("Maria Ionescu", {2015, 3, 8}, Sex::Female, "6150308050172"));
    REQUIRE(kinds(control) == std::vector<IssueKind>{IssueKind::CnpInvalid});
    CHECK(control[0].detailRo == "cifra de control a CNP-ului este greșită (ar trebui să fie 1)");
    CHECK(control[0].detailEn == "the CNP's control digit is wrong (it should be 1)");

    CHECK(kinds(childIssues(child("X", {2015, 3, 8}, Sex::Female, "615030805017"))) ==
          std::vector<IssueKind>{IssueKind::CnpInvalid});
}

TEST_CASE("children are 0-17 on the observation date") {
    const Date observed{2025, 3, 8};
    // 18th birthday on the observation date: no longer a child.
    const Issues adult = childIssues(child("Ion Pop", {2007, 3, 8}, Sex::Male), observed);
    REQUIRE(kinds(adult) == std::vector<IssueKind>{IssueKind::NotAChild});
    CHECK(adult[0].field == Field::BirthDate);
    CHECK(adult[0].detailRo ==
          "copilul are 18 ani la data observației (08.03.2025); observatorul cuprinde copiii de 0–17 ani");
    CHECK(adult[0].detailEn ==
          "the child is 18 on the observation date (08.03.2025); the Observatory covers children aged 0–17");
    // One day younger: 17.
    CHECK(childIssues(child("Ion Pop", {2007, 3, 9}, Sex::Male), observed).empty());
    // Aged 20 takes "de" in Romanian.
    CHECK(childIssues(child("Ion Pop", {2005, 1, 1}, Sex::Male), observed)[0].detailRo.find("are 20 de ani") !=
          std::string::npos);
    // Born after the sheet was filled.
    const Issues unborn = childIssues(child("Ana Pop", {2025, 3, 9}, Sex::Female), observed);
    REQUIRE(kinds(unborn) == std::vector<IssueKind>{IssueKind::NotAChild});
    CHECK(unborn[0].detailEn == "the child was born after the observation date (08.03.2025)");
    // Without an observation the age counts on today.
    CHECK(kinds(childIssues(child("Ion Pop", {2008, 11, 25}, Sex::Male))) ==
          std::vector<IssueKind>{IssueKind::NotAChild});
    CHECK(childIssues(child("Ion Pop", {2008, 11, 26}, Sex::Male)).empty());
}

TEST_CASE("missing names and birth dates, dates in the future") {
    Child nameless = child("", {2015, 3, 8}, Sex::Female);
    CHECK(kinds(childIssues(nameless)) == std::vector<IssueKind>{IssueKind::MissingValue});
    Child undated = child("Ana", {2015, 3, 8}, Sex::Female);
    undated.birthDate.reset();
    CHECK(kinds(childIssues(undated)) == std::vector<IssueKind>{IssueKind::MissingValue});
    const Issues future = childIssues(child("Ana", {2026, 11, 26}, Sex::Female));
    REQUIRE(kinds(future) == std::vector<IssueKind>{IssueKind::FutureDate});
    CHECK(future[0].detailRo == "data nașterii (26.11.2026) este în viitor");
    CHECK(childIssues(child("Ana", kToday, Sex::Female)).empty());  // born today: fine
}

TEST_CASE("sheet ids AABBB") {
    CHECK(sheetIdIssues("05012").empty());
    CHECK(sheetIdIssues("05999").empty());
    CHECK(sheetIdIssues("52001", 52).empty());
    CHECK(sheetIdIssues("051000").empty());  // past 999 the serial grows
    CHECK(kinds(sheetIdIssues("")) == std::vector<IssueKind>{IssueKind::MissingValue});
    for (const char* bad : {"5012", "05000", "0501a", "05 012", "050999", "0500000"})
        CHECK_MESSAGE(kinds(sheetIdIssues(bad)) == std::vector<IssueKind>{IssueKind::SheetIdFormat}, bad);
    const Issues county = sheetIdIssues("12012", 5);
    REQUIRE(kinds(county) == std::vector<IssueKind>{IssueKind::SheetIdCounty});
    CHECK(county[0].detailRo == "numărul fișei „12012” începe cu 12, dar codul județului planului este 05");
    CHECK(sheetIdFor(5, 12) == "05012");
    CHECK(sheetIdFor(41, 999) == "41999");
    CHECK(sheetIdFor(5, 1000) == "051000");
}

TEST_CASE("observation sheet and risk identification dates") {
    Issues out;
    checkSheet(sheet("05001", {2026, 11, 26}), 5, kToday, out);
    CHECK(kinds(out) == std::vector<IssueKind>{IssueKind::FutureDate});

    out.clear();
    ObservationSheet unsigned_ = sheet("05001", {2026, 1, 10});
    unsigned_.filledBy.clear();
    unsigned_.filledOn.reset();
    checkSheet(unsigned_, 5, kToday, out);
    CHECK(kinds(out) == std::vector<IssueKind>{IssueKind::MissingValue, IssueKind::MissingValue});

    const ObservationSheet s = sheet("05001", {2026, 1, 10});
    RiskIdentification risk;
    risk.verdicts[0] = Verdict::Confirmed;
    out.clear();
    checkRisk(risk, &s, kToday, out);
    REQUIRE(kinds(out) == std::vector<IssueKind>{IssueKind::MissingValue});
    CHECK(out[0].field == Field::RiskSheetOn);

    risk.visitedOn = Date{2026, 1, 9};
    out.clear();
    checkRisk(risk, &s, kToday, out);
    REQUIRE(kinds(out) == std::vector<IssueKind>{IssueKind::DateOrder});
    CHECK(out[0].detailRo ==
          "vizita de identificare a riscurilor (09.01.2026) este înaintea fișei de observație (10.01.2026)");

    risk.visitedOn = Date{2026, 1, 12};
    out.clear();
    checkRisk(risk, &s, kToday, out);
    CHECK(out.empty());
}

TEST_CASE("registry and service plan dates") {
    Child c = child("Ana", {2015, 3, 8}, Sex::Female);
    c.registeredOn = Date{2026, 2, 1};
    c.servicePlan = ServicePlan{};
    c.servicePlan->completedOn = Date{2026, 2, 20};
    c.servicePlan->approvedOn = Date{2026, 2, 19};
    c.visits.push_back({{2026, 12, 1}, "Ana Pop", false, "", std::nullopt});
    Issues out;
    checkFollowUp(c, kToday, out);
    CHECK(kinds(out) == std::vector<IssueKind>{IssueKind::DateOrder, IssueKind::FutureDate});
}

namespace {

// One child named for `code`, observed (or confirmed) on `on`; the issues of its naming.
Issues namedFor(const char* code, Date birth, Date on, bool confirmed = false) {
    FamilyNucleus f;
    f.sheet = sheet("05001", on);
    f.risk = RiskIdentification{};
    f.risk->visitedOn = on;
    Child c = child("Ana", birth, Sex::Female);
    (confirmed ? c.exposedConfirmed : c.exposedObserved).set(static_cast<std::size_t>(indicatorIndex(code)));
    Issues out;
    checkExposureAges(c, f, kToday, out);
    return out;
}

}  // namespace

TEST_CASE("children named for an indicator are within its A2.3 ages, checked at each edge") {
    // 3.h1.4, under 6 months. Born 15.03.2026: on 14.09.2026 5 whole months (6 less a day), on 15.09 six.
    CHECK(namedFor("3.h1.4", {2026, 3, 15}, {2026, 9, 14}).empty());
    const Issues six = namedFor("3.h1.4", {2026, 3, 15}, {2026, 9, 15});
    REQUIRE(kinds(six) == std::vector<IssueKind>{IssueKind::OutsideAgeBounds});
    CHECK(six[0].field == Field::Exposure);
    CHECK(six[0].column == "obs:3.h1.4");
    CHECK(six[0].detailRo == "3.h1.4: copilul are 6 luni la 15.09.2026, iar indicatorul privește copiii de sub 6 luni");
    CHECK(six[0].detailEn ==
          "3.h1.4: the child is 6 months old on 15.09.2026; the indicator concerns children under 6 months");
    // 3.h1.5, 6 months to 1 year. Born 31.01.2026: 30.07 is 5 months, 31.07 six, 30.01.2027 eleven, 31.01.2027 twelve.
    CHECK(kinds(namedFor("3.h1.5", {2026, 1, 31}, {2026, 7, 30})) ==
          std::vector<IssueKind>{IssueKind::OutsideAgeBounds});
    CHECK(namedFor("3.h1.5", {2026, 1, 31}, {2026, 7, 31}).empty());
    CHECK(namedFor("3.h1.5", {2026, 1, 31}, {2027, 1, 30}).empty());
    CHECK(namedFor("3.h1.5", {2026, 1, 31}, {2027, 1, 31})[0].detailRo ==
          "3.h1.5: copilul are 12 luni la 31.01.2027, iar indicatorul privește copiii de 6–11 luni");
    // 3.d and 3.h1, under 1 year: the first birthday is out.
    CHECK(namedFor("3.d", {2025, 6, 1}, {2026, 5, 31}).empty());
    CHECK(namedFor("3.h1", {2025, 6, 1}, {2026, 6, 1})[0].detailEn ==
          "3.h1: the child is 12 months old on 01.06.2026; the indicator concerns children under 1 year");
    // 4.b, 6 <= age < 16. Born 01.06.2010: 31.05.2016 aged 5, 01.06.2016 aged 6, 31.05.2026 15, 01.06.2026 16.
    const Issues five = namedFor("4.b", {2010, 6, 1}, {2016, 5, 31});
    REQUIRE(five.size() == 1);
    CHECK(five[0].detailRo == "4.b: copilul are 5 ani la 31.05.2016, iar indicatorul privește copiii de 6–15 ani");
    CHECK(five[0].detailEn == "4.b: the child is 5 years old on 31.05.2016; the indicator concerns children aged 6–15");
    CHECK(namedFor("4.b", {2010, 6, 1}, {2016, 6, 1}).empty());
    CHECK(namedFor("4.b", {2010, 6, 1}, {2026, 5, 31}).empty());
    CHECK(namedFor("4.b", {2010, 6, 1}, {2026, 6, 1}).size() == 1);
    // 4.i.1 3-6, 4.i.2 7-9, 4.i.3 10-15 around the 7th and 10th birthdays (born 10.04.2015).
    CHECK(namedFor("4.i.1", {2015, 4, 10}, {2022, 4, 9}).empty());
    CHECK(namedFor("4.i.1", {2015, 4, 10}, {2022, 4, 10}).size() == 1);
    CHECK(namedFor("4.i.2", {2015, 4, 10}, {2022, 4, 10}).empty());
    CHECK(namedFor("4.i.2", {2015, 4, 10}, {2025, 4, 10}).size() == 1);
    CHECK(namedFor("4.i.3", {2015, 4, 10}, {2025, 4, 10}).empty());
    CHECK(namedFor("4.i", {2015, 4, 10}, {2018, 4, 9}).size() == 1);  // 2 years 11 months
    // 6.e1, 9 < age < 18. Born 10.01.2012: 09.01.2022 aged 9, 10.01.2022 aged 10.
    CHECK(namedFor("6.e1", {2012, 1, 10}, {2022, 1, 9}).size() == 1);
    CHECK(namedFor("6.e1", {2012, 1, 10}, {2022, 1, 10}).empty());
    // The confirmed naming is placed on its conf: column; an indicator without bounds, or an
    // unknown birth date, is never an issue.
    CHECK(namedFor("6.e2", {2020, 1, 1}, {2026, 1, 1}, true)[0].column == "conf:6.e2");
    CHECK(namedFor("2.b", {2026, 1, 1}, {2026, 2, 1}).empty());
}

TEST_CASE("observed namings count on the sheet's date, confirmed ones on the visit's or the sheet's") {
    const std::size_t b4 = static_cast<std::size_t>(indicatorIndex("4.b"));
    const std::size_t h14 = static_cast<std::size_t>(indicatorIndex("3.h1.4"));
    // Born 01.06.2010: 5 on the sheet (31.05.2016), 6 at the visit (02.06.2016).
    FamilyNucleus f;
    f.sheet = sheet("05001", {2016, 5, 31});
    f.risk = RiskIdentification{};
    f.risk->visitedOn = Date{2016, 6, 2};
    Child c = child("Ana", {2010, 6, 1}, Sex::Female);
    c.exposedObserved.set(b4);
    c.exposedConfirmed.set(b4);
    Issues out;
    checkExposureAges(c, f, kToday, out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].column == "obs:4.b");

    // Born 15.03.2026: 5 months on the sheet (10.09.2026), 6 at the visit (16.09.2026): the visit
    // confirms what the sheet saw, so 3.h1.4 stands; without the sheet's date it does not.
    Child baby = child("Ion", {2026, 3, 15}, Sex::Male);
    f.sheet->filledOn = Date{2026, 9, 10};
    f.risk->visitedOn = Date{2026, 9, 16};
    CHECK_FALSE(exposureAgeIssue(baby, h14, true, f, kToday));
    f.sheet->filledOn.reset();
    const auto late = exposureAgeIssue(baby, h14, true, f, kToday);
    REQUIRE(late);
    CHECK(late->detailEn ==
          "3.h1.4: the child is 6 months old on 16.09.2026; the indicator concerns children under 6 months");
    // With no date at all the age counts on today (25.11.2026: 8 months).
    f.risk->visitedOn.reset();
    CHECK(exposureAgeIssue(baby, h14, false, f, kToday)->detailRo ==
          "3.h1.4: copilul are 8 luni la 25.11.2026, iar indicatorul privește copiii de sub 6 luni");
    // An unknown birth date is never outside.
    baby.birthDate.reset();
    CHECK_FALSE(exposureAgeIssue(baby, h14, false, f, kToday));
}

namespace {

// A plan with one household per sheet id, each with one child.
Plan planWithSheets(const std::vector<std::string>& sheetIds, const std::vector<std::string>& cnps) {
    Plan p;
    p.county = 5;
    for (std::size_t k = 0; k < sheetIds.size(); ++k) {
        auto h = std::make_shared<Household>();
        h->id = newId(p, 'h');
        FamilyNucleus f;
        f.id = newId(p, 'f');
        f.sheet = sheet(sheetIds[k], {2026, 1, 10});
        Child c = child("Copil " + std::to_string(k), {2015, 3, 8}, Sex::Female, k < cnps.size() ? cnps[k] : "");
        c.id = newId(p, 'c');
        f.children.push_back(c);
        h->families.push_back(f);
        p.households.push_back(h);
    }
    return p;
}

}  // namespace

TEST_CASE("validatePlan places each issue and finds duplicates across families") {
    // h1 f2 c3, h4 f5 c6, h7 f8 c9
    const Plan p = planWithSheets({"05001", "05002", "05001"}, {"6150308050171", "", "6150308050171"});
    const Issues issues = validatePlan(p, kToday);
    REQUIRE(kinds(issues) == std::vector<IssueKind>{IssueKind::DuplicateSheetId, IssueKind::DuplicateCnp});
    CHECK(issues[0].familyId == "f8");
    CHECK(issues[0].childId.empty());
    CHECK(issues[0].message(Lang::Ro) ==
          "gospodăria h7, familia f8: numărul fișei „05001” este folosit și de familia f2");
    CHECK(issues[1].childId == "c9");
    CHECK(issues[1].message(Lang::En) ==
          "household h7, family f8, child c9: CNP 6150308050171 is also recorded for child \"Copil 0\"");
    CHECK(hasErrors(issues));
}

TEST_CASE("more sheets than the id space: one warning, ids still unique") {
    std::vector<std::string> ids;
    for (int serial = 1; serial <= 1001; ++serial) ids.push_back(sheetIdFor(5, serial));
    const Issues issues = validatePlan(planWithSheets(ids, {}), kToday);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].kind == IssueKind::SheetIdSpaceExceeded);
    CHECK(issues[0].severity == Severity::Warning);
    CHECK(issues[0].where(Lang::En).empty());
    CHECK(issues[0].detailRo.rfind("planul are 1.001 fișe de observație, mai multe decât", 0) == 0);
    CHECK_FALSE(hasErrors(issues));
}

TEST_CASE("issue places and kind names") {
    Issue i{IssueKind::CnpInvalid, Severity::Error, Field::Cnp, "ro", "en", {}, {}, {}, 5, "cnp"};
    CHECK(i.message(Lang::Ro) == "rândul 5, coloana cnp: ro");
    CHECK(i.message(Lang::En) == "line 5, column cnp: en");
    CHECK(std::string(issueKindName(IssueKind::NotAChild)) == "not-a-child");
    CHECK(std::string(issueKindName(IssueKind::SheetIdSpaceExceeded)) == "sheet-id-space-exceeded");
}
