#include "core/base/json_writer.h"

#include <nlohmann/json.hpp>

namespace prevplan {

void putText(nlohmann::json& obj, const char* key, const std::string& value) {
    if (!value.empty()) obj[key] = value;
}

void putDate(nlohmann::json& obj, const char* key, const std::optional<Date>& date) {
    if (date) obj[key] = date->iso();
}

}  // namespace prevplan
