#pragma once
// The package a commune sends the county directorate (DGASPC), docs/dgaspc-package.md: a
// workspace-format document — so `prevplan-cli validate` checks it and any workspace imports it as
// is — with one plan and a "package" header holding the aggregated needs report and the plan
// document as the council got it.
//
// By default it holds no personal data: the plan goes without its households, texts that may
// describe a family are left out, the free texts that may name people (decisions, opinions, notes,
// contacts: freeTextFields()) go only on an explicit choice, and small counts below commune level
// are hidden (small_counts.h) in its report, its frozen yearly reports and its plan document. The
// named Registry (which the law lets the DGASPC receive) goes only on an explicit choice, recorded
// in the header with the warning the user accepted.
#include <memory>
#include <string>

#include "core/model/model.h"
#include "core/workspace/package_header.h"
#include "core/base/text.h"
#include "core/catalog/span.h"

namespace prevplan {

struct PackageOptions {
    PackageContents contents = PackageContents::Aggregated;
    std::string timestamp;  // now, ISO
    Date today;             // the report's "as of" and the document's date
    Lang lang = Lang::Ro;
    std::string namedWarning;  // the warning shown, required for the named Registry
    bool freeTexts = false;    // aggregated: the free texts go too, chosen knowingly (the header says so)
};

// The free texts an aggregated package leaves out unless the user includes them, as the Share
// view and docs/dgaspc-package.md list them.
struct FreeTextField {
    const char* path;  // in the workspace format, e.g. "planning.rounds[].decisions"
    Text what;
};
Span<FreeTextField> freeTextFields();
// The plan less those texts: what the aggregated package's plan document is made from.
Plan withoutFreeTexts(const Plan& plan);

// The package as JSON text.
std::string dgaspcPackage(const Plan& plan, const PackageOptions& options);

// The plan as it goes into the package: no households (aggregated) or only the Registry's
// families (named), no free text about families either way, the free texts of freeTextFields()
// only with the named Registry or when chosen, and its frozen reports with small counts hidden.
Plan packagedPlan(const Plan& plan, PackageContents contents, bool freeTexts = false);

}  // namespace prevplan
