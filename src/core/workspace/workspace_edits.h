#pragma once
// Workspace-level edits: plans as a whole, and merging imported documents.
// Each returns the new workspace; the caller commits it to History.
#include <string>
#include <vector>

#include "core/model/deletion.h"
#include "core/model/model.h"

namespace prevplan {

// A plan id not used in the workspace: `base` itself, else base-2, base-3 …
// New plans take their creation time as base ("p20260110T090000"), so plans made in
// different communes rarely collide when a DGASPC gathers them.
Id newPlanId(const Workspace& ws, const std::string& base);

Workspace addPlan(const Workspace& ws, int county, const std::string& commune,
                  const std::vector<std::string>& villages, const std::string& now);
Workspace duplicatePlan(const Workspace& ws, const Id& id, const std::string& copySuffix, const std::string& now);
Workspace removePlan(const Workspace& ws, const Id& id);
// What goes with a plan: its households and children, its services, objectives and actions.
DeletionImpact planDeletion(const Plan& plan);

// What to do with an imported plan whose id already exists in the workspace.
enum class Conflict { Replace, KeepBoth };

// Ids of incoming plans that collide with existing ones.
std::vector<Id> conflictingPlans(const Workspace& ws, const Workspace& incoming);
Workspace mergePlans(const Workspace& ws, const Workspace& incoming, Conflict onConflict);

}  // namespace prevplan
