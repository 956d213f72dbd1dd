#pragma once
// The Observatory's own shapes in the workspace format (docs/format.md): per-indicator values
// keyed by Table 1 code. The generic reader (base/json_reader.h) knows nothing of the catalog;
// these readers check the codes against it.
#include <functional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/base/json_reader.h"
#include "core/model/model.h"

namespace prevplan {

// {"<indicator code>" or "*": "<one of names>"}; calls set(catalogIndex, value) with the
// value's position in names. "*" sets every indicator first; listed codes then override it.
void readCodeMap(JsonReader& reader, const nlohmann::json& obj, const std::string& at, const char* key,
                 const char* const (&names)[3], const std::function<void(int, int)>& set);
// ["<indicator code>", …] of child-level indicators into a set.
void readCodeList(JsonReader& reader, const nlohmann::json& obj, const std::string& at, const char* key,
                  IndicatorSet& out);

}  // namespace prevplan
