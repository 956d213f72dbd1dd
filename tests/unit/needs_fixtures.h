#pragma once
// Small builders shared by the needs-analysis tests: plans written out by hand, so that every
// expected figure can be worked out on paper.
#include <doctest/doctest.h>

#include <initializer_list>
#include <memory>

#include "core/model/model.h"

namespace prevplan::fixtures {

inline std::size_t at(const char* code) {
    const int i = indicatorIndex(code);
    REQUIRE_MESSAGE(i >= 0, code);
    return static_cast<std::size_t>(i);
}

inline Date d(const char* iso) { return *Date::parse(iso); }

inline Child child(const char* id, const char* name, const char* cnp = "", const char* born = "2015-03-08") {
    Child c;
    c.id = id;
    c.name = name;
    c.cnp = cnp;
    c.birthDate = d(born);
    return c;
}

inline ObservationSheet sheet(const char* id, const char* filledOn, std::initializer_list<const char*> yes,
                              std::initializer_list<const char*> no = {}) {
    ObservationSheet s;
    s.sheetId = id;
    s.filledOn = d(filledOn);
    for (const char* c : yes) s.answers[at(c)] = Answer::Yes;
    for (const char* c : no) s.answers[at(c)] = Answer::No;
    return s;
}

inline RiskIdentification visit(const char* on, std::initializer_list<const char*> confirmed,
                                std::initializer_list<const char*> rejected = {}) {
    RiskIdentification r;
    r.visitedOn = d(on);
    for (const char* c : confirmed) r.verdicts[at(c)] = Verdict::Confirmed;
    for (const char* c : rejected) r.verdicts[at(c)] = Verdict::Rejected;
    return r;
}

inline FamilyNucleus family(const char* id, const char* head, std::initializer_list<Child> children) {
    FamilyNucleus f;
    f.id = id;
    f.head = head;
    f.children = children;
    return f;
}

inline HouseholdPtr household(const char* id, const char* village, std::initializer_list<FamilyNucleus> families) {
    auto h = std::make_shared<Household>();
    h->id = id;
    h->village = village;
    h->families = families;
    return h;
}

inline Plan plan(std::initializer_list<HouseholdPtr> households) {
    Plan p;
    p.id = "p1";
    p.county = 5;
    p.commune = "Ștefănești";
    p.villages = {{"Deal", std::nullopt}, {"Vale", std::nullopt}};
    p.nextSerial = 100;
    p.households = households;
    return p;
}

}  // namespace prevplan::fixtures
