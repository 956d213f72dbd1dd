#include "core/workspace/workspace_writer.h"

#include <nlohmann/json.hpp>

#include "core/workspace/workspace_json.h"

namespace prevplan {

namespace {

std::string compact(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

const std::string& WorkspaceWriter::householdText(const HouseholdPtr& h) {
    Entry& entry = cache_[h.get()];
    if (!entry.household) {
        entry.household = h;
        entry.text = compact(householdToJson(*h));
    }
    entry.used = true;
    return entry.text;
}

void WorkspaceWriter::appendPlan(std::string& out, const Plan& plan) {
    std::string header = compact(planHeaderToJson(plan));
    header.pop_back();  // the closing brace: the households follow as one more member
    out += header;
    out += ",\"households\":[";
    for (std::size_t i = 0; i < plan.households.size(); ++i) {
        if (i) out += ',';
        out += householdText(plan.households[i]);
    }
    out += "]}";
}

std::string WorkspaceWriter::write(const Workspace& ws) {
    for (auto& [ptr, entry] : cache_) entry.used = false;
    std::string out = "{\"format\":\"" + std::string(kFormatName) + "\",\"version\":" + std::to_string(kFormatVersion) +
                      ",\"plans\":[";
    for (std::size_t i = 0; i < ws.plans.size(); ++i) {
        if (i) out += ',';
        appendPlan(out, *ws.plans[i]);
    }
    out += "]}";
    // Forget households no longer in the workspace (edited, deleted, undone past).
    for (auto it = cache_.begin(); it != cache_.end();) it = it->second.used ? std::next(it) : cache_.erase(it);
    return out;
}

}  // namespace prevplan
