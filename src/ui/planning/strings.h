#pragma once
// The words of the planning screens (priorities, consultation, partnership session, objectives,
// actions, annual action plan, budget, staffing), Romanian first; monitoring uses them too, and
// keeps its own in ui/monitoring/strings.h.
#include "core/base/text.h"
#include "core/base/words.h"
#include "ui/kit/deletion.h"

namespace prevplan::str {

// Steps of the plan screen
inline constexpr Text kStepPriorities{"Priorități", "Priorities"};
inline constexpr Text kStepThePlan{"Planul", "The plan"};
inline constexpr Text kStepMonitoring{"Monitorizare", "Monitoring"};

// Criteria (section 1.1.4.3), in Criterion order: short name, then what it asks.
inline constexpr Text kCriteriaShort[] = {
    {"Mărime", "Size"},        {"Urgență", "Urgency"},    {"Consultare", "Consultation"}, {"Resurse", "Resources"},
    {"Finanțare", "Funding"}, {"Colaborare", "Cooperation"}, {"Parteneriat", "Partnership"},
};
inline constexpr Text kCriteriaHelp[] = {
    {"Calculat: copiii din grupul pe care îl servește (5 = cel mai mare grup dintre candidați).",
     "Computed: children in the group it serves (5 = the largest group among the candidates)."},
    {"Calculat: gospodăriile cu peste 10 situații de risc din grup (5 = cele mai multe).",
     "Computed: households with more than 10 risk situations in the group (5 = the most)."},
    {"Rezultatele consultării, dezbaterii publice, participării comunității.",
     "Results of consultation, public debate and community participation."},
    {"Resursele umane și materiale pe care comuna le are sau le poate mobiliza.",
     "Human and material resources the commune has or can mobilise."},
    {"Bugetul local și oportunitățile de finanțare.", "The local budget and funding opportunities."},
    {"Oportunități și constrângeri în colaborarea cu DGASPC, DSP, ISJ, primăriile din microzonă.",
     "Opportunities and constraints of cooperating with the DGASPC, public health, school inspectorate, "
     "micro-area mayoralties."},
    {"Parteneriate posibile cu societatea civilă și furnizorii de servicii existenți.",
     "Possible partnerships with civil society and existing service providers."},
};

// Priorities step
inline constexpr Text kTabMatrix{"Matricea de prioritizare", "Priority matrix"};
inline constexpr Text kTabRounds{"Runde de consultare", "Consultation rounds"};
inline constexpr Text kTabPriorityCandidates{"Candidați", "Candidates"};
inline constexpr Text kStartSession{"Sesiune de parteneriat (proiector)", "Partnership session (projector)"};
inline constexpr Text kWeights{"Ponderi (0–10)", "Weights (0–10)"};
inline constexpr Text kWeightOf{"Pondere: %s", "Weight: %s"};
inline constexpr Text kResetWeights{"Ponderile implicite", "Default weights"};
inline constexpr Text kColRank{"Loc", "Rank"};
inline constexpr Text kColCandidateService{"Serviciul candidat", "Candidate service"};
inline constexpr Text kColTotal{"Total", "Total"};
inline constexpr Text kColContributions{"Contribuția fiecărui criteriu", "Each criterion's contribution"};
inline constexpr Text kColShortList{"Lista scurtă", "Short list"};
inline constexpr Text kNotScored{"–", "–"};
inline constexpr Text kScoreOf{"%s · %s", "%s · %s"};
inline constexpr Text kScoreValue{"Punctaj %d", "Score %d"};
inline constexpr Text kScoreClear{"Fără punctaj", "No score"};
inline constexpr Text kScoreNote{"Notă (argumentul grupului)", "Note (the group's reason)"};
inline constexpr Text kSuggested{"Sugestie din date: %d", "Suggested by the data: %d"};
inline constexpr Text kUseSuggestion{"Folosește sugestia", "Use the suggestion"};
// %s, %s: counts of children and households (countOf)
inline constexpr Text kGroupFigures{"%s, %s, urgente: %s", "%s, %s, urgent: %s"};  // countOf, countOf, groupedNumber
inline constexpr Noun kCriterionNoun{{"criteriu", "criterion"}, {"criterii", "criteria"}};
inline constexpr Text kMissingScores{"%s fără punctaj", "%s not scored"};  // a count of criteria
inline constexpr Text kRanking{"Clasamentul", "Ranking"};
inline constexpr Text kNoCandidates{
    "Nu există încă servicii candidate. Adăugați-le din lista serviciilor necesare sau de mână (fila Candidați).",
    "There are no candidate services yet. Add them from the required-services list or by hand (Candidates tab)."};
inline constexpr Text kShortListCount{"Pe lista scurtă: %s.", "On the short list: %s."};  // a count of priorities
inline constexpr Text kShortListTooFew{
    "Metodologia (secțiunea 1.1.4.3) cere o listă scurtă de, ideal, 3–5 priorități concrete: cu mai puține, "
    "grupurile mari sau urgente rămân fără serviciu; procesul poate avea mai multe runde.",
    "The methodology (section 1.1.4.3) asks for a short list of ideally 3–5 concrete priorities: with fewer, "
    "large or urgent groups are left without a service; the process may take several rounds."};
inline constexpr Text kShortListTooMany{
    "Metodologia (secțiunea 1.1.4.3) cere o listă scurtă de, ideal, 3–5 priorități concrete: prioritățile spun "
    "ce servicii se dezvoltă, în ce ordine și în ce interval; mai multe nu pot fi ordonate și finanțate cu "
    "personalul și bugetul unei comune. Mai faceți o rundă.",
    "The methodology (section 1.1.4.3) asks for a short list of ideally 3–5 concrete priorities: priorities say "
    "which services are developed, in what order and over what time; more cannot be ordered and funded with a "
    "commune's staff and budget. Hold another round."};
inline constexpr Text kShortListGood{"Lista scurtă are 3–5 priorități, cum cere metodologia.",
                                     "The short list has 3–5 priorities, as the methodology asks."};
inline constexpr Text kStaffingHint{"Personal SPAS: %d; necesar: %d (vezi Planul → Personal).",
                                    "SPAS staff: %d; needed: %d (see The plan → Staffing)."};

// Candidates
inline constexpr Text kFromRequired{"Din lista serviciilor necesare", "From the required-services list"};
inline constexpr Text kNoRequired{"Toate serviciile necesare sunt deja candidate (sau au fost respinse).",
                                  "Every required service is already a candidate (or was dismissed)."};
inline constexpr Text kAddAsCandidate{"Adaugă", "Add"};
inline constexpr Text kAddAllRequired{"Adaugă toate", "Add all"};
inline constexpr Text kByHand{"Adăugat de mână", "Added by hand"};
inline constexpr Text kCandidateServiceName{"Numele serviciului", "Service name"};
inline constexpr Text kTargetGroup{"Grupul țintă (Tabelul 3)", "Target group (Table 3)"};
inline constexpr Text kNoGroup{"(niciun grup anume)", "(no particular group)"};
inline constexpr Text kAddByHand{"Adaugă candidatul", "Add the candidate"};
inline constexpr Text kVotedKept{"A primit voturi într-o rundă: rămâne în evidență.",
                                 "It received votes in a round: it stays on record."};
inline constexpr Text kCandidatesList{"Servicii candidate", "Candidate services"};

// Consultation rounds
inline constexpr Text kNewRound{"Rundă nouă", "New round"};
inline constexpr Text kRoundDate{"Data", "Date"};
inline constexpr Text kRoundFormat{"Forma", "Format"};
inline constexpr Text kParticipants{"Participanți", "Participants"};
inline constexpr Text kOrganisation{"Organizația", "Organisation"};
inline constexpr Text kKind{"Categoria", "Kind"};
inline constexpr Text kCount{"Număr", "Number"};
inline constexpr Text kAddParticipant{"Adaugă participanți", "Add participants"};
inline constexpr Text kVotes{"Voturi", "Votes"};
inline constexpr Noun kVoteNoun{{"vot", "vote"}, {"voturi", "votes"}};
inline constexpr Text kVotesFor{"Voturi: %s", "Votes: %s"};
inline constexpr Text kOpinionsFor{"Opinii: %s", "Opinions: %s"};
inline constexpr Text kOpinions{"Opinii", "Opinions"};
inline constexpr Text kDecisions{"Decizii", "Decisions"};
inline constexpr Text kRecordRound{"Înregistrează runda", "Record the round"};
inline constexpr Text kRoundsKept{"Rundele înregistrate se păstrează așa cum au fost; o rundă nouă nu o înlocuiește pe cea veche.",
                                  "Recorded rounds are kept as they were; a new round never replaces an earlier one."};
// Its number, date, format and a count of participants (countOf).
inline constexpr Text kRoundTitle{"Runda %d · %s · %s · %s", "Round %d · %s · %s · %s"};
inline constexpr Text kNoRounds{"Nicio rundă înregistrată încă.", "No round recorded yet."};

// Partnership session
inline constexpr Text kSessionTitle{"Sesiune de parteneriat", "Partnership session"};
inline constexpr Text kEndSession{"Închide sesiunea", "End the session"};
inline constexpr Text kSessionHelp{"Clic pe o notă: +1 (după 5 revine la 1). Clic dreapta: -1.",
                                   "Click a score: +1 (after 5 it goes back to 1). Right click: -1."};
inline constexpr Text kTimerStart{"Pornește cronometrul", "Start the timer"};
inline constexpr Text kTimerPause{"Oprește cronometrul", "Pause the timer"};
inline constexpr Text kTimerReset{"Resetează", "Reset"};
inline constexpr Text kTimerMinutes{"Minute", "Minutes"};

// The plan step tabs
inline constexpr Text kTabObjectives{"Obiective", "Objectives"};
inline constexpr Text kTabActions{"Acțiuni", "Actions"};
inline constexpr Text kTabActionPlan{"Planul anual de acțiune", "Annual action plan"};
inline constexpr Text kTabBudget{"Buget", "Budget"};
inline constexpr Text kTabStaffing{"Personal", "Staffing"};

// Objectives
inline constexpr Text kStrategyStart{"Primul an al strategiei", "First year of the strategy"};
inline constexpr Text kPeriod{"Durata strategiei", "Strategy period"};
inline constexpr Text kFiveYears{"5 ani", "5 years"};
inline constexpr Text kTenYears{"10 ani", "10 years"};
inline constexpr Text kGeneralObjective{"Obiectivul general", "General objective"};
inline constexpr Text kGeneralHelp{"Nu se schimbă odată cu planurile anuale sau perioada de programare (secțiunea 1.1.4.1).",
                                   "It does not change with the annual plans or the programming period (section 1.1.4.1)."};
inline constexpr Text kResetGeneral{"Textul metodologiei", "The methodology's text"};
inline constexpr Text kSpecificObjectives{"Obiective specifice", "Specific objectives"};
inline constexpr Text kAddTable4{"Adaugă din Tabelul 4", "Add from Table 4"};
inline constexpr Text kAddOwnObjective{"Adaugă un obiectiv propriu", "Add an objective of your own"};
inline constexpr Text kOwnObjective{"Obiectiv nou", "New objective"};
inline constexpr Text kObjectiveText{"Textul obiectivului", "Objective text"};
inline constexpr Text kColObjective{"Obiectivul", "Objective"};
inline constexpr Text kColIndicator{"Indicatorul", "Indicator"};
inline constexpr Text kColBaseline{"Valoarea de bază", "Baseline"};
inline constexpr Text kColTargetDate{"Termen", "By"};
inline constexpr Text kColPriority{"Prioritatea", "Priority"};
inline constexpr Text kMeasure{"Ce numără indicatorul", "What the indicator counts"};
inline constexpr Text kMeasureTyped{"(valoare introdusă de mână)", "(value typed by hand)"};
inline constexpr Text kRegistryMeasure{"Copii în Registru", "Children in the Registry"};
inline constexpr Text kRegistryOverTenMeasure{"Copii în Registru cu peste 10 situații de risc",
                                              "Registry children with more than 10 risk situations"};
inline constexpr Text kAnyRisk{"Orice situație de risc", "Any risk situation"};
inline constexpr Text kDimensionMeasure{"Dimensiunea %d: %s", "Dimension %d: %s"};
inline constexpr Text kBasisObserved{"suspiciuni (fișa de observație)", "suspicions (Observation Sheet)"};
inline constexpr Text kBasisConfirmed{"confirmate (vizita la domiciliu)", "confirmed (home visit)"};
inline constexpr Text kUnits[] = {
    {"gospodării", "households"},
    {"copii din gospodăriile afectate", "children in the households concerned"},
    {"copii direct expuși", "children directly exposed"},
};
inline constexpr Text kManualBaseline{"Valoarea de bază (de mână)", "Baseline (typed)"};
inline constexpr Text kTarget{"Ținta", "Target"};
inline constexpr Text kTargetDate{"Termenul", "Target date"};
inline constexpr Text kBaselineFrozen{"din raportul înghețat %d", "from the %d frozen report"};
inline constexpr Text kBaselineLive{"din datele de azi", "from today's data"};
inline constexpr Text kBaselineTyped{"introdusă", "typed"};
inline constexpr Text kBaselineHelp{
    "Valoarea de bază se calculează din Observator și Registru și urmează datele; odată înghețat raportul anului de "
    "început (pasul Raport), se ia din acesta.",
    "The baseline is computed from the Observatory and the Registry and follows the data; once the report of the "
    "first year is frozen (Report step), it is taken from that report."};
inline constexpr Text kNone{"(niciuna)", "(none)"};
inline constexpr Text kNoObjectives{"Niciun obiectiv specific încă.", "No specific objective yet."};
inline constexpr Text kEdit{"Editează", "Edit"};

// Actions
inline constexpr Text kAddAction{"Adaugă o acțiune", "Add an action"};
inline constexpr Text kNewAction{"Acțiune nouă", "New action"};
inline constexpr Text kDescription{"Descrierea", "Description"};
inline constexpr Text kActionKind{"Tipul", "Kind"};
inline constexpr Text kResponsible{"Responsabil", "Responsible"};
inline constexpr Text kPartners{"Parteneri", "Partners"};
inline constexpr Text kStart{"Început", "Start"};
inline constexpr Text kEnd{"Sfârșit", "End"};
inline constexpr Text kFunding{"Sursa de finanțare", "Funding source"};
inline constexpr Text kNoFunding{"(nealeasă)", "(not chosen)"};
inline constexpr Text kStatus{"Starea", "Status"};
inline constexpr Text kServesObjective{"Obiectivul servit", "Objective served"};
inline constexpr Text kServesPriority{"Prioritatea servită", "Priority served"};
inline constexpr Text kCostsPerYear{"Cost estimat pe an (lei)", "Estimated cost per year (RON)"};
inline constexpr Text kCostIn{"Cost %d", "Cost %d"};
inline constexpr Text kNoActions{"Nicio acțiune încă.", "No action yet."};
inline constexpr Text kActionTotal{"%s · total %s", "%s · total %s"};
inline constexpr Text kChooseStartYear{"Alegeți întâi primul an al strategiei (fila Obiective).",
                                       "Choose the strategy's first year first (Objectives tab)."};
inline constexpr Text kDeleteAction{"Șterge acțiunea", "Delete the action"};
inline constexpr Text kDeleteObjective{"Șterge obiectivul", "Delete the objective"};
inline constexpr ui::DeletionWords kCandidateDeletion{
    {"Eliminați serviciul „%s” din lista de priorități posibile?",
     "Remove the service “%s” from the possible priorities?"},
    {"Elimină serviciul", "Remove the service"},
    {"Serviciul „%s” a fost eliminat din listă", "Service “%s” removed from the list"}};
inline constexpr ui::DeletionWords kActionDeletion{{"Ștergeți acțiunea „%s”?", "Delete the action “%s”?"},
                                                   kDeleteAction,
                                                   {"Acțiunea „%s” a fost ștearsă", "Action “%s” deleted"}};
inline constexpr ui::DeletionWords kObjectiveDeletion{{"Ștergeți obiectivul „%s”?", "Delete the objective “%s”?"},
                                                      kDeleteObjective,
                                                      {"Obiectivul „%s” a fost șters", "Objective “%s” deleted"}};

// Annual action plan
inline constexpr Text kSections[] = {
    {"1. Numărul și categoriile de beneficiari", "1. Number and categories of beneficiaries"},
    {"2. Serviciile sociale existente", "2. Existing social services"},
    {"3. Serviciile sociale propuse pentru înființare", "3. Social services proposed to be set up"},
    {"4. Programul de contractare și subvenționare din fonduri publice", "4. Contracting and subsidy programme from public funds"},
    {"5. Activitățile de informare publică", "5. Public information activities"},
    {"6. Programul de formare și îndrumare metodologică a personalului",
     "6. Training and methodological guidance programme for staff"},
};
inline constexpr Text kActionPlanHelp{
    "Secțiunile cerute de HG 797/2017 (anexa 3, art. 5), completate din plan. Planul anual se face înaintea "
    "proiectului de buget al anului următor.",
    "The sections GD 797/2017 (Annex 3, art. 5) requires, filled from the plan. The annual plan comes before the "
    "next year's draft budget."};
inline constexpr Text kFromPlan{"completată din plan", "filled from the plan"};
inline constexpr Text kEdited{"textul dumneavoastră", "your text"};
inline constexpr Text kEditSection{"Editează secțiunea", "Edit the section"};
inline constexpr Text kBackToDraft{"Revino la textul din plan", "Back to the plan's text"};
inline constexpr Text kSectionText{"Textul secțiunii %d", "Text of section %d"};
inline constexpr Text kEmptySection{"(nimic în plan pentru acest an)", "(nothing in the plan for this year)"};

// Budget
inline constexpr Text kBudgetTotal{"Bugetul estimat al strategiei: %s", "The strategy's estimated budget: %s"};
inline constexpr Text kYear{"Anul", "Year"};
inline constexpr Text kColCouncil{"Din bugetul local", "From the local budget"};
inline constexpr Text kColCouncilShare{"Ponderea bugetului local", "Local budget share"};
inline constexpr Text kCouncilHelp{
    "Partea din bugetul local trebuie să se regăsească în bugetul aprobat de consiliul local pentru acel an.",
    "The local budget part has to match the budget the local council approves for that year."};
inline constexpr Text kBySource{"Pe surse de finanțare", "By funding source"};
inline constexpr Text kByPriority{"Pe priorități", "By priority"};
inline constexpr Text kNoPriority{"(fără prioritate)", "(no priority)"};
inline constexpr Text kChartByYear{"Pe ani, după tipul sursei", "By year, by kind of source"};
inline constexpr Text kNoSource{"Sursă nealeasă", "Source not chosen"};
inline constexpr Text kNoBudget{"Nicio acțiune cu cost încă (fila Acțiuni).", "No action with a cost yet (Actions tab)."};

// Staffing
inline constexpr Text kSpasStaff{"Persoane din SPAS care lucrează cazuri", "SPAS people who carry cases"};
inline constexpr Text kCaseloadRule{"Numărul maxim de cazuri active pe persoană", "Maximum active cases per person"};
// %d: the limit, %s: who carries the cases, %s: the act that sets it (catalog/caseload_norms.h)
inline constexpr Text kCaseloadNorm{"%d – %s (%s)", "%d – %s (%s)"};
inline constexpr Text kActiveCases{"Cazuri active (copii în Registru): %s",
                                   "Active cases (children in the Registry): %s"};
// A number of visits (groupedNumber), a count of children yearly (countOf), numbers half-yearly and quarterly
inline constexpr Text kVisitsYear{"Vizite de monitorizare pe an: %s (anual: %s, semestrial: %s, trimestrial: %s)",
                                  "Monitoring visits a year: %s (yearly: %s, half-yearly: %s, quarterly: %s)"};
inline constexpr Text kStaffNeeded{"Persoane necesare la %s de persoană: %d", "People needed at %s each: %d"};  // a count of cases
inline constexpr Text kStaffGap{"Personal lipsă: %s; criteriul „resurse umane” primește sugestia %d.",
                                "Staff missing: %s; the \"human resources\" criterion gets the suggestion %d."};  // a count of people
inline constexpr Text kStaffEnough{"Personalul ajunge pentru Registrul de azi.", "The staff is enough for today's Registry."};
inline constexpr Text kCasesPerPerson{"Cazuri pe persoană acum: %s", "Cases per person now: %s"};  // decimalNumber
inline constexpr Text kStaffingHelp{
    "Studiile recomandă 10–30 de cazuri pe manager de caz; media națională a fost 39,6, maximul 145. Multe comune nu au "
    "niciun asistent social: un plan care ignoră cine face vizitele nu este un plan.",
    "Studies recommend 10–30 cases per case manager; the national average was 39.6, the maximum 145. Many communes "
    "have no social worker at all: a plan that ignores who does the visits is not a plan."};

}  // namespace prevplan::str
