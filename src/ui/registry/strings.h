#pragma once
// The words of the risk identification, the Registry of at-risk children with its service plans,
// and the work queue, Romanian first.
#include "core/base/text.h"
#include "core/base/words.h"
#include "ui/kit/deletion.h"

namespace prevplan::str {

// Steps of the plan screen
inline constexpr Text kStepRisk{"Identificarea riscurilor", "Risk identification"};
inline constexpr Text kStepRegistry{"Registrul copiilor în risc", "At-risk children Registry"};
inline constexpr Text kStepWorkQueue{"De făcut", "Work queue"};

// Risk identification
inline constexpr Text kRiskListTitle{"Familii cu suspiciuni", "Families with suspicions"};
inline constexpr Text kRiskAwaiting{"așteaptă vizita", "awaiting the visit"};
inline constexpr Text kRiskDone{"vizită făcută", "visited"};
inline constexpr Text kNoSuspicions{"Nicio familie nu are suspiciuni în fișa de observație.",
                                    "No family has a suspicion on its observation sheet."};
inline constexpr Text kRiskTitle{"Identificarea riscurilor – familia %s", "Risk identification – family %s"};
inline constexpr Text kVisitedOn{"Data vizitei la domiciliu", "Home visit date"};
inline constexpr Text kVisitedBy{"Vizita făcută de", "Visited by"};
inline constexpr Text kConfirm{"Confirmă", "Confirm"};
inline constexpr Text kReject{"Infirmă", "Reject"};
inline constexpr Text kNotAssessed{"Neevaluat", "Not assessed"};
inline constexpr Text kShowAllIndicators{"Arată toți indicatorii", "Show every indicator"};
inline constexpr Text kDgaspcAlert{
    "ATENȚIE: vizita a confirmat un posibil abuz, neglijare sau exploatare. Anunțați DGASPC ACUM (HG 691/2015, art. "
    "12); DGASPC verifică în 48 de ore.",
    "ALERT: the visit confirmed possible abuse, neglect or exploitation. Notify the DGASPC NOW (GD 691/2015 art. 12); "
    "the DGASPC checks within 48 hours."};
inline constexpr Text kAbuseVisitPrompt{
    "⚠ Fișa de observație semnalează o suspiciune de abuz sau neglijare: faceți vizita în 72 de ore și confirmați sau "
    "infirmați. Dacă o confirmați, anunțați imediat DGASPC.",
    "⚠ The observation sheet raises a suspicion of abuse or neglect: make the visit within 72 hours and confirm or "
    "reject it. If you confirm it, notify the DGASPC at once."};
inline constexpr Text kDgaspcNotifiedToday{"DGASPC a fost anunțată azi", "The DGASPC was notified today"};
inline constexpr Text kDgaspcNotifiedOn{"DGASPC anunțată la", "DGASPC notified on"};
inline constexpr Text kRegistryNote{"Copiii familiei sunt în Registrul copiilor aflați în situație de risc.",
                                    "The family's children are in the Registry of at-risk children."};
inline constexpr Text kNoSheetForRisk{"Familia nu are încă o fișă de observație.", "The family has no observation sheet yet."};

// Registry
inline constexpr Text kRegistryEmpty{"Registrul este gol: niciun risc confirmat încă.", "The Registry is empty: no confirmed risk yet."};
inline constexpr Text kRegistryCount{"Copii în Registru: %s", "Children in the Registry: %s"};  // groupedNumber
inline constexpr Text kColRisks{"Riscuri", "Risks"};
inline constexpr Text kColMonitoring{"Monitorizare", "Monitoring"};
inline constexpr Text kColServicePlan{"Planul de servicii", "Service plan"};
inline constexpr Text kColDue{"Termen", "Due"};
inline constexpr Text kEveryMonths{"la %s", "every %s"};  // "la 3 luni"
inline constexpr Text kOverdue{"DEPĂȘIT", "OVERDUE"};
// Short enough for the deadline column; the tooltip says it whole.
inline constexpr Text kLeftRegistry{"Major din %s", "Adult since %s"};
inline constexpr Text kLeftRegistryWhole{"A împlinit 18 ani la %s: a ieșit din Registru; datele lui rămân.",
                                         "Turned 18 on %s: left the Registry; the record stays."};
inline constexpr Text kBackToRegistry{"← Registrul", "← Registry"};
inline constexpr Text kServicePlanTitle{"Planul de servicii – %s", "Service plan – %s"};
inline constexpr Text kStartServicePlan{"Începe planul de servicii", "Start the service plan"};
inline constexpr Text kOtherBenefits{"Alte beneficii", "Other benefits"};
inline constexpr Text kOtherServices{"Alte servicii", "Other services"};
inline constexpr Text kProvider{"Furnizorul", "Provider"};
inline constexpr Text kGoal{"Scopul", "Goal"};
inline constexpr Text kDuration{"Durata (luni)", "Duration (months)"};
inline constexpr Text kCaseOfficer{"Responsabilul de caz", "Case officer"};
inline constexpr Text kCaseOfficerFunction{"Funcția responsabilului", "Case officer's function"};
inline constexpr Text kCompletedOn{"Plan întocmit la", "Plan completed on"};
inline constexpr Text kApprovedOn{"Aprobat prin dispoziția primarului la", "Approved by the mayor's order on"};
inline constexpr Text kVisits{"Vizitele de monitorizare", "Monitoring visits"};
inline constexpr Text kVisitDate{"Data vizitei", "Visit date"};
inline constexpr Text kRevisionNeeded{"Planul trebuie revizuit", "The plan needs a revision"};
inline constexpr Text kRevisionReason{"Motivul", "Reason"};
inline constexpr Text kRevisedOn{"Revizuit la", "Revised on"};
inline constexpr Text kAddVisit{"Adaugă o vizită", "Add a visit"};
inline constexpr Text kDeleteVisit{"Șterge vizita", "Delete the visit"};
inline constexpr ui::DeletionWords kVisitDeletion{
    {"Ștergeți vizita de monitorizare din %s?", "Delete the monitoring visit of %s?"},
    kDeleteVisit,
    {"Vizita de monitorizare din %s a fost ștearsă", "Monitoring visit of %s deleted"}};
inline constexpr Text kNextVisitDue{"Următoarea vizită: %s (la %s, %s)", "Next visit: %s (every %s, %s)"};
inline constexpr Noun kConfirmedRisk{{"risc confirmat", "confirmed risk"}, {"riscuri confirmate", "confirmed risks"}};

// Work queue
inline constexpr Text kWorkQueueTitle{"De făcut azi și în următoarele 30 de zile", "Due today and in the next 30 days"};
inline constexpr Text kWorkQueueCounts{"%s, dintre care %s", "%s, of which %s"};  // "2 sarcini, dintre care 1 depășită"
inline constexpr Noun kTask{{"sarcină", "task"}, {"sarcini", "tasks"}};
inline constexpr Noun kOverdueTask{{"depășită", "overdue"}, {"depășite", "overdue"}};
inline constexpr Text kWorkQueueEmpty{"Nimic de făcut în următoarele 30 de zile.", "Nothing due in the next 30 days."};
inline constexpr Text kTaskRefresh{"Fișa de observație de completat sau actualizat", "Observation sheet to fill out or refresh"};
inline constexpr Text kTaskRisk{"Vizita la domiciliu (72 de ore)", "Home visit (72 hours)"};
inline constexpr Text kTaskNotify{"⚠ Anunțați DGASPC acum (abuz/neglijare)", "⚠ Notify the DGASPC now (abuse/neglect)"};
inline constexpr Text kTaskServicePlan{"Planul de servicii (30 de zile)", "Service plan (30 days)"};
inline constexpr Text kTaskMonitoring{"Vizita de monitorizare", "Monitoring visit"};
inline constexpr Text kTaskAbuseVisit{"⚠ Vizită în 72 h (suspiciune de abuz/neglijare)",
                                      "⚠ Visit within 72 h (suspected abuse/neglect)"};
inline constexpr Text kUrgent{"URGENT", "URGENT"};
inline constexpr Noun kUrgentTask{{"sarcină urgentă", "urgent task"}, {"sarcini urgente", "urgent tasks"}};
inline constexpr Text kColTask{"Ce", "What"};
inline constexpr Text kColWho{"Pentru", "For"};

// Work queue and Registry: search, filters and groups
inline constexpr Text kColAddress{"Adresa", "Address"};
inline constexpr Text kFilterTaskType{"Tipul", "Type"};
inline constexpr Text kEveryType{"Toate tipurile", "Every type"};
inline constexpr Text kFilterQueueVillage{"Satul", "Village"};
inline constexpr Text kEveryVillage{"Toate satele", "Every village"};
inline constexpr Text kFilterDeadline{"Termenul", "Deadline"};
inline constexpr Text kDueNames[] = {
    {"Toate termenele", "Every deadline"}, {"Depășite", "Overdue"}, {"În termen", "In time"}};
inline constexpr Text kFilterUrgency{"Urgența", "Urgency"};
inline constexpr Text kUrgencyNames[] = {{"Toate", "All"},
                                         {"Doar urgente (abuz, neglijare)", "Urgent only (abuse, neglect)"},
                                         {"Fără cele urgente", "Not urgent"}};
inline constexpr Text kGroupBy{"Grupare", "Groups"};
inline constexpr Text kTaskGroupNames[] = {
    {"Fără grupare", "No groups"}, {"După tip", "By type"}, {"După sat", "By village"}};
inline constexpr Text kRegistryGroupNames[] = {
    {"Fără grupare", "No groups"}, {"După planul de servicii", "By service plan"}, {"După sat", "By village"}};
inline constexpr Text kAnyPlanStatus{"Orice stare", "Any status"};
inline constexpr Text kLegalDeadlines{"⚠ Termene legale: vizita în 72 de ore, abuz, DGASPC",
                                      "⚠ Legal deadlines: the 72-hour visit, abuse, the DGASPC"};
inline constexpr Text kRoutineDeadlines{"Termene obișnuite", "Routine deadlines"};
inline constexpr Text kWholeRegistry{"Registrul", "The Registry"};
inline constexpr Noun kOverdueDeadline{{"termen depășit", "overdue deadline"},
                                       {"termene depășite", "overdue deadlines"}};
inline constexpr Noun kRegistryChild{{"copil", "child"}, {"copii", "children"}};
inline constexpr Text kNoTaskMatches{"Nicio sarcină nu se potrivește căutării și filtrelor.",
                                     "No task matches the search and the filters."};
inline constexpr Text kNoChildMatches{"Niciun copil din Registru nu se potrivește căutării și filtrelor.",
                                      "No child in the Registry matches the search and the filters."};

// Export
inline constexpr Text kExportRegistry{"Exportă Registrul (CSV)", "Export the Registry (CSV)"};

}  // namespace prevplan::str
