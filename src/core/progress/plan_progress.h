#pragma once
// Where a plan stands: each of the method's twelve steps not started, in progress or done, with
// the one-line reason a social worker would give; the commune's counts, what is overdue (legal
// deadlines first) and the step to take next. Computed from the plan's data alone, in one pass
// over the households and one over the work queue: the step list and the dashboard read it.
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "core/base/text.h"
#include "core/gaps/gap_analysis.h"
#include "core/model/model.h"
#include "core/model/per_household.h"
#include "core/registry/work_queue.h"

namespace prevplan {

// The steps of the method, in its order (the step list's).
enum class PlanStep {
    Commune,
    Observatory,
    Risk,
    Registry,
    WorkQueue,
    Report,
    Resources,
    RequiredServices,
    Priorities,
    ThePlan,
    Monitoring,
    Share,
    Count  // the number of steps
};
constexpr std::size_t kPlanStepCount = static_cast<std::size_t>(PlanStep::Count);

enum class StepState { NotStarted, InProgress, Done };
Text stepStateName(StepState state);  // "neînceput" / "not started" …

struct StepProgress {
    PlanStep step = PlanStep::Commune;
    StepState state = StepState::NotStarted;
    Wording reason;  // "3 din 5 sate fără gospodării cu fișă de observație"
};

// The commune at a glance, children 0-17 on the day (rules.h inObservatoryOn).
struct CommuneCounts {
    long children = 0, households = 0, families = 0;
    long atRiskChildren = 0;    // in a family nucleus with a risk confirmed, or suspected and not yet judged
    long registryChildren = 0;  // the Registry of at-risk children
    long confirmedRisks = 0;    // risk situations the home visits confirmed, nuclei together
    long servicePlans = 0;      // Registry children whose service plan is completed
};

// Overdue work of one kind, from the work queue.
struct OverdueWork {
    TaskKind kind;
    bool legal = false;  // a deadline the law sets (72 hours, the DGASPC at once): listed first
    Text label;          // "Vizite la domiciliu în 72 de ore"
    long count = 0;
    Date oldest;  // the earliest due date among them
};

struct PlanProgress {
    std::array<StepProgress, kPlanStepCount> steps;  // in the method's order
    CommuneCounts counts;
    std::vector<OverdueWork> overdue;  // kinds with overdue work only; legal deadlines first
    long overdueTotal = 0;
    std::optional<PlanStep> next;  // the first step not done; none when every step is

    const StepProgress& of(PlanStep step) const { return steps[static_cast<std::size_t>(step)]; }
};

// What one household adds to a plan's progress.
struct HouseholdProgress {
    struct Overdue {
        long count = 0;
        Date oldest;
    };
    CommuneCounts counts;  // households: 1 when one of its nuclei counts
    long familiesWithoutSheet = 0, sheets = 0;
    long visitsPending = 0, visitsMade = 0;
    long plansMissing = 0, plansAwaitingApproval = 0;
    std::array<Overdue, 6> overdueByKind;  // in the dashboard's order (legal deadlines first)
};
// Each household's part, kept between computations (the step list keeps one).
using ProgressFacts = PerHousehold<HouseholdProgress>;

PlanProgress planProgress(const Plan& plan, const Date& today);
// The same, reading the unchanged households' parts from `facts`.
PlanProgress planProgress(const Plan& plan, const Date& today, ProgressFacts& facts);

}  // namespace prevplan
