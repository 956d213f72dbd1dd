#pragma once
// The "package" header of a DGASPC package (docs/dgaspc-package.md): what the workspace format
// validates when it reads a package. Building a package is sharing/dgaspc_package.h.
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/model/model.h"

namespace prevplan {

constexpr int kPackageVersion = 1;
constexpr const char* kPackageKind = "dgaspc";

enum class PackageContents { Aggregated, NamedRegistry };

struct PackageHeader {
    PackageContents contents = PackageContents::Aggregated;
    std::string created;          // ISO timestamp of the export
    Id plan;                      // the plan it carries
    std::string namedChoiceOn;    // named Registry: when the user chose it …
    std::string namedWarning;     // … and the warning they accepted
    nlohmann::json report;        // the needs report at export time (docs/report-format.md)
    std::string documentLang;     // "ro" or "en"
    std::string documentHtml;     // the plan document (plan_document.h); may be empty
};

// For loadWorkspace (workspace_json.cpp): the "package" header, validated against the plans read;
// nullptr when the document has none. Problems go to the reader with their place.
std::shared_ptr<const PackageHeader> readPackageHeader(JsonReader& reader, const nlohmann::json& doc, const Workspace& ws);

const char* packageContentsName(PackageContents contents);  // "aggregated", "named-registry"

}  // namespace prevplan
