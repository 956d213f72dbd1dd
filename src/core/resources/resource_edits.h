#pragma once
// Edits of a plan's resources (section 1.1.2, 1.1.3) inside a plan copy (see editPlan): new
// records with their defaults, deletions, and the user's decisions on the candidate services.
// The screens call these, so each edit is written once and tested.
#include <string>

#include "core/model/model.h"

namespace prevplan {

// Services inventory (Annex A2.5). A new service starts as the first Table 2 type, confirmed
// with its supplier today (the user is filling in its sheet); returns its id.
Id addService(Plan& plan, const Date& today);
void deleteService(Resources& resources, const Id& serviceId);

// Functional micro-area. A name can be added when it is neither empty, nor a micro-area locality
// already, nor one of the commune's own villages.
bool canAddLocality(const Plan& plan, const std::string& name);
// A new locality starts rural, at the micro-area's 30 minutes, without transport.
void addLocality(Resources& resources, const std::string& name);

// Partners and the DGASPC's lists; the new partner starts local, the DGASPC service on the
// county list. Each returns the new id.
Id addPartner(Plan& plan);
Id addDgaspcService(Plan& plan);
// A row of children in special protection, in the commune's first village (the plan has one).
void addProtectedChildren(Plan& plan);

// Candidate services (section 1.1.3). Dismissing needs a reason; restoring gives the candidate
// back to the priority setting.
void dismissCandidate(Resources& resources, const Id& candidateId, const std::string& reason);
void restoreCandidate(Resources& resources, const Id& candidateId);
// A candidate added by hand, with a fresh id and its risk groups in order; returns the id.
Id addCandidate(Plan& plan, AddedCandidate candidate);

}  // namespace prevplan
