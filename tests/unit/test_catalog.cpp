// The methodology catalogs: counts and codes as printed in the seed, labels in both languages.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/catalog/a25.h"
#include "core/catalog/counties.h"
#include "core/catalog/funding.h"
#include "core/catalog/indicators.h"
#include "core/catalog/objectives.h"
#include "core/catalog/service_cards.h"
#include "core/catalog/service_plan_items.h"
#include "core/catalog/service_types.h"
#include "core/catalog/table1_reference.h"
#include "core/catalog/table3.h"

using namespace prevplan;

namespace {

// Romanian uses comma-below ș ț; the cedilla forms ş ţ (U+015F, U+0163 and capitals) are wrong.
bool commaBelow(const char* ro) {
    const std::string s(ro);
    for (const char* cedilla : {"\u015f", "\u0163", "\u015e", "\u0162"})
        if (s.find(cedilla) != std::string::npos) return false;
    return true;
}

bool filled(const Text& t) { return t.ro && t.en && *t.ro && *t.en && commaBelow(t.ro); }

template <class T>
bool uniqueCodes(Span<T> items) {
    std::set<std::string> codes;
    for (const T& item : items)
        if (!codes.insert(std::string(item.code)).second) return false;
    return true;
}

bool isTable2Code(const char* code) { return findByCode(serviceTypes(), code) != nullptr; }
bool isActivityCode(int code) { return findByCode(serviceActivities(), code) != nullptr; }

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
        const Indicator& parent = indicator(static_cast<std::size_t>(ind.parent()));
        CAPTURE(ind.code);
        CHECK(parent.isRiskSituation());
        CHECK(std::string(ind.code).rfind(parent.code, 0) == 0);
        CHECK(parent.dimension == ind.dimension);
    }
    auto parentCode = [](const char* code) {
        return std::string(indicator(static_cast<std::size_t>(indicator(indicatorIndex(code)).parent())).code);
    };
    CHECK(parentCode("1.a.2") == "1.a");
    CHECK(parentCode("2.i.2") == "2.i");
    CHECK(parentCode("3.h1.4") == "3.h1");
    CHECK(parentCode("4.i.3") == "4.i");
    CHECK(parentCode("6.b1") == "6.b");
    CHECK(parentCode("6.b2") == "6.b");
    CHECK(parentCode("6.b3") == "6.b");
    CHECK(indicator(indicatorIndex("3.h1")).parent() == -1);
    CHECK(indicator(indicatorIndex("4.c2")).parent() == -1);
}

TEST_CASE("parent links are written as codes and resolve to the same index") {
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const Indicator& ind = indicator(i);
        CAPTURE(ind.code);
        if (!ind.parentCode) {
            CHECK(ind.parent() == -1);
            continue;
        }
        CHECK(ind.parent() == indicatorIndex(ind.parentCode));
        CHECK(ind.parent() < static_cast<int>(i));
    }
}

TEST_CASE("indicator roles: 1.a marks poverty, 2.h and 4.h disability") {
    std::set<std::string> poverty, disability;
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        if (indicator(i).role == IndicatorRole::Poverty) poverty.insert(indicator(i).code);
        if (indicator(i).role == IndicatorRole::Disability) disability.insert(indicator(i).code);
    }
    CHECK(poverty == std::set<std::string>{"1.a"});
    CHECK(disability == std::set<std::string>{"2.h", "4.h"});
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

