#pragma once
// The plan's "planning" member (docs/format.md, "Planning"): written only when something was
// planned, read with located errors like the rest of the workspace.
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/model/model.h"

namespace prevplan {

class JsonReader;

// Fields at their default are left out.
nlohmann::json planningToJson(const Planning& planning);

// Reads plan["planning"] (absent or null: nothing planned) into plan.planning.
void readPlanning(JsonReader& reader, const nlohmann::json& plan, const std::string& at, Plan& out);


}  // namespace prevplan
