#include <doctest/doctest.h>

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

TEST_CASE("lists join with a comma and the last with \"și\" / \"and\"") {
    CHECK(listOf({}, Lang::Ro).empty());
    CHECK(listOf({"Deleni"}, Lang::Ro) == "Deleni");
    CHECK(listOf({"Deleni", "Vadu"}, Lang::Ro) == "Deleni și Vadu");
    CHECK(listOf({"A", "B", "C"}, Lang::En) == "A, B and C");
}
