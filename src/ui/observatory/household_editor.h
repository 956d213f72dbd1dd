#pragma once
// One household of the Observatory: its village and address, its family nuclei and their
// children, with the way to each nucleus's Observation Sheet and risk identification.
#include "ui/kit/context.h"
#include "ui/kit/plan_focus.h"

namespace prevplan::ui {

class HouseholdEditor {
public:
    void draw(Context& ctx, const Plan& plan, PlanFocus& focus);

private:
    void householdFields(Context& ctx, const Plan& plan, const Household& h);
    void family(Context& ctx, const Plan& plan, const Household& h, const FamilyNucleus& f, PlanFocus& focus);
    void childRow(Context& ctx, const Plan& plan, const FamilyRef& ref, const FamilyNucleus& f, const Child& c, int number);
};

}  // namespace prevplan::ui
