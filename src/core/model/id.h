#pragma once
// The ids that link the model's records (plans, households, candidates, objectives, actions …):
// stable strings, kept across saves and imports.
#include <string>

namespace prevplan {

using Id = std::string;

}  // namespace prevplan
