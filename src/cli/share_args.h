#pragma once
// What the sharing commands (export-plan, export-package, rollup) have in common: reading a
// workspace or package with its located errors, today's date, and choosing one plan.
#include <optional>
#include <string>

#include "cli/command.h"
#include "core/workspace/workspace_json.h"

namespace prevplan::cli {

std::optional<std::string> readText(const std::string& path);
bool writeText(const std::string& path, const std::string& text);
// Prints every error (file: kind: where: detail) and returns nullopt unless the file loads.
std::optional<LoadResult> loadFile(const std::string& path);
Date localToday();
// --as-of / --today: the given date, else today; nullopt when the value is not a date.
std::optional<Date> dateOption(const Args& args, const std::string& name);
// --plan ID, or the only plan; prints why not and returns nullptr.
const Plan* choosePlan(const Workspace& ws, const Args& args, const std::string& path);
// --lang en|ro (default ro, the document's language); nullopt on another value.
std::optional<Lang> langOption(const Args& args);

}  // namespace prevplan::cli
