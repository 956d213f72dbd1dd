#pragma once
// The words of the needs-analysis screens (Observatory, risk identification, Registry, work
// queue, report, CSV import and export), Romanian first.
#include "core/base/text.h"
#include "core/base/words.h"

namespace prevplan::str {

// Steps of the plan screen
inline constexpr Text kStepObservatory{"Observatorul copiilor", "Children Observatory"};
inline constexpr Text kStepRisk{"Identificarea riscurilor", "Risk identification"};
inline constexpr Text kStepRegistry{"Registrul copiilor în risc", "At-risk children Registry"};
inline constexpr Text kStepWorkQueue{"De făcut", "Work queue"};
inline constexpr Text kStepReport{"Raportul privind copiii în risc", "Report on at-risk children"};

// Observatory list
inline constexpr Text kSearch{"Caută", "Search"};
inline constexpr Text kSearchHint{"nume, CNP sau nr. fișă", "name, CNP or sheet id"};
inline constexpr Text kAllVillages{"Toate satele", "All villages"};
inline constexpr Text kAllDimensions{"Toate dimensiunile", "All dimensions"};
inline constexpr Text kAllIndicators{"Toți indicatorii", "All indicators"};
inline constexpr Text kAnyStatus{"Orice stare", "Any status"};
inline constexpr Text kFilterVillage{"Filtru sat", "Village filter"};
inline constexpr Text kFilterDimension{"Filtru dimensiune", "Dimension filter"};
inline constexpr Text kFilterIndicator{"Filtru indicator", "Indicator filter"};
inline constexpr Text kFilterStatus{"Filtru stare", "Status filter"};
inline constexpr Text kStatusNoSheet{"Fără fișă", "No sheet"};
inline constexpr Text kStatusOutdated{"Fișă mai veche de 12 luni", "Sheet older than 12 months"};
inline constexpr Text kStatusOutdatedShort{"fișă veche", "old sheet"};
inline constexpr Text kStatusSuspicion{"Suspiciune", "Suspicion"};
inline constexpr Text kStatusConfirmed{"Risc confirmat", "Confirmed risk"};
inline constexpr Text kStatusRegistry{"În Registru", "In the Registry"};
inline constexpr Text kShownCounts{"Afișați: %s din %s (%s)", "Shown: %s in %s (%s)"};  // children, households, families
inline constexpr Text kClearFilters{"Șterge filtrele", "Clear filters"};
inline constexpr Text kColVillage{"Satul", "Village"};
inline constexpr Text kColFamily{"Familia", "Family"};
inline constexpr Text kColChild{"Copilul", "Child"};
inline constexpr Text kColCnp{"CNP", "CNP"};
inline constexpr Text kColBirth{"Data nașterii", "Birth date"};
inline constexpr Text kColSheet{"Nr. fișă", "Sheet id"};
inline constexpr Text kColSheetDate{"Data fișei", "Sheet date"};
inline constexpr Text kColSuspicions{"Suspiciuni", "Suspicions"};
inline constexpr Text kColConfirmed{"Confirmate", "Confirmed"};
inline constexpr Text kColStatus{"Starea", "Status"};
inline constexpr Text kNoChildYet{"(niciun copil încă)", "(no child yet)"};
inline constexpr Text kEmptyObservatory{
    "Observatorul este gol. Adăugați o gospodărie, importați tabelul Excel (CSV) al comunei sau încercați demo-ul.",
    "The Observatory is empty. Add a household, import the commune's Excel table (CSV) or try the demo."};

// Household editor
inline constexpr Text kAddHousehold{"Adaugă o gospodărie", "Add a household"};
inline constexpr Text kBackToObservatory{"← Observatorul", "← Observatory"};
inline constexpr Text kHousehold{"Gospodăria", "Household"};
inline constexpr Text kAddress{"Adresa", "Address"};
inline constexpr Text kDeleteHousehold{"Șterge gospodăria", "Delete the household"};
inline constexpr Text kFamilyNucleus{"Familia (nucleul familial)", "Family nucleus"};
inline constexpr Text kFamilyHead{"Capul familiei", "Head of family"};
inline constexpr Text kAddFamily{"Adaugă o familie", "Add a family nucleus"};
inline constexpr Text kDeleteFamily{"Șterge familia", "Delete the family"};
inline constexpr Text kAddChild{"Adaugă un copil", "Add a child"};
inline constexpr Text kChildName{"Numele copilului", "Child's name"};
inline constexpr Text kBirthDate{"Data nașterii", "Birth date"};
inline constexpr Text kSex{"Sexul", "Sex"};
inline constexpr Text kSexMale{"M", "M"};
inline constexpr Text kSexFemale{"F", "F"};
inline constexpr Text kSexUnknown{"–", "–"};
inline constexpr Text kOpenSheet{"Fișa de observație", "Observation sheet"};
inline constexpr Text kNewSheet{"Completează fișa de observație", "Fill out the observation sheet"};
inline constexpr Text kOpenRisk{"Fișa de identificare a riscurilor", "Risk identification sheet"};
inline constexpr Text kFamilySummary{"Suspiciuni: %d · Confirmate: %d", "Suspicions: %d · Confirmed: %d"};
inline constexpr Text kNeedsVillage{"Adăugați întâi satele comunei (pasul Comuna).",
                                    "Add the commune's villages first (Commune step)."};

// Observation sheet editor
inline constexpr Text kSheetTitle{"Fișa de observație – familia %s", "Observation sheet – family %s"};
inline constexpr Text kSheetId{"Nr. fișei (AABBB)", "Sheet id (AABBB)"};
inline constexpr Text kFilledBy{"Completată de", "Filled out by"};
inline constexpr Text kPosition{"Funcția", "Position"};
inline constexpr Text kFilledOn{"Data completării", "Date filled out"};
inline constexpr Text kYes{"Da", "Yes"};
inline constexpr Text kNo{"Nu", "No"};
inline constexpr Text kUnknown{"?", "?"};
inline constexpr Text kExposedChildren{"Copii expuși direct:", "Children directly exposed:"};
inline constexpr Text kConclusion{"Concluzia", "Conclusion"};
inline constexpr Text kRiskIdNeeded{"Este necesară fișa de identificare a riscurilor: DA (cel puțin o suspiciune). Vizita la domiciliu în 72 de ore.",
                                    "A risk identification sheet is needed: YES (at least one suspicion). Home visit within 72 hours."};
inline constexpr Text kRiskIdNotNeeded{"Nu este necesară fișa de identificare a riscurilor (nicio suspiciune).",
                                       "No risk identification sheet is needed (no suspicion)."};
inline constexpr Text kVisitBy{"Vizita o face", "Visit by"};
inline constexpr Text kVisitByPosition{"Funcția celui care face vizita", "Visitor's position"};
inline constexpr Text kVisitPlannedOn{"Data planificată a vizitei", "Planned visit date"};
inline constexpr Text kSuggest{"Propune data (72 de ore)", "Suggest the date (72 hours)"};
inline constexpr Text kKeyboardHelp{
    "Tastatură: Tab / Shift+Tab trec de la un câmp la altul, Spațiu schimbă răspunsul (Da → Nu → ?), D / N aleg direct, "
    "Enter salvează și trece la următoarea familie din gospodărie.",
    "Keyboard: Tab / Shift+Tab move between fields, Space changes the answer (Yes → No → ?), Y / N choose directly, "
    "Enter saves and moves to the next family of the household."};
inline constexpr Text kNextFamily{"Salvează și treci la următoarea familie", "Save and go to the next family"};

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
    "ATENȚIE: suspiciune de abuz, neglijare sau exploatare. Anunțați DGASPC ACUM (HG 691/2015, art. 12); DGASPC verifică în 48 de ore.",
    "ALERT: suspected abuse, neglect or exploitation. Notify the DGASPC NOW (GD 691/2015 art. 12); the DGASPC checks within 48 hours."};
