#include "core/workspace/workspace_edits.h"

#include <algorithm>
#include <cctype>

namespace prevplan {

Id newPlanId(const Workspace& ws, const std::string& base) {
    if (!findPlan(ws, base)) return base;
    for (int n = 2;; ++n) {
        Id id = base + "-" + std::to_string(n);
        if (!findPlan(ws, id)) return id;
    }
}

namespace {

Id timeId(const std::string& now) {
    Id id = "p";
    for (char c : now)
        if (std::isdigit(static_cast<unsigned char>(c)) || c == 'T') id += c;
    return id;
}

}  // namespace

Workspace addPlan(const Workspace& ws, int county, const std::string& commune,
                  const std::vector<std::string>& villages, const std::string& now) {
    auto plan = std::make_shared<Plan>();
    plan->id = newPlanId(ws, timeId(now));
    plan->county = county;
    plan->commune = commune;
    for (const auto& v : villages) plan->villages.push_back({v, std::nullopt});
    plan->createdOn = plan->modifiedOn = now;
    Workspace out = ws;
    out.plans.push_back(plan);
    return out;
}

Workspace duplicatePlan(const Workspace& ws, const Id& id, const std::string& copySuffix, const std::string& now) {
    const Plan* source = findPlan(ws, id);
    if (!source) return ws;
    auto copy = std::make_shared<Plan>(*source);  // households stay shared until edited
    copy->id = newPlanId(ws, timeId(now));
    copy->commune += copySuffix;
    copy->createdOn = copy->modifiedOn = now;
    Workspace out = ws;
    out.plans.push_back(copy);
    return out;
}

Workspace removePlan(const Workspace& ws, const Id& id) {
    Workspace out = ws;
    out.plans.erase(std::remove_if(out.plans.begin(), out.plans.end(), [&](const PlanPtr& p) { return p->id == id; }),
                    out.plans.end());
    return out;
}

DeletionImpact planDeletion(const Plan& plan) {
    return DeletionImpact()
        .with(static_cast<long long>(plan.households.size()), nouns::kHousehold)
        .with(static_cast<long long>(childCount(plan)), nouns::kChild)
        .with(static_cast<long long>(plan.resources.services.size()), nouns::kService)
        .with(static_cast<long long>(plan.planning.objectives.size()), deletion_nouns::kObjective)
        .with(static_cast<long long>(plan.planning.actions.size()), deletion_nouns::kAction);
}

std::vector<Id> conflictingPlans(const Workspace& ws, const Workspace& incoming) {
    std::vector<Id> ids;
    for (const auto& p : incoming.plans)
        if (findPlan(ws, p->id)) ids.push_back(p->id);
    return ids;
}

Workspace mergePlans(const Workspace& ws, const Workspace& incoming, Conflict onConflict) {
    Workspace out = ws;
    for (const auto& p : incoming.plans) {
        auto existing = std::find_if(out.plans.begin(), out.plans.end(), [&](const PlanPtr& q) { return q->id == p->id; });
        if (existing == out.plans.end()) {
            out.plans.push_back(p);
        } else if (onConflict == Conflict::Replace) {
            *existing = p;
        } else {
            auto copy = std::make_shared<Plan>(*p);
            copy->id = newPlanId(out, p->id);
            out.plans.push_back(copy);
        }
    }
    return out;
}

}  // namespace prevplan
