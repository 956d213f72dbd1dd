#pragma once
// The workspace file format (docs/format.md): {"format":"prevplan-workspace","version":N,...}.
// One validator serves the browser's storage, imports and `prevplan-cli validate`.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/base/format_error.h"
#include "core/model/model.h"

namespace prevplan {

constexpr int kFormatVersion = 1;
constexpr const char* kFormatName = "prevplan-workspace";

struct PackageHeader;  // package_header.h

struct LoadResult {
    std::optional<Workspace> workspace;  // set only when there is no error
    std::vector<FormatError> errors;     // the problems found, in document order: the first kMaxErrors
                                         // (base/limits.h), then one MoreErrors entry with the count
    std::size_t errorCount = 0;          // every problem found, also those not kept
    int versionRead = 0;                 // the file's version (before migration)
    std::shared_ptr<const PackageHeader> package;  // a DGASPC package's header, validated too
};

// Parses, migrates older versions and validates into a new Workspace; never throws.
LoadResult loadWorkspace(std::string_view text);

// Serialises the whole workspace, or just some plans, as a format document.
std::string saveWorkspace(const Workspace& ws, int indent = 1);
std::string savePlans(const Workspace& ws, const std::vector<Id>& planIds, int indent = 1);

nlohmann::json planToJson(const Plan& plan);
// The pieces of planToJson(): everything but the households, and one household.
nlohmann::json planHeaderToJson(const Plan& plan);
nlohmann::json householdToJson(const Household& household);

}  // namespace prevplan
