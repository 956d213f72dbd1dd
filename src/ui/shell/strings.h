#pragma once
// The words of the shell: the menus, the save status, the list of plans, the plan form and the
// import of a workspace file, Romanian first.
#include "core/base/text.h"
#include "ui/kit/deletion.h"

namespace prevplan::str {

inline constexpr Text kTagline{"Planul de dezvoltare a serviciilor comunitare pentru prevenirea separării copilului de familie",
                               "Community services development plan to prevent the separation of children from their families"};

// Menus
inline constexpr Text kMenuFile{"Fișier", "File"};
inline constexpr Text kMenuEdit{"Editare", "Edit"};
inline constexpr Text kMenuLanguage{"Limba", "Language"};
inline constexpr Text kMenuHelp{"Ajutor", "Help"};
// The Display menu (ui/shell/display_menu.cpp)
inline constexpr Text kMenuDisplay{"Afișare", "Display"};
inline constexpr Text kTextSize{"Mărimea textului", "Text size"};
inline constexpr Text kTextPercent{"%d %%", "%d%%"};
inline constexpr Text kContrast{"Contrast", "Contrast"};
inline constexpr Text kContrastAuto{"Ca browserul", "As the browser asks"};
inline constexpr Text kContrastStandard{"Obișnuit", "Standard"};
inline constexpr Text kContrastHigh{"Ridicat", "High"};
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
inline constexpr Text kVillagesFromList{"Un sat pe rând; cele de mai sus sunt luate din listă și pot fi corectate.",
                                        "One village per line; those above come from the list and can be corrected."};
inline constexpr Text kCommuneRequired{"Scrieți numele comunei.", "Write the commune's name."};
inline constexpr Text kCountyRequired{"Alegeți județul.", "Choose the county."};
inline constexpr Text kCountySearch{"Scrieți numele județului…", "Type the county's name…"};
inline constexpr Text kNoCountyMatches{"Niciun județ nu se potrivește.", "No county matches."};
inline constexpr Text kListGoesIntoPlan{"După ce creați planul, lista „%s” se importă în el.",
                                        "Once the plan is created, the list “%s” is imported into it."};
inline constexpr ui::DeletionWords kPlanDeletion{{"Ștergeți planul comunei „%s”?", "Delete the plan of “%s”?"},
                                                 {"Șterge planul", "Delete the plan"},
                                                 {"Planul comunei „%s” a fost șters", "The plan of “%s” deleted"}};
inline constexpr Text kPlanDeletionCaveat{
    "La următoarea salvare planul este șters din browser. Îl puteți recupera cu Anulează (Ctrl+Z) doar până "
    "închideți fila.",
    "The next save removes the plan from the browser. You can get it back with Undo (Ctrl+Z) only until you "
    "close the tab."};

// Import
inline constexpr Text kImportFailed{"Fișierul nu a putut fi importat", "The file could not be imported"};
inline constexpr Text kImportReading{"Se citește %s…", "Reading %s…"};  // the file's name
inline constexpr Text kImportUnchanged{"Spațiul de lucru a rămas exact cum era.", "The workspace is exactly as it was."};
inline constexpr Text kImportConflict{"Planul există deja", "The plan already exists"};
inline constexpr Text kImportConflictText{"Fișierul conține planuri care există deja în spațiul de lucru:",
                                          "The file contains plans that already exist in the workspace:"};
inline constexpr Text kReplace{"Înlocuiește", "Replace"};
inline constexpr Text kKeepBoth{"Păstrează-le pe amândouă", "Keep both"};
inline constexpr Text kFileNotRead{
    "Fișierul nu a putut fi citit (prea mare pentru memoria browserului sau deteriorat). Datele dvs. nu au fost atinse.",
    "The file could not be read (too large for the browser's memory, or damaged). Your data was not touched."};
inline constexpr Text kDropHint{"Puteți și trage un fișier .json sau .csv peste pagină.",
                               "You can also drop a .json or .csv file on the page."};

// Start page (start_page.h)
inline constexpr Text kProductName{"PrevPlan", "PrevPlan"};
inline constexpr Text kVersion{"versiunea %s", "version %s"};
inline constexpr Text kWhatItIs{
    "PrevPlan ajută serviciul public de asistență socială (SPAS) al unei comune să întocmească planul de servicii "
    "comunitare pentru prevenirea separării copilului de familie, după metodologia unitară (Banca Mondială, 2018).",
    "PrevPlan helps a commune's public social assistance service (SPAS) draw up its community services plan to "
    "prevent the separation of children from their families, following the unitary methodology (World Bank, 2018)."};
inline constexpr Text kForWhom{
    "Este pentru asistentul social și echipa comunitară: de la fișele de observație ale copiilor până la documentul "
    "pentru consiliul local.",
    "It is for the social worker and the community team: from the children's Observation Sheets to the document for "
    "the local council."};
inline constexpr Text kDataStaysHere{
    "Datele rămân pe acest calculator, în browser: nimic nu este trimis nicăieri. Faceți din când în când o copie "
    "(Fișier → Exportă tot spațiul de lucru).",
    "The data stays on this computer, in the browser: nothing is sent anywhere. Make a copy from time to time "
    "(File → Export the whole workspace)."};
inline constexpr Text kStartPlan{"Începe planul comunei", "Start your commune's plan"};
inline constexpr Text kOpenFile{"Deschide un fișier", "Open a file"};
inline constexpr Text kOpenFileHint{"un plan PrevPlan (.json) sau lista copiilor comunei (.csv)",
                                    "a PrevPlan plan (.json) or the commune's list of children (.csv)"};
inline constexpr Text kStartPlanHint{"județul, comuna și satele ei; apoi copiii, gospodărie cu gospodărie",
                                     "the county, the commune and its villages; then the children, household by household"};
inline constexpr Text kYourPlans{"Planurile din acest browser", "The plans in this browser"};
inline constexpr Text kMethodSteps{"Metoda în 12 pași", "The method in 12 steps"};

// Help (help_view.h)
inline constexpr Text kHelpSteps{"Pașii metodei", "The steps of the method"};
inline constexpr Text kHelpKeyboard{"Tastatura", "Keyboard"};
inline constexpr Text kHelpData{"Unde sunt datele", "Where the data lives"};
inline constexpr Text kHelpBackup{"Copia de siguranță", "Backing up"};
inline constexpr Text kKeysTab{
    "Tab și Shift+Tab trec de la un buton sau câmp la următorul ori la cel dinainte, de sus în jos și de la stânga la "
    "dreapta, și intră în listele care se derulează singure; un contur portocaliu arată unde sunteți. Săgețile mută "
    "între butoanele de pe ecran.",
    "Tab and Shift+Tab move to the next or the previous button or field, top to bottom and left to right, also into "
    "the lists that scroll on their own; an orange outline shows where you are. The arrow keys move between the "
    "buttons on the screen."};
inline constexpr Text kKeysPress{"Enter sau Spațiu apasă butonul ales, bifează căsuța aleasă ori deschide lista aleasă.",
                                 "Enter or Space presses the chosen button, ticks the chosen box or opens the chosen list."};
inline constexpr Text kKeysLines{
    "Într-un câmp cu mai multe rânduri (satele comunei), Enter începe un rând nou, iar Tab trece la următorul câmp.",
    "In a field of several lines (the commune's villages), Enter starts a new line and Tab goes on to the next field."};
inline constexpr Text kKeysSteps{"Într-un plan deschis, aceste taste duc direct la un pas:",
                                 "In an open plan, these keys go straight to a step:"};
inline constexpr Text kKeysUndo{"Ctrl+Z anulează ultima modificare, Ctrl+Y o reface.",
                                "Ctrl+Z undoes the last change, Ctrl+Y redoes it."};
inline constexpr Text kKeysEscape{
    "Escape închide fereastra de dialog deschisă, ca butonul ei Renunță sau Închide; tastatura revine apoi la butonul "
    "care a deschis-o.",
    "Escape closes the open dialog, as its Cancel or Close button does; the keyboard then returns to the button that "
    "opened it."};
inline constexpr Text kDataWhere{
    "Planurile se păstrează în browserul acestui calculator, în spațiul de stocare al paginii. Nu există niciun "
    "server: nimic nu este trimis nicăieri, iar alt calculator sau alt browser nu le vede.",
    "The plans are kept in this computer's browser, in the page's storage. There is no server: nothing is sent "
    "anywhere, and another computer or browser does not see them."};
inline constexpr Text kDataLost{
    "Dacă ștergeți datele de navigare ale browserului („date despre site-uri”) sau lucrați într-o fereastră privată, "
    "planurile se pierd. De aceea, faceți copii de siguranță.",
    "If you clear the browser's data (“site data”) or work in a private window, the plans are lost. That is why you "
    "should make backups."};
inline constexpr Text kDataShared{
    "Pe un calculator folosit de mai multe persoane, protejați spațiul de lucru cu o parolă (meniul Fișier).",
    "On a computer that several people use, protect the workspace with a passphrase (the File menu)."};
inline constexpr Text kBackupHow{
    "Fișier → Exportă tot spațiul de lucru salvează toate planurile într-un fișier .json. Faceți-o la sfârșitul "
    "fiecărei zile de lucru și păstrați fișierul pe calculatorul serviciului sau pe un stick, protejat cu parolă: "
    "conține numele și CNP-urile copiilor.",
    "File → Export the whole workspace saves every plan in a .json file. Do it at the end of each working day and "
    "keep the file on the service's computer or a USB stick, protected with a passphrase: it holds the children's "
    "names and CNPs."};
inline constexpr Text kBackupRestore{
    "Pentru a reveni la o copie: Fișier → Importă… sau trageți fișierul peste pagină. Planurile care există deja "
    "pot fi înlocuite sau păstrate amândouă.",
    "To go back to a copy: File → Import… or drop the file on the page. Plans that already exist can be replaced "
    "or both kept."};

// Demo
inline constexpr Text kTryDemo{"Încearcă demonstrația", "Try the demo"};
inline constexpr Text kDemoHint{"o comună fictivă cu 600 de copii, ca să explorați fără să introduceți date",
                                "a fictitious commune with 600 children, to explore without typing data"};

// Exports of named data
inline constexpr Text kExportPersonalTitle{"Fișierul conține date personale", "The file holds personal data"};
inline constexpr Text kExportPersonalText{
    "Fișierul „%s” conține numele, CNP-urile și situațiile copiilor. Protejați-l cu o parolă; "
    "cine îl primește fără parolă nu îl poate citi.",
    "The file „%s” holds the children's names, CNPs and situations. Protect it with a passphrase; "
    "whoever gets it without the passphrase cannot read it."};
inline constexpr Text kExportProtected{"Exportă protejat cu parolă", "Export protected with a passphrase"};
inline constexpr Text kExportPlainInstead{"Exportă necriptat…", "Export unencrypted…"};
inline constexpr Text kExportPlainWarning{
    "ATENȚIE: un fișier necriptat poate fi citit de oricine îl primește sau găsește pe acest calculator, "
    "pe un stick sau într-un e-mail.",
    "WARNING: an unencrypted file can be read by anyone who receives it or finds it on this computer, "
    "a USB stick or in an e-mail."};
inline constexpr Text kExportPlainConfirm{"Înțeleg; exportă necriptat", "I understand; export unencrypted"};

// Unreadable storage
inline constexpr Text kUnreadableStored{
    "Spațiul de lucru salvat în acest browser nu a putut fi citit (%s). Nu a fost modificat: o copie este "
    "păstrată ca %s. Aplicația este doar în citire până alegeți ce faceți.",
    "The workspace stored in this browser could not be read (%s). It was not changed: a copy is kept as %s. "
    "The app is read-only until you choose what to do."};
inline constexpr Text kExportStored{"Exportă fișierul salvat", "Export the stored file"};
inline constexpr Text kStartAgain{"Începe din nou cu un spațiu de lucru gol…", "Start again with an empty workspace…"};
inline constexpr Text kStartAgainQuestion{
    "Începeți cu un spațiu de lucru gol? Fișierul salvat care nu poate fi citit va fi înlocuit la prima salvare "
    "(copia %s rămâne în browser). Exportați-l întâi dacă vreți să-l păstrați.",
    "Start with an empty workspace? The stored file that cannot be read is replaced at the first save (the copy "
    "%s stays in the browser). Export it first if you want to keep it."};
inline constexpr Text kStartAgainConfirm{"Începe din nou", "Start again"};

// Journal
inline constexpr Text kJournalDiscarded{
    "Modificările nesalvate la ultima închidere a filei nu au putut fi citite și au fost renunțate; "
    "spațiul de lucru este cel salvat.",
    "The changes not yet saved when the tab last closed could not be read and were discarded; the "
    "workspace is the saved one."};
inline constexpr Text kJournalSeen{"Am înțeles", "OK"};

// A new version of the site (the service worker fetched it in the background)
inline constexpr Text kUpdateReady{"O versiune nouă este gata —", "A new version is ready —"};
inline constexpr Text kUpdateReload{"reîncarcă", "reload"};
inline constexpr Text kUpdateSaving{"se salvează, apoi se reîncarcă…", "saving, then reloading…"};
inline constexpr Text kUpdateLosesWork{
    "Browserul nu păstrează datele: exportați-le înainte de a reîncărca, altfel se pierd.",
    "The browser keeps no data: export it before reloading, or it is lost."};

// Forget this computer
inline constexpr Text kForget{"Uită acest calculator…", "Forget this computer…"};
inline constexpr Text kForgetQuestion{
    "Ștergeți tot ce a păstrat PrevPlan în acest browser? Se șterg: toate planurile salvate, "
    "jurnalul modificărilor nesalvate, preferințele (limba) și cheia de criptare a acestui calculator. "
    "Nu se poate anula. Fișierele exportate nu sunt atinse.",
    "Erase everything PrevPlan kept in this browser? This erases: every stored plan, the journal of "
    "unsaved changes, the preferences (language) and this computer's encryption key. It cannot be undone. "
    "Exported files are not touched."};
inline constexpr Text kForgetConfirm{"Șterge tot din acest browser", "Erase everything from this browser"};
inline constexpr Text kForgetNeedsWriter{
    "Spațiul de lucru este deschis în altă filă: lucrați în această filă întâi.",
    "The workspace is open in another tab: work in this tab first."};

// Protection of the workspace with a passphrase
inline constexpr Text kProtectWorkspace{"Protejează cu parolă…", "Protect with a passphrase…"};
inline constexpr Text kProtectWorkspaceText{
    "Cu o parolă, browserul păstrează spațiul de lucru doar criptat (AES-256-GCM), iar aplicația cere parola la "
    "pornire și se blochează după o perioadă fără activitate. Fără parolă datele nu pot fi recuperate: "
    "notați-o într-un loc sigur.",
    "With a passphrase, the browser keeps the workspace only encrypted (AES-256-GCM), and the app asks for the "
    "passphrase at start and locks after a time without activity. Without the passphrase the data cannot be "
    "recovered: keep it somewhere safe."};
inline constexpr Text kProtectConfirm{"Protejează", "Protect"};
inline constexpr Text kChangePassphrase{"Schimbă parola…", "Change the passphrase…"};
inline constexpr Text kRemoveProtection{"Elimină protecția cu parolă…", "Remove the passphrase protection…"};
inline constexpr Text kRemoveProtectionQuestion{
    "Eliminați protecția? Spațiul de lucru va fi păstrat necriptat în acest browser, iar oricine folosește "
    "calculatorul îl poate citi.",
    "Remove the protection? The workspace will be kept unencrypted in this browser, and anyone using the "
    "computer can read it."};
inline constexpr Text kRemoveProtectionConfirm{"Elimină protecția", "Remove the protection"};
inline constexpr Text kLockNow{"Blochează acum", "Lock now"};
inline constexpr Text kIdleLock{"Blocare automată", "Automatic lock"};
inline constexpr Text kIdleOff{"Niciodată", "Never"};
inline constexpr Text kIdleMinutes{"După %s fără activitate", "After %s without activity"};  // a count of minutes
inline constexpr Text kLockedTitle{"Spațiul de lucru este blocat", "The workspace is locked"};
inline constexpr Text kLockedText{
    "Datele sunt protejate cu o parolă. Scrieți parola pentru a le deschide.",
    "The data is protected with a passphrase. Type the passphrase to open it."};
inline constexpr Text kUnlockWorkspace{"Deblochează", "Unlock"};
inline constexpr Text kUnlocking{"Se verifică parola…", "Checking the passphrase…"};
inline constexpr Text kWrongWorkspacePassphrase{
    "Parolă greșită. Nimic nu a fost deschis sau modificat.",
    "Wrong passphrase. Nothing was opened or changed."};
inline constexpr Text kForgotPassphrase{
    "Ați uitat parola? Datele nu pot fi recuperate; puteți doar șterge tot din acest browser și începe din nou.",
    "Forgot the passphrase? The data cannot be recovered; you can only erase everything from this browser and "
    "start again."};
inline constexpr Text kLocking{"Se salvează, apoi se blochează…", "Saving, then locking…"};

// Opening a stored workspace (a big commune is read a little at a time)
inline constexpr Text kOpeningWorkspace{"Se deschide spațiul de lucru…", "Opening the workspace…"};

// Help › The steps of the method: the state of each step (docs/progress.md)
inline constexpr Text kHelpStepStates{"Starea fiecărui pas", "The state of each step"};
inline constexpr Text kStatesThree{
    "În lista pașilor, fiecare pas are una din trei stări, arătată printr-un semn și un cuvânt: „– neînceput”, "
    "„… în lucru” sau „✓ gata”. Pasul deschis este marcat cu o bară în stânga.",
    "In the step list each step is in one of three states, shown by a mark and a word: “– not started”, "
    "“… in progress” or “✓ done”. The open step is marked by a bar on its left."};
inline constexpr Text kStatesDecided{
    "Starea nu se bifează de mână: PrevPlan o calculează din datele planului, de fiecare dată când acestea se "
    "schimbă. Un pas este neînceput cât timp nu are nicio dată, în lucru când are o parte din ce cere metoda și gata "
    "când are tot. Treceți cu mouse-ul peste un pas pentru motiv (de exemplu „2 priorități alese; metoda cere 3–5”).",
    "A state is never ticked by hand: PrevPlan computes it from the plan's data, each time the data changes. A step "
    "is not started while it has no data, in progress when it has part of what the method asks for and done when it "
    "has all of it. Hover over a step for the reason (for example “2 priorities chosen; the method asks for 3–5”)."};
inline constexpr Text kStatesNext{
    "La capătul fiecărui ecran, butonul „Pasul următor” duce la primul pas, în ordinea metodei, care nu este gata; "
    "lângă el scrie de ce. Tabloul de bord al comunei arată același pas sub „Ce urmează”.",
    "At the foot of every screen, the “Next step” button opens the first step, in the method's order, that is not "
    "done; beside it is the reason. The commune's dashboard shows the same step under “What to do next”."};
inline constexpr Text kStatesDoneWhen{"Când este gata fiecare pas:", "When each step is done:"};
// One line a step, in the method's order (kStepCatalog).
inline constexpr Text kStepDoneWhen[] = {
    {"fiecare sat are numărul de copii după INS.", "every village has its INS number of children."},
    {"fiecare sat are gospodării cu fișă de observație și fiecare familie are fișă.",
     "every village has households with an observation sheet, and every family has a sheet."},
    {"nicio familie nu mai așteaptă vizita la domiciliu cerută de fișă.",
     "no family still waits for the home visit its sheet asks for."},
    {"fiecare copil din Registru are un plan de servicii aprobat (sau nu s-a confirmat niciun risc).",
     "every child in the Registry has an approved service plan (or no risk was confirmed)."},
    {"niciun termen nu este depășit.", "no deadline is overdue."},
    {"cifrele anului sunt înghețate.", "this year's figures are frozen."},
    {"inventarul, micro-zona și serviciile DGASPC sunt înregistrate și verificate la 3 luni.",
     "the inventory, the micro-area and the DGASPC services are recorded and checked every 3 months."},
    {"cel puțin un serviciu necesar a fost dus la priorități.",
     "at least one required service was taken to the priorities."},
    {"3–5 servicii sunt alese ca priorități.", "3–5 services are short-listed as priorities."},
    {"fiecare obiectiv are cel puțin o acțiune.", "every objective has at least one action."},
    {"fiecare an al planului de până acum are cifrele înghețate.", "every year of the plan so far has frozen figures."},
    {"planul este gata pentru consiliul local (vezi motivul din lista pașilor).",
     "the plan is ready for the local council (see the reason in the step list)."},
};

}  // namespace prevplan::str
