#pragma once
// The package a commune sends the county directorate (DGASPC), docs/dgaspc-package.md: a
// workspace-format document — so `prevplan-cli validate` checks it and any workspace imports it as
// is — with one plan and a "package" header holding the aggregated needs report and the plan
// document as the council got it.
//
// By default it holds no personal data: the plan goes without its households, and texts that may
// describe a family are left out. The named Registry (which the law lets the DGASPC receive) goes
// only on an explicit choice, recorded in the header with the warning the user accepted.
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/base/json_reader.h"
#include "core/model/model.h"
#include "core/base/text.h"

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

struct PackageOptions {
    PackageContents contents = PackageContents::Aggregated;
    std::string timestamp;  // now, ISO
    Date today;             // the report's "as of" and the document's date
    Lang lang = Lang::Ro;
    std::string namedWarning;  // the warning shown, required for the named Registry
};

// The package as JSON text.
std::string dgaspcPackage(const Plan& plan, const PackageOptions& options);

// The plan as it goes into the package: no households (aggregated) or only the Registry's
// families (named), and no free text about families either way.
Plan packagedPlan(const Plan& plan, PackageContents contents);

// For loadWorkspace (workspace_json.cpp): the "package" header, validated against the plans read;
// nullptr when the document has none. Problems go to the reader with their place.
std::shared_ptr<const PackageHeader> readPackageHeader(JsonReader& reader, const nlohmann::json& doc, const Workspace& ws);

const char* packageContentsName(PackageContents contents);  // "aggregated", "named-registry"

}  // namespace prevplan
