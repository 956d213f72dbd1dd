#pragma once
// Where the user is inside an open plan: the workflow step, and the record whose editor is
// shown (none: the step's list). Screens of every step move the focus (so it lives in the kit);
// the work queue jumps with it.
#include "core/observatory/family_edits.h"

namespace prevplan::ui {

// The workflow steps (kSteps in plan_view.cpp lists them in the methodology's order).
enum class Step {
    Commune, Observatory, Risk, Registry, WorkQueue, Report, Resources, RequiredServices, Priorities, ThePlan, Monitoring,
    Share,
    Count  // the number of steps
};

enum class Editor { None, Household, Sheet, Risk, ServicePlan };

// The step whose screen shows an editor.
constexpr Step stepOf(Editor editor) {
    switch (editor) {
        case Editor::None:
        case Editor::Household:
        case Editor::Sheet: return Step::Observatory;
        case Editor::Risk: return Step::Risk;
        case Editor::ServicePlan: return Step::Registry;
    }
    return Step::Observatory;
}

struct PlanFocus {
    Step step = Step::Commune;
    Editor editor = Editor::None;
    FamilyRef family;  // the household, and the family nucleus for the sheet and the risk identification
    Id child;          // the registry child of the service plan
    bool dashboard = false;  // the plan's dashboard instead of the step; moving anywhere leaves it

    void show(Step s) {
        *this = PlanFocus{};
        step = s;
    }
    void open(Editor e, FamilyRef ref, Id childId = {}) {
        step = stepOf(e);
        dashboard = false;
        editor = e;
        family = std::move(ref);
        child = std::move(childId);
    }
    void close() { editor = Editor::None; }
    void showDashboard() { dashboard = true; }
};

}  // namespace prevplan::ui