inline constexpr Text kDgaspcNotifiedToday{"DGASPC a fost anunțată azi", "The DGASPC was notified today"};
inline constexpr Text kDgaspcNotifiedOn{"DGASPC anunțată la", "DGASPC notified on"};
inline constexpr Text kRegistryNote{"Copiii familiei sunt în Registrul copiilor aflați în situație de risc.",
                                    "The family's children are in the Registry of at-risk children."};
inline constexpr Text kNoSheetForRisk{"Familia nu are încă o fișă de observație.", "The family has no observation sheet yet."};

// Registry
inline constexpr Text kRegistryEmpty{"Registrul este gol: niciun risc confirmat încă.", "The Registry is empty: no confirmed risk yet."};
inline constexpr Text kRegistryCount{"Copii în Registru: %ld", "Children in the Registry: %ld"};
inline constexpr Text kColRisks{"Riscuri", "Risks"};
inline constexpr Text kColMonitoring{"Monitorizare", "Monitoring"};
inline constexpr Text kColServicePlan{"Planul de servicii", "Service plan"};
inline constexpr Text kColDue{"Termen", "Due"};
inline constexpr Text kEveryMonths{"la %s", "every %s"};  // "la 3 luni"
inline constexpr Text kOverdue{"DEPĂȘIT", "OVERDUE"};
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
inline constexpr Text kVisitor{"Vizita făcută de", "Visited by"};
inline constexpr Text kRevisionNeeded{"Planul trebuie revizuit", "The plan needs a revision"};
inline constexpr Text kRevisionReason{"Motivul", "Reason"};
inline constexpr Text kRevisedOn{"Revizuit la", "Revised on"};
inline constexpr Text kAddVisit{"Adaugă o vizită", "Add a visit"};
inline constexpr Text kDeleteVisit{"Șterge vizita", "Delete the visit"};
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
inline constexpr Text kTaskNotify{"Anunțarea DGASPC", "Notify the DGASPC"};
inline constexpr Text kTaskServicePlan{"Planul de servicii (30 de zile)", "Service plan (30 days)"};
inline constexpr Text kTaskMonitoring{"Vizita de monitorizare", "Monitoring visit"};
inline constexpr Text kColTask{"Ce", "What"};
inline constexpr Text kColWho{"Pentru", "For"};
inline constexpr Text kOpenTask{"Deschide", "Open"};

