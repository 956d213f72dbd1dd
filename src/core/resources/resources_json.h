#pragma once
// The plan's "resources" member of the workspace format (docs/format.md, "Resources"): written
// only when there is something in it, read with located errors like the rest of the plan.
#include <string>

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/model/resources.h"

namespace prevplan {

// Fields at their default are left out; an empty Resources gives an empty object.
nlohmann::json resourcesToJson(const Resources& r);
// Reads plan["resources"] (absent or null: nothing) into `out`; `planAt` is the plan's pointer.
void readResources(JsonReader& reader, const nlohmann::json& plan, const std::string& planAt, Resources& out);

// A Table 3 group's stable name in files: its first indicator code ("2.b", "4.c2"); -1 unknown.
std::string riskGroupKey(int group);
int riskGroupByKey(const std::string& key);

}  // namespace prevplan
