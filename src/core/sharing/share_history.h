#pragma once
// When the plan left the SPAS (step 12): its document opened or downloaded for the local council,
// the DGASPC package exported, the council's decision recorded. Kept in the plan (Plan::shared,
// docs/format.md), shown on the share screen and read by the step's state.
#include <string>

#include "core/base/date.h"
#include "core/base/text.h"
#include "core/model/model.h"

namespace prevplan {

// One record per kind and day: the document opened five times on one day is one record (the
// last note wins), so the history stays a list a person reads.
void recordShare(Plan& plan, ShareKind what, const Date& on, std::string note = {});
// The same in the workspace's plan `planId`, when it holds one (an older snapshot may not).
void recordShare(Workspace& ws, const Id& planId, ShareKind what, const Date& on);
// "Trimis DGASPC la 30.11.2026", "Aprobat de consiliul local la 15.12.2026 (HCL nr. 45)"
std::string shareLine(const ShareRecord& record, Lang lang);
// The latest record of the plan going out (the DGASPC package or the council's decision); null
// when it has only been printed, or not at all.
const ShareRecord* lastSent(const Plan& plan);

}  // namespace prevplan
