#pragma once
// The writing side of json_reader.h. Fields holding their default (empty text, no date) are left
// out: a commune of 10,000 children then stores in a few megabytes, and the reader fills them back.
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/base/date.h"

namespace prevplan {

void putText(nlohmann::json& obj, const char* key, const std::string& value);
void putDate(nlohmann::json& obj, const char* key, const std::optional<Date>& date);

}  // namespace prevplan
