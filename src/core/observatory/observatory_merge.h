#pragma once
// Re-importing an updated Observatory table into a plan: children already in the plan are
// updated, not duplicated. A child is the same child when the CNPs are equal, else when the
// sheet id and the name are, else (a table PrevPlan exported) when the family nucleus id and the
// name are. Names are compared folded: any case, with or without diacritics, any spaces. New
// families go into the household of their already known relatives, or into a new household.
//
// An empty cell leaves the plan's value alone (a spreadsheet rarely carries everything the
// app records, e.g. service plans or visit logs); a value in the file replaces the plan's.
//
// What a file may not do silently is a conflict, and the row waits for a person's choice:
// - its CNP is a plan child's with another name, or in another family than the row's (the
//   child's name, household or family would change under the record of someone else);
// - it carries no CNP the plan knows and names a child the plan does not have, in a family
//   that has a child born the same day under another name (a corrected name, or a twin).
// Until every conflict has a choice the merged plan leaves those rows out and must not be
// committed (`unresolved`).
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace prevplan {

enum class MergeOutcome { Added, Changed, Unchanged, Conflict };  // Conflict: waits for a choice

enum class ConflictKind {
    CnpOtherName,       // the row's CNP is a plan child's with another name
    CnpOtherFamily,     // the row's CNP is a plan child's in another family than the row's
    PossibleDuplicate,  // the same family and birth date as a plan child, another name, no CNP to tell
};

enum class Resolution {
    Undecided,
    TakeFile,  // the row is right: it updates the child it names (for a CNP, the CNP moves to it)
    KeepPlan,  // the plan is right: the row is left out
    Separate,  // another child: the row is added (only where no CNP would be used twice)
};

// One side of a conflict, as a person compares them.
struct ChildVersion {
    std::string name, cnp, birthDate, householdId, village, familyId, familyHead, sheetId;
};

struct MergeConflict {
    std::size_t row = 0;  // the child's place among the file's children: the key of its choice
    ConflictKind kind = ConflictKind::CnpOtherName;
    ChildVersion file, plan;
    Id planChildId;
    bool separateAllowed = false;
    bool takeMovesCnp = false;  // taking the file's values moves the CNP off the plan's child
    Resolution resolution = Resolution::Undecided;
};

struct MergeEntry {
    MergeOutcome outcome = MergeOutcome::Added;
    Id childId;  // in the merged plan (the plan's child, for a conflict)
    std::string childName, village;
    std::vector<std::string> changes;  // the file's column names whose values changed
};

struct ObservatoryMerge {
    Plan plan;                             // the merged result, ready to commit once unresolved == 0
    std::vector<MergeEntry> entries;       // one per child of the file, in file order
    std::vector<MergeConflict> conflicts;  // in file order
    long added = 0, changed = 0, unchanged = 0;
    long untouched = 0;   // children of the plan the file does not mention
    long unresolved = 0;  // conflicts without a choice
};

// The choices made so far, by MergeConflict::row.
using MergeChoices = std::map<std::size_t, Resolution>;

// `imported` comes from importObservatoryCsv; `today` dates Registry entries whose confirming
// visit has no date.
ObservatoryMerge mergeObservatory(const Plan& current, const Plan& imported, const Date& today,
                                  const MergeChoices& choices = {});

// The same merge in steps, for a page that must keep drawing; the result is mergeObservatory's.
// It works on its own copies: `current` may change or go while it runs.
class ObservatoryMerging {
public:
    ObservatoryMerging(const Plan& current, Plan imported, const Date& today, MergeChoices choices = {});
    ~ObservatoryMerging();
    ObservatoryMerging(ObservatoryMerging&&) noexcept;
    ObservatoryMerging& operator=(ObservatoryMerging&&) noexcept;

    // Goes through at most `households` more households (the plan's, then the file's); true when done.
    bool step(std::size_t households);
    std::size_t childrenCompared() const;  // of the file's, so far
    ObservatoryMerge take();               // once step() returned true

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace prevplan
