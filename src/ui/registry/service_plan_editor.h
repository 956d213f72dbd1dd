#pragma once
// A registry child's service plan (GD 691 art. 10-11, section 4.2): the benefits and services
// it recommends, who provides them and for how long, the case officer, the mayor's approval;
// and the monitoring visits, each of which may call for a revision.
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

class ServicePlanEditor {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    void items(Context& ctx, const Plan& plan, const FamilyRef& ref, const Child& c);
    void fields(Context& ctx, const Plan& plan, const FamilyRef& ref, const Child& c);
    void visits(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f, const Child& c);
};

}  // namespace prevplan::ui
