#pragma once
// Re-importing an updated Observatory table into a plan: children already in the plan are
// updated, not duplicated. A child is the same child when the CNPs are equal, else when the
// sheet id and the name (any case, with or without diacritics) are, else (a table PrevPlan
// exported) when the family nucleus id and the name are. New families go into the
// household of their already known relatives, or into a new household.
//
// An empty cell leaves the plan's value alone (a spreadsheet rarely carries everything the
// app records, e.g. service plans or visit logs); a value in the file replaces the plan's.
#include <string>
#include <vector>

#include "core/model/model.h"

namespace prevplan {

enum class MergeOutcome { Added, Changed, Unchanged };

struct MergeEntry {
    MergeOutcome outcome = MergeOutcome::Added;
    Id childId;                        // in the merged plan
    std::string childName, village;
    std::vector<std::string> changes;  // the file's column names whose values changed
};

struct ObservatoryMerge {
    Plan plan;                         // the merged result, ready to commit
    std::vector<MergeEntry> entries;   // one per child of the file, in file order
    long added = 0, changed = 0, unchanged = 0;
    long untouched = 0;                // children of the plan the file does not mention
};

// `imported` comes from importObservatoryCsv; `today` dates Registry entries whose confirming
// visit has no date.
ObservatoryMerge mergeObservatory(const Plan& current, const Plan& imported, const Date& today);

}  // namespace prevplan
