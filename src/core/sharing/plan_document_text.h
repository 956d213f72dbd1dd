#pragma once
// The words of the plan document and the draft council decision, Romanian first. Names of the
// planning enums live here because the document is where the core has to print them.
#include <iterator>

#include "core/base/text.h"
#include "core/base/words.h"
#include "core/gaps/gap_analysis.h"
#include "core/model/planning.h"
#include "core/model/planning_labels.h"
#include "core/report/report.h"

namespace prevplan::doc {

// Title page and running header
inline constexpr Text kPlanTitle{"Planul de dezvoltare a serviciilor comunitare pentru prevenirea separării copilului de familie",
                                 "Development plan of community services to prevent the separation of children from their families"};
inline constexpr Text kCommuneOf{"Comuna %s, județul %s", "Commune of %s, %s County"};
inline constexpr Text kPeriod{"Perioada %d–%d", "Period %d–%d"};
inline constexpr Text kPeriodUnset{"Perioada strategiei nu a fost aleasă încă", "The strategy's period has not been chosen yet"};
inline constexpr Text kDrawnUpOn{"Întocmit la %s de Serviciul public de asistență socială (SPAS)",
                                 "Drawn up on %s by the public social assistance service (SPAS)"};
inline constexpr Text kAnnexToDecision{"Anexă la Hotărârea Consiliului Local nr. ______ din ______________",
                                       "Annex to Local Council Decision no. ______ of ______________"};
inline constexpr Text kDemoWarning{"DATE FICTIVE — comună demonstrativă, nu se folosește pentru decizii",
                                   "FICTITIOUS DATA — a demonstration commune, not for decisions"};
inline constexpr Text kPrivacyNote{"Documentul conține numai cifre agregate: niciun nume, CNP sau adresă de copil ori de familie.",
                                   "This document holds aggregate figures only: no name, CNP or address of a child or family."};
inline constexpr Text kContents{"Cuprins", "Contents"};
inline constexpr Text kTable{"Tabelul", "Table"};
inline constexpr Text kFigure{"Figura", "Figure"};
inline constexpr Text kNone{"Nu există încă date pentru această secțiune.", "There is no data for this section yet."};
inline constexpr Text kNotFilledIn{"Necompletat.", "Not filled in."};
inline constexpr Text kPageOf{" / ", " / "};

// Section titles, in the order of the document
inline constexpr Text kSecContext{"Contextul", "Context"};
inline constexpr Text kSecNeeds{"Analiza nevoilor", "Needs analysis"};
inline constexpr Text kSecResources{"Resursele comunei și ale micro-zonei funcționale", "Resources of the commune and the functional micro-area"};
inline constexpr Text kSecRequired{"Serviciile necesare", "Required services"};
inline constexpr Text kSecPriorities{"Prioritățile", "Priorities"};
inline constexpr Text kSecObjectives{"Obiectivul general și obiectivele specifice", "General and specific objectives"};
inline constexpr Text kSecImplementation{"Planul de implementare", "Implementation plan"};
inline constexpr Text kSecMonitoring{"Monitorizarea și evaluarea", "Monitoring and evaluation"};
inline constexpr Text kSecAnnex{"Anexa 1. Planul anual de acțiune pe anul %d", "Annex 1. Annual action plan for %d"};

// 1. Context
inline constexpr Text kSubCommune{"Comuna și satele", "The commune and its villages"};
inline constexpr Text kSubProcess{"Procesul urmat și participanții", "The process followed and who took part"};
inline constexpr Text kCommuneSummary{
    "Comuna %s din județul %s are %s. În Observatorul copiilor din comunitate sunt înregistrați %s din %s.",
    "The commune of %s in %s County has %s. The Community Children Observatory records %s in %s."};
inline constexpr Text kVillagesCaption{"Satele comunei și copiii înregistrați", "The villages and the children recorded"};
inline constexpr Text kColVillage{"Satul", "Village"};
inline constexpr Text kColInsChildren{"Copii 0–17 (INS)", "Children 0–17 (INS)"};
inline constexpr Text kColObservatory{"În Observator", "In the Observatory"};
inline constexpr Text kColSheets{"Cu fișă de observație", "With an Observation Sheet"};
inline constexpr Text kColRegistry{"În Registru", "In the Registry"};
inline constexpr Text kWholeCommune{"Comuna (total)", "Commune (total)"};
inline constexpr Text kStepsIntro{"Planul urmează metodologia unitară (Banca Mondială, 2018) și HG nr. 691/2015:",
                                  "The plan follows the unitary methodology (World Bank, 2018) and GD 691/2015:"};
// Counts (countOf) of sheets, then a number of them (groupedNumber).
inline constexpr Noun kObservationSheet{{"fișă de observație", "Observation Sheet"},
                                        {"fișe de observație", "Observation Sheets"}};
inline constexpr Text kStepObservatory{
    "recensământul copiilor 0–17 pe gospodării: %s, dintre care completate sau actualizate în ultimele 12 luni: %s;",
    "a census of the children aged 0–17 by household: %s, filled out or updated in the last 12 months: %s;"};
// Two numbers of children (groupedNumber).
inline constexpr Text kStepRisk{
    "identificarea riscurilor la domiciliu pentru copiii cu suspiciuni: copii evaluați: %s, cu cel puțin un risc "
    "confirmat: %s;",
    "risk identification at home for the children with a suspicion: children assessed: %s, with at least one confirmed "
    "risk: %s;"};
inline constexpr Text kStepRegistry{"Registrul copiilor aflați în situație de risc: %s;",
                                    "the Registry of at-risk children: %s;"};
// Counts (countOf) of inventory entries, localities and partners.
inline constexpr Noun kInventoryEntry{{"serviciu, expert sau grup", "service, expert or group"},
                                      {"servicii, experți sau grupuri", "services, experts or groups"}};
inline constexpr Text kStepResources{"inventarul resurselor: %s, %s în micro-zona funcțională, %s;",
                                     "the resource inventory: %s, %s in the functional micro-area, %s;"};
// Counts (countOf) of candidate services, rounds, participants and short-listed priorities.
inline constexpr Noun kCandidateService{{"serviciu candidat", "candidate service"},
                                        {"servicii candidate", "candidate services"}};
inline constexpr Noun kConsultationRound{{"rundă de consultare", "consultation round"},
                                         {"runde de consultare", "consultation rounds"}};
inline constexpr Text kStepPriorities{"stabilirea priorităților: %s, %s cu %s, %s pe lista scurtă.",
                                      "priority setting: %s, %s with %s, %s on the short list."};
inline constexpr Text kParticipantsCaption{"Participanții la consultări, pe categorii", "Who took part in the consultations, by category"};
inline constexpr Text kColCategory{"Categoria", "Category"};
inline constexpr Text kColPeople{"Persoane", "People"};
inline constexpr Text kColOrganisations{"Organizații", "Organisations"};

// 2. Needs
inline constexpr Text kSubTable1{"Situațiile de risc pe dimensiuni (Tabelul 1 al metodologiei)", "Risk situations by dimension (the methodology's Table 1)"};
inline constexpr Text kTable1Intro{
    "Cifrele sunt la data de %s. Suspiciunile vin din fișele de observație, confirmările din vizitele la domiciliu; "
    "procentele sunt din totalul comunei: %s și %s.",
    "Figures as of %s. Suspicions come from the Observation Sheets, confirmations from the home visits; shares are of "
    "the commune's totals: %s and %s."};
inline constexpr Text kTable1Caption{"Gospodării și copii în risc, pe dimensiuni", "Households and children at risk, by dimension"};
inline constexpr Text kColDimension{"Dimensiunea", "Dimension"};
inline constexpr Text kColSuspectedHouseholds{"Gospodării cu suspiciuni", "Households with suspicions"};
inline constexpr Text kColConfirmedHouseholds{"Gospodării cu risc confirmat", "Households with a confirmed risk"};
inline constexpr Text kColConfirmedChildren{"Copii în aceste gospodării", "Children in those households"};
inline constexpr Text kAnyRisk{"Cel puțin o situație de risc", "At least one risk situation"};
inline constexpr Text kChartDimensions{"Gospodării în risc pe dimensiuni (% din gospodării)", "Households at risk by dimension (% of households)"};
inline constexpr Text kSeriesSuspected{"suspiciune", "suspected"};
inline constexpr Text kSeriesConfirmed{"confirmat", "confirmed"};
inline constexpr Text kSubTableA{"Activitatea de identificare pe sate (Anexa A2.4, tabelul A)", "Identification activity by village (Annex A2.4, Table A)"};
inline constexpr Text kTableACaption{"Raportul privind copiii din comunitate aflați în situație de risc — activitatea", "Report on the community's children at risk — activity"};
inline constexpr Text kColIndicator{"Indicatorul", "Indicator"};
inline constexpr Text kSubTableB{"Copiii din Registru pe tipuri de risc (Anexa A2.4, tabelul B)", "Registry children by risk type (Annex A2.4, Table B)"};
inline constexpr Text kTableBCaption{"Copiii din Registru pe dimensiuni și situații de risc", "Registry children by dimension and risk situation"};
inline constexpr Text kColChildren{"Copii", "Children"};
inline constexpr Text kSubPublicCare{"Copiii aflați deja în protecție specială și familiile lor",
                                     "Children already in public care and their families"};
inline constexpr Text kPublicCareIntro{
    "Pentru familiile copiilor din comună aflați deja în sistemul de protecție specială, SPAS aplică obligatoriu "
    "fișa de identificare a riscurilor, apoi întocmește, pune în aplicare și monitorizează un plan de servicii care "
    "să crească șansele de reintegrare în familie sau, cel puțin, de plasament la rude ori la alți membri ai "
    "comunității, și să prevină separarea copiilor rămași acasă.",
    "For the families of the commune's children already in the special protection system, the SPAS must make the "
    "risk identification, then draw up, carry out and monitor a service plan that raises the chances of the "
    "child's return to the family or, at least, of placement with relatives or other members of the community, "
    "and prevents the separation of the children still at home."};
inline constexpr Text kPublicCareCaption{"Copiii în protecție specială și ce face SPAS cu familiile lor",
                                         "Children in public care and what the SPAS does with their families"};
inline constexpr Text kRegistryTotalRow{"Numărul total de copii din Registru",
                                        "Total number of children in the Registry"};
inline constexpr Text kBucketsCaption{"Copiii din Registru după numărul de riscuri confirmate", "Registry children by number of confirmed risks"};
inline constexpr Text kColConfirmedRisks{"Riscuri confirmate", "Confirmed risks"};

// 3. Resources
inline constexpr Text kSubInventory{"Serviciile, experții și grupurile inventariate (Anexa A2.5)", "Services, experts and groups inventoried (Annex A2.5)"};
inline constexpr Text kInventoryCaption{"Inventarul resurselor", "Resource inventory"};
inline constexpr Text kColType{"Tipul (Tabelul 2)", "Type (Table 2)"};
inline constexpr Text kColName{"Denumirea", "Name"};
inline constexpr Text kColSupplier{"Furnizorul", "Supplier"};
inline constexpr Text kColLocality{"Localitatea", "Locality"};
inline constexpr Text kColPlaces{"Locuri / libere", "Places / free"};
inline constexpr Text kColAccredited{"Acreditat", "Accredited"};
inline constexpr Text kColCooperates{"SPAS colaborează", "SPAS works with it"};
inline constexpr Text kColEfficiency{"Eficiență (1–10)", "Efficiency (1–10)"};
inline constexpr Text kSubMicroArea{"Micro-zona funcțională (aproximativ 30 de minute)", "The functional micro-area (about 30 minutes)"};
inline constexpr Text kMicroAreaCaption{"Localitățile micro-zonei", "Localities of the micro-area"};
inline constexpr Text kColCommune{"Comuna / orașul", "Commune / town"};
inline constexpr Text kColUrban{"Urban", "Urban"};
inline constexpr Text kColMinutes{"Minute", "Minutes"};
inline constexpr Text kColTransport{"Transport", "Transport"};
inline constexpr Text kSubPartners{"Partenerii", "Partners"};
inline constexpr Text kPartnersCaption{"Parteneri locali și județeni", "Local and county partners"};
inline constexpr Text kColLevel{"Nivelul", "Level"};
inline constexpr Text kColRole{"Ce poate aduce", "What it can bring"};
inline constexpr Text kCountyLevel{"județean", "county"};
inline constexpr Text kLocalLevel{"local", "local"};
inline constexpr Text kSubDgaspc{"Informațiile DGASPC", "From the DGASPC"};
inline constexpr Text kProtectionCaption{"Copiii comunei aflați în protecție specială, pe sate", "The commune's children in special protection, by village"};
inline constexpr Text kDgaspcServicesCaption{"Serviciile semnalate de DGASPC", "Services the DGASPC lists"};
inline constexpr Text kColList{"Lista", "List"};
inline constexpr Text kColPlace{"Locul", "Place"};
inline constexpr Text kColNote{"Observații", "Notes"};
inline constexpr Text kListFamilyType{"servicii de tip familial", "family-type services"};
inline constexpr Text kListCounty{"servicii județene", "county services"};
inline constexpr Text kListPlanned{"servicii județene planificate", "planned county services"};
inline constexpr Text kYes{"da", "yes"};
inline constexpr Text kNo{"nu", "no"};
inline constexpr Text kUnknown{"–", "–"};

// 4. Required services
inline constexpr Text kSubCore{"Serviciile necesare în majoritatea comunelor", "Services most communes need"};
inline constexpr Text kSubGroups{"Grupurile de risc și dimensiunea lor (Tabelul 3)", "Risk groups and their size (Table 3)"};
inline constexpr Text kGroupsIntro{"Un grup de sub %ld copii este servit prin planuri individuale de servicii, cu serviciile existente; un grup mai mare are nevoie de un serviciu.",
                                   "A group of fewer than %ld children is served through individual service plans with existing services; a larger group needs a service."};
inline constexpr Text kGroupsCaption{"Grupurile de risc cu cel puțin un copil", "Risk groups with at least one child"};
inline constexpr Text kColGroup{"Grupul", "Group"};
inline constexpr Text kColConfirmedSuspected{"Copii (confirmați / doar suspectați)", "Children (confirmed / suspected only)"};
inline constexpr Text kColHouseholds{"Gospodării", "Households"};
inline constexpr Text kColReasoning{"Raționamentul", "Reasoning"};
inline constexpr Text kSubByService{"Nevoile pe servicii: cerere și locuri disponibile", "Needs by service: demand and places within reach"};
inline constexpr Text kByServiceCaption{"Serviciile cerute de grupurile mari", "Services the large groups need"};
inline constexpr Text kColService{"Serviciul", "Service"};
inline constexpr Text kColCoverage{"Acoperirea", "Coverage"};
// The threshold, a number of households (groupedNumber) and a count of children (countOf).
inline constexpr Text kUrgentLine{
    "Gospodării cu peste %d situații de risc (intervenție preventivă urgentă): %s, cu %s.",
    "Households with more than %d risk situations (urgent preventive work): %s, with %s."};
inline constexpr Text kSubCandidates{"Serviciile candidate", "Candidate services"};
inline constexpr Text kCandidatesCaption{"Serviciile de dezvoltat, intrarea stabilirii priorităților", "Services to develop, the input of priority setting"};
inline constexpr Text kColAction{"Ce se face", "What to do"};
inline constexpr Text kDismissed{"lăsat deoparte: %s", "left out: %s"};

// 5. Priorities
inline constexpr Text kSubCriteria{"Criteriile și ponderile", "Criteria and weights"};
inline constexpr Text kCriteriaIntro{"Fiecare serviciu candidat primește pentru fiecare criteriu un scor de la 1 la 5; mărimea grupului și urgența sunt calculate din date, celelalte sunt acordate de grupul de lucru. Totalul este media ponderată a scorurilor.",
                                     "Each candidate service gets a score from 1 to 5 for every criterion; group size and urgency are computed from the data, the working group scores the others. The total is the weighted mean of the scores."};
inline constexpr Text kCriteriaCaption{"Criteriile de prioritizare (secțiunea 1.1.4.3)", "Prioritisation criteria (section 1.1.4.3)"};
inline constexpr Text kColCriterion{"Criteriul", "Criterion"};
inline constexpr Text kColWeight{"Ponderea", "Weight"};
inline constexpr Text kColHow{"Cum se stabilește", "How it is set"};
inline constexpr Text kComputed{"calculat din date", "computed from the data"};
inline constexpr Text kScored{"scor acordat de grup", "scored by the group"};
inline constexpr Text kSubRanking{"Clasamentul serviciilor candidate", "Ranking of the candidate services"};
inline constexpr Text kRankingCaption{"Matricea de prioritizare", "Prioritisation matrix"};
inline constexpr Text kColRank{"Loc", "Rank"};
inline constexpr Text kColTotal{"Total", "Total"};
inline constexpr Text kColVotes{"Voturi", "Votes"};
inline constexpr Text kColShortList{"Lista scurtă", "Short list"};
inline constexpr Text kSubRounds{"Rundele de consultare", "Consultation rounds"};
inline constexpr Text kRoundTitle{"Runda %d — %s, %s", "Round %d — %s, %s"};
inline constexpr Text kRoundParticipants{"Participanți: %s.", "Participants: %s."};
inline constexpr Text kRoundDecisions{"Decizii: ", "Decisions: "};
inline constexpr Text kOpinionsCaption{"Voturi și opinii în runda %d", "Votes and opinions in round %d"};
inline constexpr Text kColOpinions{"Opinii", "Opinions"};
inline constexpr Text kSubShortList{"Lista scurtă a priorităților", "The short list of priorities"};
inline constexpr Text kShortListAdvice{"Metodologia recomandă 3–5 priorități concrete; lista are %d.",
                                       "The methodology recommends 3–5 concrete priorities; the list has %d."};
inline constexpr Text kDateUnset{"dată nestabilită", "no date"};

// 6. Objectives
inline constexpr Text kSubGeneral{"Obiectivul general", "General objective"};
inline constexpr Text kSubSpecific{"Obiectivele specifice, indicatorii și țintele", "Specific objectives, indicators and targets"};
inline constexpr Text kObjectivesCaption{"Obiectivele specifice", "Specific objectives"};
inline constexpr Text kColObjective{"Obiectivul", "Objective"};
inline constexpr Text kColBaseline{"Valoarea de bază", "Baseline"};
inline constexpr Text kColTarget{"Ținta", "Target"};
inline constexpr Text kColPriority{"Prioritatea", "Priority"};
// A value (groupedNumber) and where it comes from.
inline constexpr Text kBaselineFrozen{"%s (raportul din %d)", "%s (%d report)"};
inline constexpr Text kBaselineCurrent{"%s (datele actuale)", "%s (current data)"};
inline constexpr Text kBaselineTyped{"%s (introdusă)", "%s (typed)"};
inline constexpr Text kTargetBy{"%s până la %s", "%s by %s"};
inline constexpr Text kTypedMeasure{"măsurat separat", "measured separately"};
inline constexpr Text kRegistryMeasure{"copii în Registru", "children in the Registry"};
inline constexpr Text kRegistryOverTenMeasure{"copii în Registru cu peste 10 riscuri", "Registry children with more than 10 risks"};
inline constexpr Text kUnitHouseholds{"gospodării", "households"};
inline constexpr Text kUnitChildren{"copii în gospodăriile respective", "children in those households"};
inline constexpr Text kUnitDirect{"copii expuși direct", "children directly exposed"};
inline constexpr Text kBasisObserved{"suspiciuni", "suspicions"};
inline constexpr Text kBasisConfirmed{"confirmate", "confirmed"};

// 7. Implementation
inline constexpr Text kSubActions{"Acțiunile, responsabilii și termenele", "Actions, who is responsible and deadlines"};
inline constexpr Text kActionsCaption{"Acțiunile planului", "The plan's actions"};
inline constexpr Text kColDescription{"Acțiunea", "Action"};
inline constexpr Text kColKind{"Tipul", "Kind"};
inline constexpr Text kColResponsible{"Responsabil", "Responsible"};
inline constexpr Text kColPartners{"Parteneri", "Partners"};
inline constexpr Text kColPeriodCol{"Perioada", "Period"};
inline constexpr Text kColStatus{"Stadiul", "Status"};
inline constexpr Text kColFunding{"Sursa de finanțare", "Funding source"};
inline constexpr Text kColCost{"Cost estimat", "Estimated cost"};
inline constexpr Text kSubBudget{"Bugetul estimat pe ani și surse de finanțare", "Estimated budget by year and funding source"};
inline constexpr Text kBudgetYearCaption{"Bugetul pe ani și tipuri de surse", "Budget by year and kind of source"};
inline constexpr Text kColYear{"Anul", "Year"};
inline constexpr Text kColCouncil{"Din bugetul local", "From the local budget"};
inline constexpr Text kNoSource{"Sursă nealeasă", "No source chosen"};
inline constexpr Text kBudgetSourceCaption{"Bugetul pe surse de finanțare", "Budget by funding source"};
inline constexpr Text kBudgetTotal{"Bugetul total estimat: %s.", "Total estimated budget: %s."};
inline constexpr Text kChartBudget{"Bugetul estimat pe ani", "Estimated budget by year"};
inline constexpr Text kSeriesBudget{"total", "total"};
inline constexpr Text kSeriesCouncil{"din bugetul local", "from the local budget"};
inline constexpr Text kSubStaffing{"Personalul necesar", "Staff needed"};
// Counts (countOf) of active cases, visits, cases per person, people needed, people in the SPAS.
inline constexpr Noun kActiveCase{{"caz activ", "active case"}, {"cazuri active", "active cases"}};
inline constexpr Noun kMonitoringVisit{{"vizită de monitorizare", "monitoring visit"},
                                       {"vizite de monitorizare", "monitoring visits"}};
inline constexpr Text kStaffingLine{
    "Registrul are %s, cu %s pe an. La limita de %s de persoană este nevoie de %s; SPAS are %s.",
    "The Registry has %s, with %s a year. At %s per person, it takes %s; the SPAS has %s."};
inline constexpr Text kStaffingGap{"Personal lipsă: %s; planul prevede cum se acoperă.",
                                   "Staff missing: %s; the plan says how the gap is covered."};

// 8. Monitoring
inline constexpr Text kMonitoringMethod[] = {
    {"Observatorul copiilor din comunitate se actualizează lunar (nou-născuții și actualizările lunii); fiecare fișă de observație se reînnoiește la 12 luni sau la orice sesizare.",
     "The Community Children Observatory is updated monthly (newborns and the month's updates); each Observation Sheet is renewed every 12 months or on any referral."},
    {"Copiii din Registru sunt vizitați anual (1–5 riscuri confirmate), semestrial (6–10) sau trimestrial (peste 10), și ori de câte ori este nevoie; fiecare vizită poate revizui planul de servicii.",
     "Registry children are visited yearly (1–5 confirmed risks), half-yearly (6–10) or quarterly (more than 10), and whenever needed; each visit may revise the service plan."},
    {"Raportul privind copiii aflați în situație de risc (Anexa A2.4) se întocmește cel puțin anual; comparat pe 3–5 ani, numărul copiilor pe tipuri de risc este măsura impactului planului.",
     "The report on at-risk children (Annex A2.4) is drawn up at least yearly; compared over 3–5 years, the number of children by risk type is the plan's impact measure."},
    {"Inventarul resurselor se actualizează la 3 luni; serviciile nou înființate sunt monitorizate participativ, după satisfacția copiilor și a familiilor.",
     "The resource inventory is refreshed every 3 months; new services are monitored with participatory methods, by the satisfaction of children and families."},
    {"Planul se modifică atunci când monitorizarea o cere; modificările se consemnează mai jos și se supun aprobării consiliului local.",
     "The plan is amended when monitoring calls for it; amendments are logged below and put to the local council."},
};
inline constexpr Text kSubMethod{"Metoda", "Method"};
inline constexpr Text kSubTrends{"Evoluția copiilor din Registru", "How the Registry evolves"};
inline constexpr Text kTrendsCaption{"Copiii din Registru pe dimensiuni, pe ani", "Registry children by dimension, by year"};
inline constexpr Text kRegistryTotal{"Total în Registru", "Total in the Registry"};
inline constexpr Text kNoTrends{"Nu există încă rapoarte anuale salvate: primul raport anual devine punctul de pornire.",
                                "No yearly report has been saved yet: the first one becomes the starting point."};
inline constexpr Text kSubAmendments{"Modificările planului", "Amendments"};
inline constexpr Text kAmendmentsCaption{"Jurnalul modificărilor", "Amendment log"};
inline constexpr Text kColDate{"Data", "Date"};
inline constexpr Text kColWhat{"Ce s-a modificat", "What changed"};
inline constexpr Text kColWhy{"De ce", "Why"};

// Annex: the six sections GD 797/2017 Annex 3 art. 5 requires
inline constexpr Text kActionPlanSections[] = {
    {"Numărul și categoriile de beneficiari", "Number and categories of beneficiaries"},
    {"Serviciile sociale existente", "Existing social services"},
    {"Serviciile sociale propuse pentru înființare", "Social services proposed to be set up"},
    {"Programul de contractare și subvenționare a serviciilor din fonduri publice", "Programme for contracting and subsidising services from public funds"},
    {"Activitățile de informare a publicului", "Public information activities"},
    {"Programul de formare și îndrumare metodologică a personalului", "Staff training and methodological guidance programme"},
};
static_assert(std::size(kActionPlanSections) == kActionPlanSectionCount, "one title per section");
inline constexpr Text kAnnexIntro{"Conform HG nr. 797/2017, Anexa 3, art. 5, și modelului-cadru aprobat prin Ordinul nr. 1086/2018.",
                                  "Under GD 797/2017 Annex 3 art. 5 and the framework model of Order 1086/2018."};
inline constexpr Text kNothingPlanned{"Nimic planificat pentru acest an.", "Nothing planned for this year."};

inline constexpr Text kCandidateActionNames[] = {
    {"înființare", "set up"}, {"extindere", "extend"}, {"transport spre micro-zonă", "transport to the micro-area"},
    {"coordonare cu DGASPC", "agree with the DGASPC"},
};
static_assert(std::size(kCandidateActionNames) == static_cast<std::size_t>(CandidateAction::Coordinate) + 1,
              "one name per action");
inline constexpr Text kCoverageNames[] = {
    {"munca SPAS", "the SPAS's own work"},
    {"planuri individuale", "individual plans"},        {"în comună", "in the commune"},
    {"în micro-zonă", "in the micro-area"},             {"în micro-zonă, fără transport", "in the micro-area, no transport"},
    {"locuri insuficiente", "short of places"},         {"planificat de DGASPC", "planned by the DGASPC"},
    {"lipsește", "missing"},
};
static_assert(std::size(kCoverageNames) == static_cast<std::size_t>(Coverage::Missing) + 1, "one name per coverage");

}  // namespace prevplan::doc
