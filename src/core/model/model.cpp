#include "core/model/model.h"

#include <stdexcept>

namespace prevplan {

const Plan* findPlan(const Workspace& ws, const Id& id) {
    for (const auto& p : ws.plans)
        if (p->id == id) return p.get();
    return nullptr;
}

PlanPtr sharedPlan(const Workspace& ws, const Id& id) {
    for (const auto& p : ws.plans)
        if (p->id == id) return p;
    return nullptr;
}

PlanPtr snapshotOf(const Workspace& ws, const Plan& plan) {
    for (const auto& p : ws.plans)
        if (p.get() == &plan) return p;
    return nullptr;
}

const Household* findHousehold(const Plan& plan, const Id& id) {
    for (const auto& h : plan.households)
        if (h->id == id) return h.get();
    return nullptr;
}

Plan& editPlan(Workspace& ws, const Id& id) {
    for (auto& p : ws.plans) {
        if (p->id != id) continue;
        auto copy = std::make_shared<Plan>(*p);
        p = copy;
        return *copy;
    }
    throw std::out_of_range("no plan " + id);
}

Household& editHousehold(Plan& plan, const Id& id) {
    for (auto& h : plan.households) {
        if (h->id != id) continue;
        auto copy = std::make_shared<Household>(*h);
        h = copy;
        return *copy;
    }
    throw std::out_of_range("no household " + id);
}

Id newId(Plan& plan, char prefix) { return std::string(1, prefix) + std::to_string(plan.nextSerial++); }

std::size_t childCount(const Plan& plan) {
    std::size_t n = 0;
    for (const auto& h : plan.households)
        for (const auto& f : h->families) n += f.children.size();
    return n;
}

}  // namespace prevplan
