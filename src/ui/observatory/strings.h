#pragma once
// The words of the Observatory: the list of children, the household and observation sheet
// editors, and the CSV import and export, Romanian first.
#include "core/base/text.h"
#include "core/base/words.h"
#include "ui/kit/deletion.h"

namespace prevplan::str {

// Steps of the plan screen
inline constexpr Text kStepObservatory{"Observatorul copiilor", "Children Observatory"};

// Observatory list
inline constexpr Text kSearchHint{"nume, CNP sau nr. fișă", "name, CNP or sheet id"};
inline constexpr Text kAllVillages{"Toate satele", "All villages"};
inline constexpr Text kAllIndicators{"Toți indicatorii", "All indicators"};
inline constexpr Text kAnyStatus{"Orice stare", "Any status"};
inline constexpr Text kFilterVillage{"Filtru sat", "Village filter"};
inline constexpr Text kFilterIndicator{"Filtru indicator", "Indicator filter"};
inline constexpr Text kFilterStatus{"Filtru stare", "Status filter"};
inline constexpr Text kStatusNoSheet{"Fără fișă", "No sheet"};
inline constexpr Text kStatusOutdated{"Fișă mai veche de 12 luni", "Sheet older than 12 months"};
inline constexpr Text kStatusOutdatedShort{"fișă veche", "old sheet"};
inline constexpr Text kStatusSuspicion{"Suspiciune", "Suspicion"};
inline constexpr Text kStatusConfirmed{"Risc confirmat", "Confirmed risk"};
inline constexpr Text kStatusRegistry{"În Registru", "In the Registry"};
// Marked with a symbol and words, never by colour alone.
inline constexpr Text kStatusAbuse{"⚠ Suspiciune de abuz sau neglijare", "⚠ Suspected abuse or neglect"};
inline constexpr Text kStatusAbuseShort{"⚠ abuz", "⚠ abuse"};  // beside the suspicions, where narrow screens show it
inline constexpr Text kTurned18On{"A împlinit 18 ani la %s: a ieșit din Observator",
                                  "Turned 18 on %s: left the Observatory"};  // the date
inline constexpr Text kAdultMark{"(18 ani)", "(18+)"};
inline constexpr Text kShownCounts{"Afișați: %s din %s (%s)", "Shown: %s in %s (%s)"};  // children, households, families
inline constexpr Text kColCnp{"CNP", "CNP"};
inline constexpr Text kColSheet{"Nr. fișă", "Sheet id"};
inline constexpr Text kColSheetDate{"Data fișei", "Sheet date"};
inline constexpr Text kNoChildYet{"(niciun copil încă)", "(no child yet)"};
inline constexpr Text kEmptyObservatory{
    "Observatorul este gol. Adăugați o gospodărie, importați tabelul Excel (CSV) al comunei sau încercați demo-ul.",
    "The Observatory is empty. Add a household, import the commune's Excel table (CSV) or try the demo."};

// Household editor
inline constexpr Text kAddHousehold{"Adaugă o gospodărie", "Add a household"};
inline constexpr Text kBackToObservatory{"← Observatorul", "← Observatory"};
inline constexpr Text kAddress{"Adresa", "Address"};
inline constexpr Text kDeleteHousehold{"Șterge gospodăria", "Delete the household"};
inline constexpr Text kFamilyNucleus{"Familia (nucleul familial)", "Family nucleus"};
inline constexpr Text kFamilyHead{"Capul familiei", "Head of family"};
inline constexpr Text kAddFamily{"Adaugă o familie", "Add a family nucleus"};
inline constexpr Text kDeleteFamily{"Șterge familia", "Delete the family"};
inline constexpr ui::DeletionWords kHouseholdDeletion{{"Ștergeți gospodăria „%s”?", "Delete the household “%s”?"},
                                                      kDeleteHousehold,
                                                      {"Gospodăria „%s” a fost ștearsă", "Household “%s” deleted"}};
inline constexpr ui::DeletionWords kFamilyDeletion{{"Ștergeți familia „%s”?", "Delete the family “%s”?"},
                                                   kDeleteFamily,
                                                   {"Familia „%s” a fost ștearsă", "Family “%s” deleted"}};
inline constexpr ui::DeletionWords kChildDeletion{{"Ștergeți copilul „%s”?", "Delete the child “%s”?"},
                                                  {"Șterge copilul", "Delete the child"},
                                                  {"Copilul „%s” a fost șters", "Child “%s” deleted"}};
inline constexpr Text kAddChild{"Adaugă un copil", "Add a child"};
inline constexpr Text kChildName{"Numele copilului", "Child's name"};
inline constexpr Text kBirthDate{"Data nașterii", "Birth date"};
inline constexpr Text kSex{"Sexul", "Sex"};
// A child separated from the family, on the DGASPC's list of children in special protection.
inline constexpr Text kInProtection{"În protecție specială", "In special protection"};
inline constexpr Text kColInProtection{"În protecție", "In care"};  // the column's short header
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
inline constexpr Text kFilledOn{"Data completării", "Date filled out"};
inline constexpr Text kReceivedOn{"Primită de SPAS la", "Received by SPAS on"};
inline constexpr Text kAbuseBand{
    "⚠ SUSPICIUNE DE ABUZ SAU NEGLIJARE. Vizita la domiciliu cu fișa de identificare a riscurilor în cel mult "
    "72 de ore de la primirea fișei: până la %s. Dacă vizita o confirmă, SPAS anunță imediat DGASPC.",
    "⚠ SUSPECTED ABUSE OR NEGLECT. Home visit with the risk identification sheet within 72 hours of "
    "receiving the sheet: by %s. If the visit confirms it, SPAS notifies the DGASPC at once."};  // the date
inline constexpr Text kYes{"Da", "Yes"};
inline constexpr Text kNo{"Nu", "No"};
inline constexpr Text kUnknown{"?", "?"};
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

// Export and import
inline constexpr Text kExportObservatory{"Exportă Observatorul (CSV)", "Export the Observatory (CSV)"};
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
inline constexpr Text kCsvRows{"%s, %s cu erori", "%s, %s with errors"};  // "5 rânduri citite, 3 cu erori"
inline constexpr Noun kRowRead{{"rând citit", "row read"}, {"rânduri citite", "rows read"}};
inline constexpr Text kCsvNoErrors{"Nicio eroare.", "No errors."};
inline constexpr Text kCsvErrors{"Erori și avertismente (rândul, coloana):", "Errors and warnings (row, column):"};
inline constexpr Text kCsvPreview{"3. Ce se va schimba în plan", "3. What will change in the plan"};
// Four numbers (groupedNumber).
inline constexpr Text kCsvDiff{"Copii noi: %s · modificați: %s · la fel: %s · din plan, neatinși: %s",
                               "New children: %s · changed: %s · the same: %s · of the plan, left alone: %s"};
inline constexpr Text kCsvAdded{"nou", "new"};
inline constexpr Text kCsvChanged{"modificat", "changed"};
inline constexpr Text kCsvUnchanged{"la fel", "same"};
inline constexpr Text kCsvConflict{"conflict", "conflict"};
// Rows that would rename a child or rewrite a family, or may repeat a child: one choice each.
inline constexpr Noun kConflictToResolve{{"conflict de rezolvat", "conflict to resolve"},
                                         {"conflicte de rezolvat", "conflicts to resolve"}};
inline constexpr Text kCsvConflicts{"4. Conflicte: alegeți pentru fiecare ce rămâne în plan",
                                    "4. Conflicts: choose for each what the plan keeps"};
inline constexpr Text kCsvConflictsResolved{"Fiecare conflict are o alegere.", "Every conflict has a choice."};
inline constexpr Text kCsvWaitsForChoices{"Importul așteaptă o alegere pentru fiecare conflict.",
                                          "The import waits for a choice for every conflict."};
inline constexpr Text kCsvCnpOtherName{"CNP-ul din fișier este al unui copil din plan cu alt nume",
                                       "The file's CNP is a child's of the plan with another name"};
inline constexpr Text kCsvCnpOtherFamily{"CNP-ul din fișier este al unui copil din altă familie a planului",
                                         "The file's CNP is a child's of another family of the plan"};
inline constexpr Text kCsvPossibleDuplicate{
    "Poate același copil: aceeași familie și dată a nașterii, alt nume, fără CNP care să-i deosebească",
    "Perhaps the same child: the same family and birth date, another name, no CNP to tell them apart"};
inline constexpr Text kCsvInFile{"În fișier", "In the file"};
inline constexpr Text kCsvInPlan{"În plan", "In the plan"};
inline constexpr Text kCsvFieldName{"Numele", "Name"};
inline constexpr Text kCsvFieldCnp{"CNP", "CNP"};
inline constexpr Text kCsvFieldBirth{"Data nașterii", "Birth date"};
inline constexpr Text kCsvFieldHousehold{"Gospodăria", "Household"};
inline constexpr Text kCsvFieldVillage{"Satul", "Village"};
inline constexpr Text kCsvFieldFamily{"Familia", "Family"};
inline constexpr Text kCsvFieldHead{"Capul familiei", "Family head"};
inline constexpr Text kCsvFieldSheet{"Fișa de observație", "Observation sheet"};
inline constexpr Text kCsvTakeFile{"Valorile din fișier", "The file's values"};
inline constexpr Text kCsvKeepPlan{"Păstrează planul", "Keep the plan's"};
inline constexpr Text kCsvSeparate{"Alt copil (se adaugă)", "Another child (added)"};
inline constexpr Text kCsvTakeFileCnpHelp{"CNP-ul trece la copilul din fișier; copilul din plan rămâne fără CNP.",
                                          "The CNP goes to the file's child; the plan's child is left without a CNP."};
inline constexpr Text kCsvImportAll{"Importă tot", "Import everything"};
inline constexpr Text kCsvImportValid{"Importă doar rândurile valide (%s)",
                                      "Import only the valid rows (%s)"};  // groupedNumber
inline constexpr Text kCsvBlankWarning{"Celulele goale din fișier lasă neschimbate valorile din plan.",
                                       "Empty cells in the file leave the plan's values unchanged."};

// The households proposed for a commune's own list, which has no codes (household_proposal_view).
inline constexpr Text kProposalTitle{"Gospodăriile propuse", "The proposed households"};
inline constexpr Text kProposalHelp{
    "Lista nu are coduri de gospodărie și familie. PrevPlan le propune: o gospodărie pentru fiecare adresă dintr-un "
    "sat, o familie pentru fiecare părinte sau reprezentant legal. Un copil fără adresă rămâne singur. Verificați "
    "propunerea; nimic nu intră în plan înainte de confirmare.",
    "The list has no household or family codes. PrevPlan proposes them: one household for each address in a "
    "village, one family for each parent or legal representative. A child without an address stays alone. Check "
    "the proposal; nothing goes into the plan before you confirm."};
inline constexpr Text kProposalCounts{"%s, %s, %s", "%s, %s, %s"};  // "5 gospodării, 7 familii, 9 copii"
inline constexpr Text kProposalToReview{"De verificat, mai întâi: %s", "To check, first: %s"};
inline constexpr Text kProposalNothingToReview{"Nicio gospodărie nesigură.", "No uncertain household."};
inline constexpr Text kProposalAddress{"Adresa", "Address"};
inline constexpr Text kProposalFamilies{"Familii (părinte: copii)", "Families (parent: children)"};
inline constexpr Text kProposalDoubt{"De verificat", "To check"};
inline constexpr Text kProposalNoAddress{"(fără adresă)", "(no address)"};
inline constexpr Text kProposalNoParent{"(fără părinte)", "(no parent)"};
inline constexpr Text kProposalConfirm{"Confirmă gospodăriile și verifică fișierul", "Confirm the households and check the file"};
inline constexpr Text kProposalBack{"Înapoi la coloane", "Back to the columns"};

}  // namespace prevplan::str
