#pragma once
// The demo commune's resources: a fictitious micro-area (a small town and two neighbouring
// villages), an inventory of the kind a rural SPAS finds (the school, the family doctor, a
// parish, an NGO day centre in town, county services with and without transport), partners
// and DGASPC lists — so that the demo's gap analysis shows every kind of answer.
#include "core/model/model.h"

namespace prevplan {

// Adds them to a demo plan whose villages are set; `today` dates the inventory checks.
void addDemoResources(Plan& plan, const Date& today);

}  // namespace prevplan
