#pragma once
// Format migrations: step N turns a version-N document into version N+1, in place.
// A loaded document runs every step from its version up to the current one before decoding.
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace prevplan {

using Migration = void (*)(nlohmann::json& doc);

// migrations()[i] upgrades version i+1 to i+2. Empty while the format is at version 1.
const std::vector<Migration>& migrations();

// Applies steps from `from` (1 or more: the header check refuses any other version) to `to`;
// sets doc["version"] = to.
void migrate(nlohmann::json& doc, int from, int to, const std::vector<Migration>& steps);

}  // namespace prevplan
