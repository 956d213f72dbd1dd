#pragma once
// Where the user is inside an open plan: the workflow step, and the record whose editor is
// shown (none: the step's list). Screens move the focus; the work queue jumps with it.
#include "core/observatory/family_edits.h"

namespace prevplan::ui {

// The workflow steps, in the methodology's order (kSteps in plan_view.cpp follows it).
enum class Step { Commune, Observatory, Risk, Registry, WorkQueue, Report, Resources, RequiredServices, Priorities, ThePlan, Monitoring, Share };

enum class Editor { None, Household, Sheet, Risk, ServicePlan };

struct PlanFocus {
    Step step = Step::Commune;
    Editor editor = Editor::None;
    FamilyRef family;  // the household, and the family nucleus for the sheet and the risk identification
    Id child;          // the registry child of the service plan

    void show(Step s) {
        *this = PlanFocus{};
        step = s;
    }
    void open(Editor e, FamilyRef ref, Id childId = {}) {
        static constexpr Step kStepOf[] = {Step::Observatory, Step::Observatory, Step::Observatory, Step::Risk,
                                           Step::Registry};
        step = kStepOf[static_cast<int>(e)];
        editor = e;
        family = std::move(ref);
        child = std::move(childId);
    }
    void close() { editor = Editor::None; }
};

}  // namespace prevplan::ui
