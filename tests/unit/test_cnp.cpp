#include <doctest/doctest.h>

#include "core/observatory/cnp.h"

using namespace prevplan;

namespace {
const Date kToday{2026, 11, 25};
}

// Control key 2 7 9 1 4 6 3 5 8 2 7 9; sum mod 11, a remainder of 10 gives 1.
TEST_CASE("CNP control digit, worked by hand") {
    // 1 8 0 0 1 0 1 2 2 1 1 4: 2+56+0+0+4+0+3+10+16+2+7+36 = 136; 136 mod 11 = 4
    CHECK(cnpControlDigit("180010122114") == '4');
    // 6 1 5 0 3 0 8 0 5 0 1 7: 12+7+45+0+12+0+24+0+40+0+7+63 = 210; 210 mod 11 = 1
    CHECK(cnpControlDigit("615030805017") == '1');
    // serial 018: 147 + 8*9 = 219; 219 mod 11 = 10 → 1
    CHECK(cnpControlDigit("615030805018") == '1');
}

TEST_CASE("a valid CNP tells sex, birth date and county") {
    const CnpReading boy = readCnp("1800101221144", kToday);
    REQUIRE(boy.problem == CnpProblem::None);
    CHECK(boy.facts->sex == Sex::Male);
    CHECK(boy.facts->birthDate.iso() == "1980-01-01");
    CHECK(boy.facts->county == 22);
    CHECK(boy.facts->centuryKnown);

    const CnpReading girl = readCnp("6150308050171", kToday);
    REQUIRE(girl.problem == CnpProblem::None);
    CHECK(girl.facts->sex == Sex::Female);
    CHECK(girl.facts->birthDate.iso() == "2015-03-08");
    CHECK(girl.facts->county == 5);

    CHECK(readCnp("6150308050181", kToday).problem == CnpProblem::None);  // remainder 10
}

TEST_CASE("CNP century digits: 1800s, residents and foreigners") {
    // 3 8 5 0 5 0 5 0 5 0 0 1: 6+56+45+0+20+0+15+0+40+0+0+9 = 191; 191 mod 11 = 4
    const CnpReading old = readCnp("3850505050014", kToday);
    REQUIRE(old.problem == CnpProblem::None);
    CHECK(old.facts->birthDate.iso() == "1885-05-05");

    // Resident 7: 210 + 2 (7*2 instead of 6*2) = 212; mod 11 = 3. Century guessed 2000.
    const CnpReading resident = readCnp("7150308050173", kToday);
    REQUIRE(resident.problem == CnpProblem::None);
    CHECK(resident.facts->sex == Sex::Male);
    CHECK_FALSE(resident.facts->centuryKnown);
    CHECK(resident.facts->birthDate.iso() == "2015-03-08");

    // 8 3 0 0 3 0 8 0 5 0 1 7: 16+21+0+0+12+0+24+0+40+0+7+63 = 183; mod 11 = 7. 2030 > today → 1930.
    const CnpReading older = readCnp("8300308050177", kToday);
    REQUIRE(older.problem == CnpProblem::None);
    CHECK(older.facts->birthDate.iso() == "1930-03-08");
    CHECK(older.facts->sex == Sex::Female);

    // Foreigner 9: 210 + 6 = 216; mod 11 = 7. No sex.
    const CnpReading foreigner = readCnp("9150308050177", kToday);
    REQUIRE(foreigner.problem == CnpProblem::None);
    CHECK(foreigner.facts->sex == Sex::Unknown);
}

TEST_CASE("CNP problems, first one found") {
    CHECK(readCnp("615030805017", kToday).problem == CnpProblem::Length);
    CHECK(readCnp("61503080501A1", kToday).problem == CnpProblem::NotDigits);
    CHECK(readCnp("0150308050171", kToday).problem == CnpProblem::SexDigit);
    CHECK(readCnp("6150230050171", kToday).problem == CnpProblem::BirthDate);  // 30 February
    CHECK(readCnp("6150308490171", kToday).problem == CnpProblem::County);     // JJ 49
    CHECK(readCnp("6150308000171", kToday).problem == CnpProblem::County);     // JJ 00
    const CnpReading wrong = readCnp("6150308050172", kToday);
    CHECK(wrong.problem == CnpProblem::ControlDigit);
    CHECK(wrong.expectedControl == '1');
    CHECK(readCnp("6150308510171", kToday).problem != CnpProblem::County);  // 51 Călărași
    CHECK(readCnp("6150308520171", kToday).problem != CnpProblem::County);  // 52 Giurgiu
}

