#pragma once
// The services inventory as a list: where each service is, search, filters and the counts the
// resources screen shows. Computed once per plan snapshot and filter.
#include <string>
#include <vector>

#include "core/model/model.h"

namespace prevplan {

// Where a service is, for the gap analysis and the filters.
enum class ServicePlace {
    Commune,    // a village of the commune, or commune-wide (no locality)
    MicroArea,  // a locality of the functional micro-area
    Outside,    // a place in neither list: not counted as within reach
};
ServicePlace placeOf(const Plan& plan, const Service& service);

struct InventoryFilter {
    std::string search;      // part of the name, type code or label, supplier, locality or contact
    int category = -1;       // ServiceCategory of the type; -1 any
    int place = -1;          // ServicePlace; -1 any
    bool toCheckOnly = false;  // not checked in the last 3 months

    friend bool operator==(const InventoryFilter& a, const InventoryFilter& b) {
        return a.search == b.search && a.category == b.category && a.place == b.place && a.toCheckOnly == b.toCheckOnly;
    }
    friend bool operator!=(const InventoryFilter& a, const InventoryFilter& b) { return !(a == b); }
};

struct InventoryList {
    std::vector<std::size_t> rows;  // plan.resources.services indexes, in inventory order
    // Over the whole inventory, whatever the filter.
    long total = 0, inCommune = 0, inMicroArea = 0, toCheck = 0;
};

InventoryList queryInventory(const Plan& plan, const InventoryFilter& filter, const Date& today);

}  // namespace prevplan