TEST_CASE("2.f is a child living away from home in protection; 3.h1.5 counts any one of three foods missing") {
    const Indicator& f = indicator(static_cast<std::size_t>(indicatorIndex("2.f")));
    // A2.3 code 23: "not residing in the household", so it never reads as 2.k1 (at home, at risk).
    CHECK(std::string(f.definition.ro).find("nu locuiește acasă") != std::string::npos);
    CHECK(std::string(f.definition.en).find("does not live at home") != std::string::npos);
    const Indicator& food = indicator(static_cast<std::size_t>(indicatorIndex("3.h1.5")));
    // A2.3: LEGUM1==0 || MEAT1==0 || OU1==0.
    CHECK(std::string(food.definition.ro).find("cel puțin unul dintre alimentele: legume, carne, ouă") !=
          std::string::npos);
    CHECK(std::string(food.definition.en).find("at least one of: vegetables, meat, eggs") != std::string::npos);
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

TEST_CASE("Table 1 reference population and the 'at least one risk' row") {
    CHECK(kTable1Reference.households == 5840);
    CHECK(kTable1Reference.children == 11762);
    CHECK(kTable1Reference.anyRiskHouseholdsPct == 85);
    CHECK(kTable1Reference.anyRiskChildrenPct == 89);
}

TEST_CASE("service plan items of section 4.2: 8 benefits, 6 prevention services, 4 other columns") {
    int counts[3] = {};
    for (const PlanItem& item : planItems()) {
        CAPTURE(item.code);
        ++counts[static_cast<int>(item.group)];
        CHECK(filled(item.label));
        for (const char* c = item.code; *c; ++c) CHECK(((*c >= 'a' && *c <= 'z') || *c == '-'));
    }
    CHECK(counts[0] == 8);
    CHECK(counts[1] == 6);
    CHECK(counts[2] == 4);
    CHECK(uniqueCodes(planItems()));
    REQUIRE(findByCode(planItems(), "alocatie-stat"));
    CHECK(findByCode(planItems(), "alocatie-stat")->group == PlanItemGroup::Benefit);
    CHECK(findByCode(planItems(), "venit-minim-garantat"));
    CHECK(findByCode(planItems(), "nope") == nullptr);
    for (auto g : {PlanItemGroup::Benefit, PlanItemGroup::PreventionService, PlanItemGroup::OtherService})
        CHECK(filled(planItemGroupName(g)));
}

TEST_CASE("Table 2 service types per category") {
    const int expected[kServiceCategoryCount] = {18, 14, 8, 12, 4, 4, 20, 4};
    int counts[kServiceCategoryCount] = {};
    for (const ServiceType& t : serviceTypes()) {
        CAPTURE(t.code);
        const int c = static_cast<int>(t.category);
        ++counts[c];
        CHECK(t.code[0] == 'A' + c);
        CHECK(std::stoi(t.code + 1) == counts[c]);  // numbered in printed order
        CHECK(filled(t.label));
    }
    for (int c = 0; c < kServiceCategoryCount; ++c) {
        CHECK(counts[c] == expected[c]);
        CHECK(filled(serviceCategoryName(static_cast<ServiceCategory>(c))));
    }
    CHECK(serviceTypes().size == 84);
    CHECK(uniqueCodes(serviceTypes()));
    REQUIRE(isTable2Code("G8"));
    CHECK(std::string(findByCode(serviceTypes(), "G8")->label.en) == "School mediator");
    CHECK(findByCode(serviceTypes(), "B6")->category == ServiceCategory::InterventionSocial);
}

TEST_CASE("A2.5: suppliers, 34 activities, accessibility a-f") {
    CHECK(supplierTypes().size == 6);
    for (std::size_t i = 0; i < supplierTypes().size; ++i) {
        CHECK(supplierTypes()[i].code == static_cast<int>(i) + 1);
        CHECK(filled(supplierTypes()[i].label));
    }
    CHECK(serviceActivities().size == 34);
    std::set<int> codes;
    for (const ServiceActivity& a : serviceActivities()) {
        CHECK(codes.insert(a.code).second);
        CHECK(filled(a.label));
    }
    CHECK(serviceActivities()[0].code == 14);
    CHECK(serviceActivities()[33].code == 30);
    CHECK(serviceActivities()[33].specify);
    for (int code : {14, 29, 41, 42, 51, 55, 61, 62, 71, 72, 81, 86, 30}) CHECK(isActivityCode(code));
    for (int code : {13, 31, 40, 43, 56, 87}) CHECK_FALSE(isActivityCode(code));
    REQUIRE(accessibilityItems().size == 6);
    for (std::size_t i = 0; i < accessibilityItems().size; ++i) {
        CHECK(accessibilityItems()[i].letter == static_cast<char>('a' + i));
        CHECK(filled(accessibilityItems()[i].question));
    }
}

TEST_CASE("Table 3: 27 groups whose codes resolve, each with mapped recommendations") {
    CHECK(riskGroups().size == 27);
    std::set<std::string> covered;
    int perGroup[27] = {};
    for (const RiskGroup& g : riskGroups()) {
        CHECK(filled(g.label));
        REQUIRE(g.indicators[0]);
        for (const char* code : g.indicators) {
            if (!code) break;
            CAPTURE(code);
            const int i = indicatorIndex(code);
            REQUIRE(i >= 0);
            CHECK(indicator(static_cast<std::size_t>(i)).dimension == g.dimension);
            covered.insert(code);
            if (!indicator(static_cast<std::size_t>(i)).isRiskSituation())
                covered.insert(indicator(static_cast<std::size_t>(indicator(i).parent())).code);
        }
    }
    for (const Recommendation& r : recommendations()) {
        REQUIRE(r.group >= 0);
        REQUIRE(r.group < 27);
        ++perGroup[r.group];
        CAPTURE(r.text.en);
        CHECK(filled(r.text));
        CHECK(r.serviceTypes[0]);  // every recommendation maps to a Table 2 type
        for (const char* code : r.serviceTypes)
            if (code) CHECK(isTable2Code(code));
        for (int code : r.activities)
            if (code) CHECK(isActivityCode(code));
    }
    for (int n : perGroup) CHECK(n > 0);
    // Every lettered risk situation has a row, except the two the source leaves out.
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const Indicator& ind = indicator(i);
        if (!ind.isRiskSituation()) continue;
        CAPTURE(ind.code);
        const bool uncovered = std::strcmp(ind.code, "2.e") == 0 || std::strcmp(ind.code, "2.k1") == 0;
        CHECK(covered.count(ind.code) == (uncovered ? 0u : 1u));
    }
    // Recommendations are listed group by group.
    for (std::size_t i = 1; i < recommendations().size; ++i)
        CHECK(recommendations()[i - 1].group <= recommendations()[i].group);
    CHECK(coreServices().size == 3);
    CHECK(uniqueCodes(coreServices()));
    for (const CoreService& c : coreServices()) {
        CHECK(filled(c.title));
        CHECK(filled(c.description));
        for (const char* code : c.serviceTypes)
            if (code) CHECK(isTable2Code(code));
        for (int code : c.activities)
            if (code) CHECK(isActivityCode(code));
    }
}

