#include "core/resources/inventory_query.h"

#include "core/base/fold.h"
#include "core/catalog/service_types.h"
#include "core/observatory/observatory_query.h"

namespace prevplan {

ServicePlace placeOf(const Plan& plan, const Service& service) {
    if (service.locality.empty()) return ServicePlace::Commune;
    for (const Village& v : plan.villages)
        if (v.name == service.locality) return ServicePlace::Commune;
    return findLocality(plan.resources, service.locality) ? ServicePlace::MicroArea : ServicePlace::Outside;
}

namespace {

// Every text a person may search a service by, folded once.
std::string searchable(const Service& s) {
    std::string text = s.type + " " + s.name + " " + s.locality + " " + s.contact + " " + s.supplierOther;
    if (const ServiceType* t = findByCode(serviceTypes(), s.type)) text += std::string(" ") + t->label.ro + " " + t->label.en;
    return foldForSearch(text);
}

bool matches(const Plan& plan, const Service& s, const InventoryFilter& f, const std::string& needle, bool due) {
    if (f.toCheckOnly && !due) return false;
    if (f.place >= 0 && static_cast<int>(placeOf(plan, s)) != f.place) return false;
    if (f.category >= 0) {
        const ServiceType* t = findByCode(serviceTypes(), s.type);
        if (!t || static_cast<int>(t->category) != f.category) return false;
    }
    return needle.empty() || searchable(s).find(needle) != std::string::npos;
}

}  // namespace

InventoryList queryInventory(const Plan& plan, const InventoryFilter& filter, const Date& today) {
    InventoryList out;
    const std::string needle = foldForSearch(filter.search);
    const auto& services = plan.resources.services;
    for (std::size_t i = 0; i < services.size(); ++i) {
        const Service& s = services[i];
        const ServicePlace place = placeOf(plan, s);
        const bool due = recheckDue(s, today);
        ++out.total;
        out.inCommune += place == ServicePlace::Commune;
        out.inMicroArea += place == ServicePlace::MicroArea;
        out.toCheck += due;
        if (matches(plan, s, filter, needle, due)) out.rows.push_back(i);
    }
    return out;
}

}  // namespace prevplan
