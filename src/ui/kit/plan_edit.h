#pragma once
// Model edits from a plan's screens, and the small widgets those screens share. Each edit
// applies a change to a copy of the plan and commits it as one undo step (see Context::commit).
#include <optional>
#include <string>

#include "core/observatory/family_edits.h"
#include "platform/platform.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

template <typename Change>
void editPlanWith(Context& ctx, const Plan& plan, const char* label, const std::string& mergeKey, Change change) {
    Workspace next = ctx.workspace();
    Plan& copy = editPlan(next, plan.id);
    change(copy);
    copy.modifiedOn = platform::timestampNow();
    ctx.commit(std::move(next), label, mergeKey);
}

// change(FamilyNucleus&, Plan&): edits one family nucleus (its sheet, risk identification, children).
template <typename Change>
void editFamilyWith(Context& ctx, const Plan& plan, const FamilyRef& ref, const char* label, const std::string& mergeKey,
                    Change change) {
    editPlanWith(ctx, plan, label, mergeKey, [&](Plan& p) { change(editFamily(p, ref), p); });
}

// Asks before deleting from the plan (deletion.h). `change(Plan&)` runs on the plan as it is
// when the person confirms, so it captures ids by value, never the records on screen.
template <typename Change>
void askToDelete(Context& ctx, const Plan& plan, const DeletionWords& words, std::string name, DeletionImpact impact,
                 const char* label, Change change) {
    ctx.deletions.ask({&words, std::move(name), std::move(impact), [id = plan.id, label, change](Context& c) {
                           if (const Plan* current = findPlan(c.workspace(), id))
                               editPlanWith(c, *current, label, {}, change);
                       }});
}

// The undo key of typing in one field of one record.
inline std::string fieldKey(const Plan& plan, const std::string& record, const char* field) {
    return plan.id + "/" + record + "/" + field;
}

Date today();

// A date shown DD.MM.YYYY and typed the ways readDate understands (1.7.2018, 01.07.2018, 1/7/2018,
// 2018-07-01); true when it became a valid date or was cleared. Text that is not a date is never
// written to the model nor erased: the field keeps it, framed red, and says below what is wrong
// (in `lang`), until it is corrected, cleared, or the value changes elsewhere (undo).
bool dateField(const char* label, std::optional<Date>& value, float width, Lang lang);

// Which children an answer concerns directly (child-level indicators): one checkbox per child,
// over the observed or the confirmed exposure (`exposure` is &Child::exposedObserved or …Confirmed).
void exposureCheckboxes(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f, std::size_t i,
                        IndicatorSet Child::*exposure);

}  // namespace prevplan::ui