namespace {

// A Table 3 row as the seed names it: "4.a & 4.b & 4.c1 & 4.i.3".
std::string rowName(int group) {
    std::string out;
    for (const char* code : riskGroups()[static_cast<std::size_t>(group)].indicators)
        if (code) out += (out.empty() ? "" : " & ") + std::string(code);
    return out;
}

std::vector<std::string> rowsOf(const char* code) {
    std::vector<std::string> out;
    for (int g : groupsOf(code)) out.push_back(rowName(g));
    return out;
}

}  // namespace

TEST_CASE("Table 3: every lettered indicator falls in the rows the seed gives it") {
    using Rows = std::vector<std::string>;
    const Rows poverty{"1.a & 1.b & 1.c1"}, parents{"2.c & 2.d"}, protection{"2.f & 2.k2"},
        doctor{"3.b & 3.c & 3.d & 3.e"}, outOfSchool{"4.a & 4.b & 4.c1 & 4.i.3"},
        struggling{"4.c2 & 4.d & 4.e & 4.f & 4.g"}, neverEnrolledYoung{"4.i.1 & 4.i.2"}, dwelling{"5.a & 5.b1"},
        facilities{"5.e & 5.f"}, violence{"6.a & 6.b & 6.e2"}, substances{"6.c & 6.d & 6.e2"};
    // Table 3 of the methodology (section 1.1.3); 2.e and 2.k1 have no row there.
    const std::pair<const char*, Rows> expected[] = {
        {"1.a", poverty},
        {"1.b", poverty},
        {"1.c1", poverty},
        {"2.a", {"2.a"}},
        {"2.b", {"2.b"}},
        {"2.c", parents},
        {"2.d", parents},
        {"2.e", {}},
        {"2.f", protection},
        {"2.g", {"2.g"}},
        {"2.h", {"2.h"}},
        {"2.i", {"2.i"}},
        {"2.j", {"2.j"}},
        {"2.k1", {}},
        {"2.k2", protection},
        {"3.a", {"3.a"}},
        {"3.b", doctor},
        {"3.c", doctor},
        {"3.d", doctor},
        {"3.e", doctor},
        {"3.f", {"3.f"}},
        {"3.g", {"3.g"}},
        {"3.h1", {"3.h1"}},
        {"3.h2", {"3.h2"}},
        {"4.a", outOfSchool},
        {"4.b", outOfSchool},
        {"4.c1", outOfSchool},
        {"4.c2", struggling},
        {"4.d", struggling},
        {"4.e", struggling},
        {"4.f", struggling},
        {"4.g", struggling},
        {"4.h", {"4.h"}},
        // 4.i recorded without its age band: "i3" pairs it with the out-of-school row, "i1 & i2" has its own.
        {"4.i", {outOfSchool[0], neverEnrolledYoung[0]}},
        {"5.a", dwelling},
        {"5.b1", dwelling},
        {"5.c", {"5.c"}},
        {"5.d", {"5.d"}},
        {"5.e", facilities},
        {"5.f", facilities},
        {"5.g", {"5.g"}},
        {"6.a", violence},
        {"6.b", violence},
        {"6.c", substances},
        {"6.d", substances},
        {"6.e1", {"6.e1"}},
        {"6.e2", {violence[0], substances[0]}},
    };
    std::size_t lettered = 0;
    for (std::size_t i = 0; i < indicatorCount(); ++i) {
        const Indicator& ind = indicator(i);
        if (!ind.isRiskSituation()) continue;
        ++lettered;
        CAPTURE(ind.code);
        const auto* row = std::find_if(std::begin(expected), std::end(expected),
                                       [&](const auto& e) { return std::strcmp(e.first, ind.code) == 0; });
        REQUIRE(row != std::end(expected));
        CHECK(rowsOf(ind.code) == row->second);
    }
    CHECK(lettered == std::size(expected));
    // Sub-items fall where their lettered parent's row names them, or where the parent falls.
    CHECK(rowsOf("4.i.1") == neverEnrolledYoung);
    CHECK(rowsOf("4.i.2") == neverEnrolledYoung);
    CHECK(rowsOf("4.i.3") == outOfSchool);
    CHECK(rowsOf("6.b2") == violence);
    CHECK(rowsOf("1.a.2") == poverty);
    CHECK(rowsOf("9.z").empty());
}

