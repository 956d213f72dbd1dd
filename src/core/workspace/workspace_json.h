#pragma once
// The workspace file format (docs/format.md): {"format":"prevplan-workspace","version":N,...}.
// One validator serves the browser's storage, imports and `prevplan-cli validate`.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/model/model.h"

namespace prevplan {

constexpr int kFormatVersion = 1;
constexpr const char* kFormatName = "prevplan-workspace";

enum class ErrorKind {
    NotJson,        // syntax error (where = "line L, column C")
    NotPrevPlan,    // not an object, or "format" is missing or different
    NewerVersion,   // written by a newer PrevPlan: refused, file left untouched
    BadVersion,     // "version" missing or not a positive integer
    WrongType,      // a field has the wrong JSON type
    MissingField,   // a required field is absent
    InvalidValue,   // right type, impossible value (unknown code, bad date, negative …)
    Duplicate,      // an id used twice
};

const char* errorKindName(ErrorKind kind);  // "not-json", "wrong-type" … (stable, for tests and tools)

struct FormatError {
    ErrorKind kind;
    std::string where;  // JSON pointer ("/plans/0/county") or "line 3, column 14"
    std::string detailRo, detailEn;
    std::string message(Lang lang) const;  // "where: detail"
};

struct PackageHeader;  // dgaspc_package.h

struct LoadResult {
    std::optional<Workspace> workspace;  // set only when there is no error
    std::vector<FormatError> errors;     // every problem found, in document order
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
