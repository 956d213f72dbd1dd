#pragma once
// The twelve steps of the method as a person meets them: the title in the step list, its icon
// and what the step is for. The plan's step list, the start page and Help read this one table.
#include <iterator>

#include "core/base/text.h"
#include "core/progress/plan_progress.h"
#include "ui/kit/plan_focus.h"
#include "ui/kit/strings.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/observatory/strings.h"
#include "ui/planning/strings.h"
#include "ui/registry/strings.h"
#include "ui/report/strings.h"
#include "ui/resources/strings.h"
#include "ui/sharing/strings.h"

namespace prevplan::ui {

struct StepInfo {
    Step step;
    const Text* title;
    const char* icon;  // theme::icon
    Text purpose;      // one sentence, for Help and the start page's tooltips
};

// In the methodology's order, which is the order of the step list.
inline constexpr StepInfo kStepCatalog[] = {
    {Step::Commune,
     &str::kCommune,
     theme::icon::kCommune,
     {"Satele comunei și numărul copiilor din fiecare (INS): baza tuturor calculelor.",
      "The commune's villages and the number of children in each (INS): the base of every figure."}},
    {Step::Observatory,
     &str::kStepObservatory,
     theme::icon::kObservatory,
     {"Recensământul copiilor pe gospodării, cu fișa de observație (65 de indicatori) pentru fiecare familie.",
      "A census of the children by household, with the Observation Sheet (65 indicators) for each family."}},
    {Step::Risk,
     &str::kStepRisk,
     theme::icon::kRisk,
     {"Vizita la domiciliu confirmă sau infirmă suspiciunile din fișă; riscurile confirmate trec în Registru.",
      "The home visit confirms or rules out the sheet's suspicions; confirmed risks go to the Registry."}},
    {Step::Registry,
     &str::kStepRegistry,
     theme::icon::kRegistry,
     {"Copiii aflați în situație de risc, cu planul de servicii și vizitele de monitorizare.",
      "The children at risk, with their service plan and monitoring visits."}},
    {Step::WorkQueue,
     &str::kStepWorkQueue,
     theme::icon::kWorkQueue,
     {"Termenele care urmează și cele depășite: fișe de actualizat, vizite, planuri de servicii, anunțarea DGASPC.",
      "The deadlines coming and overdue: sheets to update, visits, service plans, notifying the DGASPC."}},
    {Step::Report,
     &str::kStepReport,
     theme::icon::kReport,
     {"Câți copii și câte familii au fiecare risc, pe sate și pe dimensiuni, ca în Tabelul 1 al metodologiei.",
      "How many children and families have each risk, by village and dimension, as in the methodology's Table 1."}},
    {Step::Resources,
     &str::kStepResources,
     theme::icon::kResources,
     {"Inventarul serviciilor, experților și grupurilor din comună și din micro-zona funcțională.",
      "The inventory of services, experts and groups in the commune and its functional micro-area."}},
    {Step::RequiredServices,
     &str::kStepRequired,
     theme::icon::kRequired,
     {"Nevoile puse față în față cu resursele: ce serviciu lipsește și ce trebuie înființat.",
      "The needs set against the resources: which service is missing and what must be set up."}},
    {Step::Priorities,
     &str::kStepPriorities,
     theme::icon::kPriorities,
     {"Sesiunea cu partenerii: criteriile, punctajele și lista scurtă de 3–5 priorități.",
      "The session with the partners: the criteria, the scores and the short list of 3–5 priorities."}},
    {Step::ThePlan,
     &str::kStepThePlan,
     theme::icon::kThePlan,
     {"Obiectivele, acțiunile, bugetul pe ani și personalul: planul propriu-zis.",
      "The objectives, actions, yearly budget and staff: the plan itself."}},
    {Step::Monitoring,
     &str::kStepMonitoring,
     theme::icon::kMonitoring,
     {"Indicatorii planului, an de an, și modificările aduse planului.",
      "The plan's indicators year by year and the amendments made to it."}},
    {Step::Share,
     &str::kStepShare,
     theme::icon::kShare,
     {"Documentul pentru consiliul local, pachetul pentru DGASPC și copiile de siguranță.",
      "The document for the local council, the package for the DGASPC and the backups."}},
};
static_assert(std::size(kStepCatalog) == static_cast<std::size_t>(Step::Count), "one line per Step");

// The catalog line of a step.
constexpr const StepInfo& stepInfo(Step step) {
    for (const StepInfo& info : kStepCatalog)
        if (info.step == step) return info;
    return kStepCatalog[0];
}

// The core counts the same steps in the same order (core/progress/plan_progress.h).
static_assert(static_cast<int>(Step::Count) == static_cast<int>(PlanStep::Count), "the core's steps are these");
static_assert(static_cast<int>(Step::Share) == static_cast<int>(PlanStep::Share), "in the same order");
constexpr PlanStep planStep(Step step) { return static_cast<PlanStep>(step); }
constexpr Step uiStep(PlanStep step) { return static_cast<Step>(step); }
// The step's number in the method, 1–12.
constexpr int stepNumber(Step step) { return static_cast<int>(step) + 1; }

// A step's state as the step list shows it: a mark and a word, in a colour that is never the
// only sign (✓ done, … in progress, – not started).
struct StateMark {
    StepState state;
    const char* mark;
    unsigned int color;  // ABGR, kit/widgets.h
};
inline constexpr StateMark kStateMarks[] = {
    {StepState::NotStarted, "\xE2\x80\x93", kColorMuted},    // – en dash
    {StepState::InProgress, "\xE2\x80\xA6", kColorWarning},  // … ellipsis
    {StepState::Done, "\xE2\x9C\x93", kColorOk},             // ✓ check mark
};
constexpr const StateMark& stateMark(StepState state) { return kStateMarks[static_cast<int>(state)]; }

}  // namespace prevplan::ui