// Report
inline constexpr Text kAsOf{"La data", "As of"};
inline constexpr Text kReportColumn{"Coloana", "Column"};
inline constexpr Text kCommuneWhole{"Întreaga comună", "The whole commune"};
inline constexpr Text kFigures{"Tabelul 1 pe scurt: gospodării și copii din ele, pe dimensiuni",
                               "Table 1 in brief: households and the children in them, by dimension"};
inline constexpr Text kColDimension{"Dimensiunea", "Dimension"};
inline constexpr Text kColObservedH{"Gosp. cu suspiciuni", "Households suspected"};
inline constexpr Text kColObservedC{"Copii în ele", "Children in them"};
inline constexpr Text kColConfirmedH{"Gosp. cu riscuri confirmate", "Households confirmed"};
inline constexpr Text kColConfirmedC{"Copii în ele", "Children in them"};
inline constexpr Text kAnyRiskRow{"Cel puțin un risc", "At least one risk"};
inline constexpr Text kChartDimensions{"Gospodării cu cel puțin un risc, pe dimensiuni (%)",
                                       "Households with at least one risk, by dimension (%)"};
inline constexpr Text kChartIndicators{"Gospodării pe indicatori (%)", "Households by indicator (%)"};
inline constexpr Text kChartLegend{"gri: suspiciuni · culoare: confirmate", "grey: suspected · colour: confirmed"};
inline constexpr Text kFreeze{"Îngheață raportul ca cifrele anului %d", "Freeze the report as the figures of %d"};
inline constexpr Text kFrozen{"Rapoarte înghețate (evoluția de la an la an)", "Frozen reports (year on year)"};
// year, date, children, households with suspicions, households with confirmed risks, children in the Registry
inline constexpr Text kFrozenLine{"%d (la %s): %s, %s cu suspiciuni, %ld cu riscuri confirmate, %s în Registru",
                                  "%d (as of %s): %s, %s with suspicions, %ld with confirmed risks, %s in the Registry"};
