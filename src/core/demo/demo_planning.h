#pragma once
// The demo commune's plan, fictitious like the rest of the demo: the required services scored in
// the matrix after two consultation rounds, a short list of four, objectives from Table 4 with
// baselines read from the demo's data, actions with costs and funding sources over five years,
// one SPAS social worker, yearly reports frozen for the last two years and this one, and an
// amendment. The user can walk the whole path from needs to plan on it.
#include "core/model/model.h"

namespace prevplan {

// Call once the demo's households and resources exist.
void addDemoPlanning(Plan& plan, const Date& today);

}  // namespace prevplan
