#pragma once
// The risk identification step (section 1.1.1, 1.2.2): the families whose Observation Sheet
// raised a suspicion, and for one of them the home visit that confirms or rejects each one,
// with the DGASPC alert for abuse, neglect or exploitation.
#include <vector>

#include "core/base/memo.h"
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

class RiskView {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    bool showAll_ = false;
    Memo<Plan, std::vector<FamilyRef>> suspected_;  // awaiting the visit first, then visited

    void list(Context& ctx, const Plan& plan, PlanFocus& focus);
    void editor(Context& ctx, const Plan& plan, PlanFocus& focus);
    void visitFields(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f);
    void dgaspcAlert(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f);
    void verdictRow(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f, std::size_t i);
};

}  // namespace prevplan::ui
