#pragma once
// Edits of households, family nuclei and children inside a plan copy (see editPlan), and the
// rules an edit must keep: the Registry follows the risk identification (section 1.1.1 (d)),
// the risk identification visit falls within 72 hours of the sheet (GD 691 art. 8).
#include <optional>
#include <string>

#include "core/model/deletion.h"
#include "core/model/model.h"

namespace prevplan {

// Where a family nucleus lives in a plan; a child is found through its family.
struct FamilyRef {
    Id household, family;
};

const FamilyNucleus* findFamily(const Plan& plan, const FamilyRef& ref);
const Child* findChild(const FamilyNucleus& family, const Id& childId);
// The family nucleus holding this child, or an empty ref.
FamilyRef familyOfChild(const Plan& plan, const Id& childId);

// Mutable access through copy-on-write (the household is cloned); throws when absent.
FamilyNucleus& editFamily(Plan& plan, const FamilyRef& ref);
Child& editChild(FamilyNucleus& family, const Id& childId);

// New records with fresh ids; each returns the new id. A household starts with one nucleus.
Id addHousehold(Plan& plan, const std::string& village);
Id addFamily(Plan& plan, const Id& householdId);
Id addChild(Plan& plan, const FamilyRef& ref);
void removeHousehold(Plan& plan, const Id& householdId);
void removeFamily(Plan& plan, const FamilyRef& ref);
void removeChild(Plan& plan, const FamilyRef& ref, const Id& childId);

// What a person calls them in a question: the heads of the household's families (else its
// address, else its id), the family's head, the child's name; the id when nothing was typed.
std::string householdName(const Household& household);
std::string familyName(const FamilyNucleus& family);
std::string childName(const Child& child);
// What goes with each of them: the records below it, down to the children's service plans and
// monitoring visits.
DeletionImpact householdDeletion(const Household& household);
DeletionImpact familyDeletion(const FamilyNucleus& family);
DeletionImpact childDeletion(const Child& child);

// The next unused sheet id of the plan's county: one past the highest serial in use.
std::string nextSheetId(const Plan& plan);
// A new Observation Sheet with its id and date, for a nucleus that has none.
ObservationSheet newSheet(const Plan& plan, const Date& today);
// The home visit the conclusion suggests: 72 hours after SPAS received the sheet.
std::optional<Date> suggestedVisitDate(const ObservationSheet& sheet);

// Every child of a nucleus with a confirmed risk is in the Registry from the visit that
// confirmed it (or `fallback` when the visit has no date); registration dates already set stay.
void registerConfirmedChildren(FamilyNucleus& family, const Date& fallback);

// Abuse, neglect or exploitation the risk identification confirmed and the DGASPC has not yet been
// told of: SPAS notifies "after filling out the Risk identification sheet" (section 1.1.1 (c)); a
// mere suspicion calls for the visit within 72 hours first (abuseVisitPending, rules.h).
// The indicators concerned, empty when nothing is due.
IndicatorSet dgaspcNotificationDue(const FamilyNucleus& family);

}  // namespace prevplan
