// The methodology catalogs: counts and codes as printed in the seed, labels in both languages.
#include <doctest/doctest.h>

#include <cstring>
#include <set>
#include <string>

#include "core/catalog/counties.h"
#include "core/catalog/indicators.h"

using namespace prevplan;

namespace {

bool filled(const Text& t) { return t.ro && t.en && *t.ro && *t.en; }

}  // namespace

TEST_CASE("Table 1 has 65 indicators, 47 of them lettered risk situations") {
    CHECK(indicatorCount() == 65);
    CHECK(indicatorCount() <= kMaxIndicators);
    int lettered = 0;
    int perDimension[kDimensionCount + 1] = {};
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        if (!indicator(i).isRiskSituation()) continue;
        ++lettered;
        ++perDimension[indicator(i).dimension];
    }
    CHECK(lettered == 47);
    CHECK(perDimension[1] == 3);
    CHECK(perDimension[2] == 12);
    CHECK(perDimension[3] == 9);
    CHECK(perDimension[4] == 10);
    CHECK(perDimension[5] == 7);
    CHECK(perDimension[6] == 6);
}

TEST_CASE("indicator codes are unique, resolve to themselves and are grouped by dimension") {
    std::set<std::string> codes;
    int lastDimension = 1;
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const Indicator& ind = indicator(i);
        CHECK(codes.insert(ind.code).second);
        CHECK(indicatorIndex(ind.code) == static_cast<int>(i));
        CHECK(ind.code[0] == '0' + ind.dimension);
        CHECK(ind.dimension >= lastDimension);
        lastDimension = ind.dimension;
        CHECK(filled(ind.label));
        CHECK(filled(ind.definition));
    }
    CHECK(indicatorIndex("1.c") == -1);  // replaced by 1.c1
    CHECK(indicatorIndex("") == -1);
}

TEST_CASE("sub-items refine the lettered indicator whose code prefixes theirs") {
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const Indicator& ind = indicator(i);
        if (ind.isRiskSituation()) continue;
        const Indicator& parent = indicator(static_cast<std::size_t>(ind.parent));
        CAPTURE(ind.code);
        CHECK(parent.isRiskSituation());
        CHECK(std::string(ind.code).rfind(parent.code, 0) == 0);
        CHECK(parent.dimension == ind.dimension);
    }
    auto parentCode = [](const char* code) {
        return std::string(indicator(static_cast<std::size_t>(indicator(indicatorIndex(code)).parent)).code);
    };
    CHECK(parentCode("1.a.2") == "1.a");
    CHECK(parentCode("2.i.2") == "2.i");
    CHECK(parentCode("3.h1.4") == "3.h1");
    CHECK(parentCode("4.i.3") == "4.i");
    CHECK(parentCode("6.b1") == "6.b");
    CHECK(parentCode("6.b2") == "6.b");
    CHECK(parentCode("6.b3") == "6.b");
    CHECK(indicator(indicatorIndex("3.h1")).parent == -1);
    CHECK(indicator(indicatorIndex("4.c2")).parent == -1);
}

TEST_CASE("child-level indicators are those with a 'children directly exposed' share, plus 2.e") {
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const Indicator& ind = indicator(i);
        CAPTURE(ind.code);
        if (std::strcmp(ind.code, "2.e") == 0) continue;
        CHECK(ind.childLevel == (ind.refDirectPct >= 0));
    }
    CHECK(indicator(indicatorIndex("2.e")).childLevel);
    CHECK(indicator(indicatorIndex("6.b2")).childLevel);
    CHECK(indicator(indicatorIndex("4.i.1")).childLevel);
    CHECK_FALSE(indicator(indicatorIndex("2.h")).childLevel);
    CHECK_FALSE(indicator(indicatorIndex("2.h.1")).childLevel);
    CHECK_FALSE(indicator(indicatorIndex("6.b1")).childLevel);
}

TEST_CASE("abuse, neglect, exploitation and violence indicators notify the DGASPC") {
    std::set<std::string> notify;
    for (std::size_t i = 0; i < indicatorCount(); ++i)
        if (indicator(i).notifyDgaspc) notify.insert(indicator(i).code);
    CHECK(notify == std::set<std::string>{"6.a", "6.b", "6.b1", "6.b2", "6.b3"});
}

TEST_CASE("Table 1 reference shares") {
    const Indicator& a = indicator(indicatorIndex("1.a"));
    CHECK(a.refHouseholdsPct == 21);
    CHECK(a.refChildrenPct == 27);
    CHECK(a.refDirectPct == -1);
    CHECK(indicator(indicatorIndex("2.e")).refHouseholdsPct == -1);
    CHECK(indicator(indicatorIndex("3.c")).refHouseholdsPct == 0.5f);
    CHECK(indicator(indicatorIndex("4.g")).refDirectPct == 23);
    CHECK(indicator(indicatorIndex("2.c")).refChildrenPct == 3);  // printed below the households share
}

TEST_CASE("six dimensions with names and totals") {
    const float households[] = {31, 46, 28, 34, 50, 48};
    const float children[] = {38, 49, 33, 50, 68, 57};
    for (int d = 1; d <= kDimensionCount; ++d) {
        CHECK(dimension(d).number == d);
        CHECK(filled(dimension(d).name));
        CHECK(dimension(d).refHouseholdsPct == households[d - 1]);
        CHECK(dimension(d).refChildrenPct == children[d - 1]);
    }
    CHECK(std::string(dimension(1).name.ro) == "Situația economică");
}

TEST_CASE("Annex 1 has 47 county codes sorted by code") {
    CHECK(countyCount() == 47);
    for (std::size_t i = 1; i < countyCount(); ++i) CHECK(countiesBegin()[i - 1].code < countiesBegin()[i].code);
    for (int missing : {0, 40, 47, 48, 49, 50, 53}) CHECK(findCounty(missing) == nullptr);
    REQUIRE(findCounty(51));
    CHECK(std::string(findCounty(51)->name) == "Călărași");
    CHECK(std::string(findCounty(52)->name) == "Giurgiu");
    CHECK(std::string(findCounty(38)->name) == "Vâlcea");
    CHECK(std::string(findCounty(8)->name) == "Brașov");
    CHECK(std::string(findCounty(9)->name) == "Brăila");
    CHECK(std::string(findCounty(41)->name) == "București – Sectorul 1");
    for (std::size_t i = 0; i < countyCount(); ++i) CHECK(*countiesBegin()[i].name);
}
