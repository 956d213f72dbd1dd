// The inventory list: where services are, search without diacritics, filters, and the 3-month flag.
#include <doctest/doctest.h>

#include "core/catalog/service_types.h"
#include "core/demo/demo.h"
#include "core/gaps/gap_analysis.h"
#include "core/resources/inventory_query.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

Plan inventoryPlan() {
    Plan p = plan({});
    p.resources.microArea.push_back({"Orășeni", "Orașul Vecin", true, 20, true});
    auto add = [&](const char* id, const char* type, const char* name, const char* locality, const char* checked) {
        Service s;
        s.id = id;
        s.type = type;
        s.name = name;
        s.locality = locality;
        if (*checked) s.checkedOn = d(checked);
        p.resources.services.push_back(s);
    };
    add("s1", "D4", "Școală după școală", "Deal", "2026-03-01");
    add("s2", "A3", "Centrul de zi", "Orășeni", "2025-11-30");  // 3 months and 1 day before 2026-03-01
    add("s3", "G1", "SPAS", "", "2025-12-01");                  // exactly 3 months: not yet due
    add("s4", "B2", "Cabinet", "Departe", "");                  // never checked, outside
    return p;
}

}  // namespace

TEST_CASE("each service is in the commune, the micro-area or outside reach") {
    const Plan p = inventoryPlan();
    CHECK(placeOf(p, p.resources.services[0]) == ServicePlace::Commune);
    CHECK(placeOf(p, p.resources.services[1]) == ServicePlace::MicroArea);
    CHECK(placeOf(p, p.resources.services[2]) == ServicePlace::Commune);  // commune-wide
    CHECK(placeOf(p, p.resources.services[3]) == ServicePlace::Outside);
}

TEST_CASE("counts, search, filters and the services due for a check") {
    const Plan p = inventoryPlan();
    const Date today = d("2026-03-01");
    InventoryList all = queryInventory(p, {}, today);
    CHECK(all.rows.size() == 4);
    CHECK(all.total == 4);
    CHECK(all.inCommune == 2);
    CHECK(all.inMicroArea == 1);
    CHECK(all.toCheck == 2);  // s2 (over 3 months) and s4 (never)

    InventoryFilter f;
    f.search = "scoala";  // without diacritics
    CHECK(queryInventory(p, f, today).rows == std::vector<std::size_t>{0});
    f.search = "after-school";  // the Table 2 label, in English
    CHECK(queryInventory(p, f, today).rows == std::vector<std::size_t>{0});
    f = {};
    f.toCheckOnly = true;
    CHECK(queryInventory(p, f, today).rows == std::vector<std::size_t>{1, 3});
    f = {};
    f.place = static_cast<int>(ServicePlace::MicroArea);
    CHECK(queryInventory(p, f, today).rows == std::vector<std::size_t>{1});
    f = {};
    f.category = static_cast<int>(ServiceCategory::Expert);
    CHECK(queryInventory(p, f, today).rows == std::vector<std::size_t>{2});
}

TEST_CASE("the demo commune's gap analysis shows every kind of answer") {
    const Plan p = makeDemoPlan(600, 2018, Date{2026, 11, 25});
    const GapAnalysis gaps = analyseGaps(p);
    int byCoverage[7] = {};
    for (const ServiceNeed& n : gaps.needs) ++byCoverage[static_cast<int>(n.coverage)];
    for (int c = 0; c < 7; ++c) CHECK_MESSAGE(byCoverage[c] > 0, "coverage " << c);
    CHECK_FALSE(gaps.urgent.empty());
    CHECK(queryInventory(p, {}, Date{2026, 11, 25}).toCheck > 0);  // some services are due for a check
    const auto list = candidateServices(p, gaps);
    CHECK(list.front().id == "core:campanii-parentalitate");  // the only core service the demo lacks
}
