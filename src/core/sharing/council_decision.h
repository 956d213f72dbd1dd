#pragma once
// The draft local council decision (HCL) that approves the plan: the page the mayoralty puts on
// the council's agenda, citing the plan as its annex, with blanks for what the secretary fills
// (number, dates, meeting, votes, signatures). The plan document prints it as its first page.
#include <string>

#include "core/sharing/plan_document_sections.h"

namespace prevplan {

std::string councilDecisionPage(const doc::Figures& figures, Lang lang);

}  // namespace prevplan