inline constexpr Text kNoFrozen{"Niciun raport înghețat încă.", "No frozen report yet."};
inline constexpr Text kTables{"Tabelele raportului", "The report's tables"};

// Export and import
inline constexpr Text kExportObservatory{"Exportă Observatorul (CSV)", "Export the Observatory (CSV)"};
inline constexpr Text kExportRegistry{"Exportă Registrul (CSV)", "Export the Registry (CSV)"};
inline constexpr Text kExportReport{"Exportă tabelele raportului (CSV)", "Export the report tables (CSV)"};
inline constexpr Text kBlankTemplate{"Șablon gol (CSV)", "Blank template (CSV)"};
inline constexpr Text kImportCsv{"Importă Observatorul (CSV)…", "Import the Observatory (CSV)…"};
inline constexpr Text kSeparator{"Separator CSV", "CSV separator"};
inline constexpr Text kSeparatorSemicolon{"; (Excel în română)", "; (Excel, Romanian)"};
inline constexpr Text kSeparatorComma{", (Excel în engleză)", ", (Excel, English)"};
inline constexpr Text kCsvTitle{"Import din CSV: %s", "CSV import: %s"};
inline constexpr Text kCsvMapping{"1. Coloanele fișierului", "1. The file's columns"};
inline constexpr Text kCsvMappingHelp{"Alegeți pentru fiecare coloană ce conține. Cele nerecunoscute sunt marcate.",
                                      "Choose what each column holds. Unrecognised ones are marked."};
inline constexpr Text kCsvFileColumn{"Coloana din fișier", "File column"};
inline constexpr Text kCsvTarget{"Înseamnă", "Means"};
inline constexpr Text kCsvSample{"Exemplu", "Example"};
inline constexpr Text kCsvIgnore{"(ignorată)", "(ignored)"};
inline constexpr Text kCsvUnrecognised{"nerecunoscută", "not recognised"};
inline constexpr Text kCsvCheck{"Verifică fișierul", "Check the file"};
inline constexpr Text kCsvWorking{"Se verifică %s…", "Checking %s…"};  // "Se verifică 20 de rânduri…"
inline constexpr Text kCsvStageRead{"citire", "reading"};
inline constexpr Text kCsvStageValidate{"verificare", "checking"};
inline constexpr Text kCsvStageCompare{"comparare cu planul", "comparing with the plan"};
inline constexpr Text kCsvResult{"2. Rezultatul verificării", "2. What the check found"};
inline constexpr Text kCsvRows{"%s, %d cu erori", "%s, %d with errors"};  // "5 rânduri citite, 3 cu erori"
inline constexpr Noun kRowRead{{"rând citit", "row read"}, {"rânduri citite", "rows read"}};
inline constexpr Text kCsvNoErrors{"Nicio eroare.", "No errors."};
inline constexpr Text kCsvErrors{"Erori și avertismente (rândul, coloana):", "Errors and warnings (row, column):"};
inline constexpr Text kCsvPreview{"3. Ce se va schimba în plan", "3. What will change in the plan"};
inline constexpr Text kCsvDiff{"Copii noi: %ld · modificați: %ld · la fel: %ld · din plan, neatinși: %ld",
                               "New children: %ld · changed: %ld · the same: %ld · of the plan, left alone: %ld"};
inline constexpr Text kCsvAdded{"nou", "new"};
inline constexpr Text kCsvChanged{"modificat", "changed"};
inline constexpr Text kCsvUnchanged{"la fel", "same"};
inline constexpr Text kCsvImportAll{"Importă tot", "Import everything"};
inline constexpr Text kCsvImportValid{"Importă doar rândurile valide (%d)", "Import only the valid rows (%d)"};
inline constexpr Text kCsvBlankWarning{"Celulele goale din fișier lasă neschimbate valorile din plan.",
                                       "Empty cells in the file leave the plan's values unchanged."};

// Demo
inline constexpr Text kTryDemo{"Încearcă demo-ul", "Try the demo"};
inline constexpr Text kDemoHint{"o comună fictivă cu 600 de copii, ca să explorați fără să introduceți date",
                                "a fictitious commune with 600 children, to explore without typing data"};

}  // namespace prevplan::str
