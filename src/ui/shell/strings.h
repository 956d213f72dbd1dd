#pragma once
// The words of the shell: the menus, the save status, the list of plans, the plan form and the
// import of a workspace file, Romanian first.
#include "core/base/text.h"

namespace prevplan::str {

inline constexpr Text kTagline{"Planul de dezvoltare a serviciilor comunitare pentru prevenirea separării copilului de familie",
                               "Community services development plan to prevent the separation of children from their families"};

// Menus
inline constexpr Text kMenuFile{"Fișier", "File"};
inline constexpr Text kMenuEdit{"Editare", "Edit"};
inline constexpr Text kMenuLanguage{"Limba", "Language"};
inline constexpr Text kNewPlan{"Plan nou…", "New plan…"};
inline constexpr Text kImport{"Importă…", "Import…"};
inline constexpr Text kExportWorkspace{"Exportă tot spațiul de lucru", "Export the whole workspace"};
inline constexpr Text kExportPlan{"Exportă planul", "Export the plan"};
inline constexpr Text kUndo{"Anulează", "Undo"};
inline constexpr Text kRedo{"Refă", "Redo"};

// Save status
inline constexpr Text kSaved{"Salvat", "Saved"};
inline constexpr Text kSaving{"Se salvează…", "Saving…"};
inline constexpr Text kNotSaved{"Nesalvat", "Not saved"};
inline constexpr Text kMemoryOnly{"Nesalvat: doar în memorie", "Not saved: memory only"};
inline constexpr Text kReadOnly{"Doar citire", "Read-only"};
inline constexpr Text kQuota{"spațiul de stocare al browserului este plin", "the browser's storage is full"};
inline constexpr Text kStorageUnavailable{
    "Browserul nu permite salvarea datelor (fereastră privată, spațiu plin sau stocare blocată). "
    "Puteți lucra în continuare, dar datele se pierd la închiderea paginii: exportați-le.",
    "The browser does not allow saving data (private window, storage full or blocked). "
    "You can keep working, but the data is lost when the page closes: export it."};
inline constexpr Text kSaveFailed{"Ultimele modificări nu au putut fi salvate în browser",
                                  "The latest changes could not be saved in the browser"};
inline constexpr Text kExportNow{"Exportă acum", "Export now"};
inline constexpr Text kOpenElsewhere{
    "Spațiul de lucru este deschis în altă filă. Aici îl puteți doar citi.",
    "The workspace is open in another tab. Here you can only read it."};
inline constexpr Text kTakeOver{"Lucrează în această filă", "Work in this tab"};

// Workspace
inline constexpr Text kNoPlans{"Nu există încă niciun plan. Creați unul pentru comuna dumneavoastră sau importați un fișier.",
                               "There are no plans yet. Create one for your commune or import a file."};
inline constexpr Text kModified{"Modificat", "Modified"};
inline constexpr Text kRename{"Redenumește", "Rename"};
inline constexpr Text kDuplicate{"Duplică", "Duplicate"};
inline constexpr Text kExport{"Exportă", "Export"};
inline constexpr Text kCopySuffix{" (copie)", " (copy)"};

// Plan form
inline constexpr Text kCreatePlan{"Creează planul", "Create the plan"};
inline constexpr Text kChooseCounty{"Alegeți județul", "Choose the county"};
inline constexpr Text kVillagesHint{"Un sat pe rând", "One village per line"};
inline constexpr Text kCommuneRequired{"Scrieți numele comunei.", "Write the commune's name."};
inline constexpr Text kCountyRequired{"Alegeți județul.", "Choose the county."};
inline constexpr Text kDeleteQuestion{"Ștergeți planul comunei „%s”? Îl puteți recupera cu Anulează (Ctrl+Z).",
                                      "Delete the plan of „%s”? You can get it back with Undo (Ctrl+Z)."};

// Import
inline constexpr Text kImportFailed{"Fișierul nu a putut fi importat", "The file could not be imported"};
inline constexpr Text kImportUnchanged{"Spațiul de lucru a rămas exact cum era.", "The workspace is exactly as it was."};
inline constexpr Text kImportConflict{"Planul există deja", "The plan already exists"};
inline constexpr Text kImportConflictText{"Fișierul conține planuri care există deja în spațiul de lucru:",
                                          "The file contains plans that already exist in the workspace:"};
inline constexpr Text kReplace{"Înlocuiește", "Replace"};
inline constexpr Text kKeepBoth{"Păstrează-le pe amândouă", "Keep both"};
inline constexpr Text kCsvNeedsPlan{
    "Un tabel CSV al Observatorului se importă într-un plan: deschideți întâi planul comunei, apoi importați tabelul.",
    "An Observatory CSV table is imported into a plan: open the commune's plan first, then import the table."};
inline constexpr Text kDropHint{"Puteți și trage un fișier .json peste pagină.", "You can also drop a .json file on the page."};

// Demo
inline constexpr Text kTryDemo{"Încearcă demo-ul", "Try the demo"};
inline constexpr Text kDemoHint{"o comună fictivă cu 600 de copii, ca să explorați fără să introduceți date",
                                "a fictitious commune with 600 children, to explore without typing data"};

}  // namespace prevplan::str
