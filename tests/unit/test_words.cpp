#include <doctest/doctest.h>

#include <iterator>
#include <limits>

#include "core/base/words.h"

using namespace prevplan;

TEST_CASE("Romanian counts take \"de\" unless the number ends in 01-19, and the singular for one") {
    CHECK(countOf(1, nouns::kChild, Lang::Ro) == "1 copil");
    CHECK(countOf(1, nouns::kHousehold, Lang::Ro) == "1 gospodărie");
    CHECK(countOf(0, nouns::kChild, Lang::Ro) == "0 copii");
    CHECK(countOf(2, nouns::kPerson, Lang::Ro) == "2 persoane");
    CHECK(countOf(19, nouns::kChild, Lang::Ro) == "19 copii");
    CHECK(countOf(20, nouns::kChild, Lang::Ro) == "20 de copii");
    CHECK(countOf(100, nouns::kHousehold, Lang::Ro) == "100 de gospodării");
    CHECK(countOf(101, nouns::kChild, Lang::Ro) == "101 copii");
    CHECK(countOf(119, nouns::kChild, Lang::Ro) == "119 copii");
    CHECK(countOf(120, nouns::kChild, Lang::Ro) == "120 de copii");
    CHECK(countOf(1001, nouns::kSheet, Lang::Ro) == "1.001 fișe");
    CHECK(countOf(1234, nouns::kChild, Lang::Ro) == "1.234 de copii");
}

TEST_CASE("English counts take the singular for one and group thousands with a comma") {
    CHECK(countOf(1, nouns::kChild, Lang::En) == "1 child");
    CHECK(countOf(20, nouns::kChild, Lang::En) == "20 children");
    CHECK(countOf(1234567, nouns::kPerson, Lang::En) == "1,234,567 people");
    CHECK(groupedNumber(-1234, Lang::Ro) == "-1.234");
    CHECK(groupedNumber(999, Lang::En) == "999");
    // The extremes a crafted file can reach are written, not undefined.
    CHECK(groupedNumber(std::numeric_limits<long long>::min(), Lang::Ro) == "-9.223.372.036.854.775.808");
    CHECK(countOf(std::numeric_limits<long long>::max(), nouns::kChild, Lang::En) == "9,223,372,036,854,775,807 children");
}

TEST_CASE("a noun after a number written elsewhere keeps its link word") {
    CHECK(nounAfter(25, nouns::kChild, Lang::Ro) == "de copii");
    CHECK(nounAfter(3, nouns::kDay, Lang::Ro) == "zile");
    CHECK(nounAfter(1, nouns::kDay, Lang::En) == "day");
}

TEST_CASE("an adjective standing for its noun takes no \"de\" after a number") {
    const Noun overdue{{"depășită", "overdue"}, {"depășite", "overdue"}};
    CHECK(countOfAdjective(134, overdue, Lang::Ro) == "134 depășite");
    CHECK(countOfAdjective(1, overdue, Lang::Ro) == "1 depășită");
    CHECK(countOfAdjective(1200, overdue, Lang::Ro) == "1.200 depășite");
    CHECK(countOfAdjective(1200, overdue, Lang::En) == "1,200 overdue");
}

TEST_CASE("lists join with a comma and the last with \"și\" / \"and\"") {
    CHECK(listOf({}, Lang::Ro).empty());
    CHECK(listOf({"Deleni"}, Lang::Ro) == "Deleni");
    CHECK(listOf({"Deleni", "Vadu"}, Lang::Ro) == "Deleni și Vadu");
    CHECK(listOf({"A", "B", "C"}, Lang::En) == "A, B and C");
}

TEST_CASE("the same counts in both languages: 0, 1, 2, 19, 20, 101, 119, 120, 1234") {
    // Romanian: "de" when the last two digits are 00 or 20-99 (20, 120, 1234 ends in 34); not for 0.
    const char* ro[] = {"0 gospodării",   "1 gospodărie",      "2 gospodării",
                        "19 gospodării",  "20 de gospodării",  "101 gospodării",
                        "119 gospodării", "120 de gospodării", "1.234 de gospodării"};
    const char* en[] = {"0 households",   "1 household",    "2 households",   "19 households",   "20 households",
                        "101 households", "119 households", "120 households", "1,234 households"};
    const long long n[] = {0, 1, 2, 19, 20, 101, 119, 120, 1234};
    for (std::size_t i = 0; i < std::size(n); ++i) {
        CAPTURE(n[i]);
        CHECK(countOf(n[i], nouns::kHousehold, Lang::Ro) == ro[i]);
        CHECK(countOf(n[i], nouns::kHousehold, Lang::En) == en[i]);
    }
}

TEST_CASE("decimals take a comma and a dot between thousands in Romanian, the other way round in English") {
    CHECK(decimalNumber(40, 1, Lang::Ro) == "40,0");
    CHECK(decimalNumber(40, 1, Lang::En) == "40.0");
    CHECK(decimalNumber(4.214, 2, Lang::Ro) == "4,21");
    CHECK(decimalNumber(1234.56, 1, Lang::Ro) == "1.234,6");  // .56 rounds up to .6
    CHECK(decimalNumber(1234.56, 1, Lang::En) == "1,234.6");
    CHECK(decimalNumber(1234567.0, 0, Lang::Ro) == "1.234.567");  // no decimals: no comma
    CHECK(decimalNumber(-2.5, 1, Lang::Ro) == "-2,5");
    CHECK(decimalNumber(-0.04, 1, Lang::Ro) == "0,0");  // rounds to zero: no "-0,0"
    CHECK(decimalNumber(std::numeric_limits<double>::quiet_NaN(), 1, Lang::En) == "–");
}

TEST_CASE("a share reads \"40,0 %\" in Romanian and \"40.0%\" in English") {
    // 2 of 5 households = 40 %; 1 of 3 = 33.33… → 33,3.
    CHECK(percentText(100.0 * 2 / 5, Lang::Ro) == "40,0 %");
    CHECK(percentText(100.0 * 2 / 5, Lang::En) == "40.0%");
    CHECK(percentText(100.0 / 3, Lang::Ro) == "33,3 %");
    CHECK(percentText(100, Lang::En) == "100.0%");
}
