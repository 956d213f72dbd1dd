#pragma once
// Serialises the workspace for storage, re-encoding only what changed since the last call:
// households are immutable snapshots, so one whose pointer was seen before reuses its text.
// An edit in a commune of 10,000 children then costs one household, not the whole commune.
#include <string>
#include <unordered_map>

#include "core/model/model.h"

namespace prevplan {

class WorkspaceWriter {
public:
    // Compact JSON that loadWorkspace() reads to the same workspace as saveWorkspace() writes.
    std::string write(const Workspace& ws);
    std::size_t cachedHouseholds() const { return cache_.size(); }

private:
    struct Entry {
        HouseholdPtr household;  // held so the address cannot be reused by another household
        std::string text;
        bool used = false;
    };
    std::unordered_map<const Household*, Entry> cache_;

    const std::string& householdText(const HouseholdPtr& h);
    void appendPlan(std::string& out, const Plan& plan);
};

}  // namespace prevplan
