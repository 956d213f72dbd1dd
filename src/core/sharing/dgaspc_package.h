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

#include "core/model/model.h"
#include "core/workspace/package_header.h"
#include "core/base/text.h"

namespace prevplan {

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

}  // namespace prevplan
