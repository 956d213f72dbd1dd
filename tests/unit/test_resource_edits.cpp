// Resources edits: new records with their defaults, deletions and the decisions on candidate
// services; expectations worked out by hand.
#include "core/catalog/service_types.h"
#include "core/resources/resource_edits.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

TEST_CASE("a new service starts as the first Table 2 type, checked today, and can be deleted") {
    Plan p = plan({});
    const Id first = addService(p, d("2026-03-02"));
    const Id second = addService(p, d("2026-03-03"));
    CHECK(first == "s100");
    CHECK(second == "s101");
    REQUIRE(p.resources.services.size() == 2);
    const Service& s = p.resources.services[0];
    CHECK(s.type == serviceTypes()[0].code);
    CHECK(s.checkedOn == d("2026-03-02"));
    CHECK(s.name.empty());
    CHECK_FALSE(recheckDue(s, d("2026-03-02")));

    deleteService(p.resources, first);
    REQUIRE(p.resources.services.size() == 1);
    CHECK(p.resources.services[0].id == second);
    deleteService(p.resources, "s999");  // absent: nothing happens
    CHECK(p.resources.services.size() == 1);
}

TEST_CASE("a micro-area locality needs a new name that is not one of the commune's villages") {
    Plan p = plan({});
    CHECK_FALSE(canAddLocality(p, ""));
    CHECK_FALSE(canAddLocality(p, "Deal"));  // a village of the commune
    CHECK(canAddLocality(p, "Orășeni"));
    addLocality(p.resources, "Orășeni");
    CHECK_FALSE(canAddLocality(p, "Orășeni"));
    REQUIRE(p.resources.microArea.size() == 1);
    const Locality& l = p.resources.microArea[0];
    CHECK(l.name == "Orășeni");
    CHECK(l.commune.empty());
    CHECK_FALSE(l.urban);
    CHECK(l.travelMinutes == kMicroAreaMinutes);
    CHECK_FALSE(l.transport);
}

TEST_CASE("new partners, DGASPC services and protected children rows take their defaults") {
    Plan p = plan({});
    CHECK(addPartner(p) == "s100");
    CHECK(addDgaspcService(p) == "s101");
    addProtectedChildren(p);
    REQUIRE(p.resources.partners.size() == 1);
    CHECK_FALSE(p.resources.partners[0].county);
    REQUIRE(p.resources.dgaspcServices.size() == 1);
    CHECK(p.resources.dgaspcServices[0].id == "s101");
    CHECK(p.resources.dgaspcServices[0].list == DgaspcListKind::County);
    REQUIRE(p.resources.childrenInProtection.size() == 1);
    CHECK(p.resources.childrenInProtection[0].village == "Deal");
    CHECK(p.resources.childrenInProtection[0].children == 0);
}

TEST_CASE("a dismissed candidate keeps its reason until it is restored") {
    Plan p = plan({});
    dismissCandidate(p.resources, "core-1", "a neighbouring commune runs it");
    dismissCandidate(p.resources, "gap-B1", "no premises");
    REQUIRE(findDismissal(p.resources, "core-1"));
    CHECK(findDismissal(p.resources, "core-1")->reason == "a neighbouring commune runs it");
    restoreCandidate(p.resources, "core-1");
    CHECK_FALSE(findDismissal(p.resources, "core-1"));
    CHECK(findDismissal(p.resources, "gap-B1"));
    CHECK(p.resources.dismissals.size() == 1);
}

TEST_CASE("a candidate added by hand gets a fresh id and its risk groups in order") {
    Plan p = plan({});
    AddedCandidate c;
    c.name = "Club de vacanță";
    c.groups = {7, 2, 5};
    CHECK(addCandidate(p, c) == "s100");
    REQUIRE(p.resources.addedCandidates.size() == 1);
    const AddedCandidate& added = p.resources.addedCandidates[0];
    CHECK(added.id == "s100");
    CHECK(added.name == "Club de vacanță");
    CHECK(added.groups == std::vector<int>{2, 5, 7});
    CHECK(p.nextSerial == 101);
}
