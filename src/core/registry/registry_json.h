#pragma once
// The Registry's records in the workspace format (docs/format.md): a family's risk
// identification, and a registered child's service plan and monitoring visits.
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/model/model.h"

namespace prevplan {

class JsonReader;

// The visit confirming or rejecting each observed risk (Annex 2), with its per-indicator verdicts.
nlohmann::json riskToJson(const RiskIdentification& risk);
RiskIdentification readRisk(JsonReader& reader, const nlohmann::json& obj, const std::string& at);

// What the Registry knows of a child: when it was registered, its service plan and the
// monitoring visits. Added to (read from) the same object as the Observatory's part.
void putChildCase(nlohmann::json& out, const Child& child);
void readChildCase(JsonReader& reader, const nlohmann::json& obj, const std::string& at, Child& out);

}  // namespace prevplan
