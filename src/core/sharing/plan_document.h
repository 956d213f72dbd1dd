#pragma once
// The plan document for the local council (methodology section 1.1.4; GD 797/2017 Annex 3):
// one self-contained, print-ready HTML page — A4, numbered sections, tables and figures, charts
// as inline SVG, no external resource — generated from the plan for the app and the CLI alike.
// The browser's print turns it into the PDF the council gets.
//
// It carries aggregates only: no name, CNP or address of a child or family ever reaches it, and
// every text a user typed is escaped.
#include <string>
#include <vector>

#include "core/base/date.h"
#include "core/base/text.h"
#include "core/model/model.h"

namespace prevplan {

struct PlanDocumentOptions {
    Lang lang = Lang::Ro;
    Date today;                   // the document's date and the needs report's "as of"
    int actionPlanYear = 0;       // the annex's year; 0: today's year
    bool councilDecision = true;  // the draft council decision (HCL) as the first page
};

struct PlanDocument {
    std::string html;
    // "5.3 Rundele de vot": the parts with no data yet, marked "Necompletat." in the document, so
    // whoever prints it can be told first.
    std::vector<std::string> emptyParts;
};
PlanDocument planDocument(const Plan& plan, const PlanDocumentOptions& options);
inline std::string planDocumentHtml(const Plan& plan, const PlanDocumentOptions& options) {
    return planDocument(plan, options).html;
}

}  // namespace prevplan