TEST_CASE("service cards: 13 social, 3 education, 1 medical, every point filled") {
    int counts[3] = {};
    for (const ServiceCard& card : serviceCards()) {
        CAPTURE(card.code);
        ++counts[static_cast<int>(card.kind)];
        for (const Text* t : {&card.title, &card.problem, &card.targets, &card.providers, &card.description,
                              &card.steps, &card.funding, &card.risks})
            CHECK(filled(*t));
        CHECK(card.serviceTypes[0]);
        for (const char* code : card.serviceTypes)
            if (code) CHECK(isTable2Code(code));
    }
    CHECK(counts[0] == 13);
    CHECK(counts[1] == 3);
    CHECK(counts[2] == 1);
    CHECK(uniqueCodes(serviceCards()));
}

TEST_CASE("Table 4: 27 specific objectives in 7 dimensions, and the general objective") {
    CHECK(objectiveDimensions().size == kObjectiveDimensionCount);
    for (const ObjectiveDimension& d : objectiveDimensions()) CHECK(filled(d.name));
    const int expected[kObjectiveDimensionCount] = {3, 6, 8, 2, 1, 5, 2};
    int counts[kObjectiveDimensionCount] = {};
    REQUIRE(specificObjectives().size == 27);
    for (std::size_t i = 0; i < specificObjectives().size; ++i) {
        const SpecificObjective& o = specificObjectives()[i];
        CHECK(o.number == static_cast<int>(i) + 1);
        REQUIRE(o.dimension >= 1);
        REQUIRE(o.dimension <= kObjectiveDimensionCount);
        ++counts[o.dimension - 1];
        CHECK(filled(o.text));
        for (const char* code : o.baselineIndicators)
            if (code) CHECK(indicatorIndex(code) >= 0);
    }
    for (int d = 0; d < kObjectiveDimensionCount; ++d) CHECK(counts[d] == expected[d]);
    CHECK(filled(generalObjective()));
}

TEST_CASE("funding sources: A2.6 as numbered, plus national, local and other sources") {
    CHECK(uniqueCodes(fundingSources()));
    std::set<int> annex;
    int kinds[4] = {};
    for (const FundingSource& f : fundingSources()) {
        CAPTURE(f.code);
        CHECK(filled(f.programme));
        CHECK(filled(f.description));
        if (*f.axis.ro || *f.axis.en) CHECK(filled(f.axis));
        if (f.annexNumber) {
            CHECK(annex.insert(f.annexNumber).second);
            CHECK(f.kind == FundingKind::European);
        }
        ++kinds[static_cast<int>(f.kind)];
    }
    CHECK(annex == std::set<int>{1, 2, 4, 5, 6, 7, 8, 9});
    for (int k = 0; k < 4; ++k) {
        CHECK(kinds[k] > 0);
        CHECK(filled(fundingKindName(static_cast<FundingKind>(k))));
    }
    for (const char* code : {"pocu-ax4", "pndl", "buget-local", "consiliu-judetean-dgaspc", "fonduri-ong",
                             "donatii-sponsorizari", "granturi"})
        CHECK(findByCode(fundingSources(), code));
}