TEST_CASE("CNP county codes: 70 since May 2024, the consular 80-83, the old Bucharest sectors only before 1980") {
    const Date infant{2024, 6, 1}, boy{2015, 3, 8}, grandmother{1975, 5, 2};
    const auto county = [](const Date& birth, int jj) {
        return readCnp(makeCnp(Sex::Male, birth, jj, 17), kToday).problem;
    };
    CHECK(county(infant, 70) == CnpProblem::None);  // every CNP issued since May 2024
    for (int jj : {80, 81, 82, 83}) CHECK(county(boy, jj) == CnpProblem::None);
    for (int jj : {1, 40, 46, 51, 52}) CHECK(county(boy, jj) == CnpProblem::None);
    CHECK(county(grandmother, 47) == CnpProblem::None);
    CHECK(county(grandmother, 48) == CnpProblem::None);
    CHECK(county(boy, 47) == CnpProblem::County);  // sectors 7 and 8 were gone by 1980
    CHECK(county(boy, 48) == CnpProblem::County);
    for (int jj : {0, 49, 50, 53, 69, 71, 79, 84, 99}) CHECK(county(boy, jj) == CnpProblem::County);
}

TEST_CASE("CNP agreement with a recorded birth date") {
    const CnpFacts girl = *readCnp("6150308050171", kToday).facts;
    CHECK(cnpAgreesWithBirthDate(girl, {2015, 3, 8}));
    CHECK_FALSE(cnpAgreesWithBirthDate(girl, {2015, 3, 9}));
    CHECK_FALSE(cnpAgreesWithBirthDate(girl, {1915, 3, 8}));
    // A resident's century is not encoded: the recorded date decides it.
    const CnpFacts resident = *readCnp("8300308050177", kToday).facts;
    CHECK(cnpAgreesWithBirthDate(resident, {2030 - 100, 3, 8}));
    CHECK(cnpAgreesWithBirthDate(resident, {2030, 3, 8}));
}

TEST_CASE("makeCnp writes what readCnp reads") {
    CHECK(makeCnp(Sex::Female, {2015, 3, 8}, 5, 17) == "6150308050171");
    CHECK(makeCnp(Sex::Male, {1980, 1, 1}, 22, 114) == "1800101221144");
    CHECK(makeCnp(Sex::Male, {1885, 5, 5}, 5, 1) == "3850505050014");
    const std::string cnp = makeCnp(Sex::Male, {2024, 2, 29}, 52, 999);
    const CnpReading r = readCnp(cnp, kToday);
    REQUIRE(r.problem == CnpProblem::None);
    CHECK(r.facts->birthDate.iso() == "2024-02-29");
    CHECK(r.facts->county == 52);
}

TEST_CASE("a typed CNP fills the birth date and sex not recorded yet") {
    Child typed;
    setCnp(typed, "6150308050171", kToday);  // 6: girl born in the 2000s, 15 03 08
    CHECK(typed.cnp == "6150308050171");
    CHECK(typed.birthDate == Date{2015, 3, 8});
    CHECK(typed.sex == Sex::Female);

    // Recorded values stay: the mismatch is left to validation's warning.
    Child recorded;
    recorded.birthDate = Date{2015, 3, 9};
    recorded.sex = Sex::Male;
    setCnp(recorded, "6150308050171", kToday);
    CHECK(recorded.birthDate == Date{2015, 3, 9});
    CHECK(recorded.sex == Sex::Male);

    // Half typed or wrong: nothing is filled.
    Child partial;
    setCnp(partial, "615030805017", kToday);
    setCnp(partial, "6150308050172", kToday);  // control digit should be 1
    CHECK_FALSE(partial.birthDate);
    CHECK(partial.sex == Sex::Unknown);

    // A foreigner's 9 gives the date (century guessed: 2015, not after today) and no sex.
    Child foreigner;
    const std::string first12 = "915030805017";
    setCnp(foreigner, first12 + cnpControlDigit(first12), kToday);
    CHECK(foreigner.birthDate == Date{2015, 3, 8});
    CHECK(foreigner.sex == Sex::Unknown);
}
