#pragma once
// The annual action plan (GD 797/2017 Annex 3 art. 5; framework model of Order 1086/2018): for
// one year, the six sections the law requires, drafted from the plan — the Registry and the
// needs report for the beneficiaries, the resources inventory and the service plans for the
// services in use, the short list and the actions of the year for the rest. The user's own text
// replaces a draft section.
#include <array>
#include <string>

#include "core/base/text.h"
#include "core/model/model.h"
#include "core/report/report.h"

namespace prevplan {

using ActionPlanSections = std::array<std::string, kActionPlanSectionCount>;

// An action belongs to a year when it costs something that year or runs during it.
bool actionInYear(const Action& action, int year);

// The drafted sections, one line per item (lines separated by '\n').
ActionPlanSections draftActionPlan(const Plan& plan, int year, const Date& today, Lang lang);
// The same with the plan's needs report on `today` already counted (a ReportCache's, after an edit).
ActionPlanSections draftActionPlan(const Plan& plan, int year, const NeedsReport& report, Lang lang);

// The text shown: the user's where written, else the draft.
ActionPlanSections actionPlanText(const Plan& plan, int year, const ActionPlanSections& draft);

}  // namespace prevplan
