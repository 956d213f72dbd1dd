#pragma once
// The Observatory's records in the workspace format (docs/format.md): observation sheets, the
// children's identity and exposure, and the per-indicator maps keyed by Table 1 code. The
// generic reader (base/json_reader.h) knows nothing of the catalog; these codecs check the codes.
#include <cstddef>
#include <functional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/base/json_reader.h"
#include "core/model/model.h"

namespace prevplan {

// {"<indicator code>": "<one of names>"}, valueAt(catalogIndex) giving the value's position in
// names ([0] is "not recorded", left out). When most indicators share one recorded value, it is
// written once as "*" and only the others are listed: {"*": "no", "2.b": "yes"}.
nlohmann::json writeCodeMap(const std::function<int(std::size_t)>& valueAt, const char* const (&names)[3]);
// {"<indicator code>" or "*": "<one of names>"}; calls set(catalogIndex, value) with the
// value's position in names. "*" sets every indicator first; listed codes then override it.
void readCodeMap(JsonReader& reader, const nlohmann::json& obj, const std::string& at, const char* key,
                 const char* const (&names)[3], const std::function<void(int, int)>& set);
// ["<indicator code>", …] of child-level indicators into a set.
void readCodeList(JsonReader& reader, const nlohmann::json& obj, const std::string& at, const char* key,
                  IndicatorSet& out);

// A family's observation sheet (Annex 1): the answers and who filled it in.
nlohmann::json sheetToJson(const ObservationSheet& sheet);
ObservationSheet readSheet(JsonReader& reader, const nlohmann::json& obj, const std::string& at);

// What the Observatory knows of a child: name, CNP, birth date, sex and the indicators it is
// exposed to. The id is the caller's, who checks it is unique across the plan.
void putChildObservation(nlohmann::json& out, const Child& child);
void readChildObservation(JsonReader& reader, const nlohmann::json& obj, const std::string& at, Child& out);

}  // namespace prevplan
