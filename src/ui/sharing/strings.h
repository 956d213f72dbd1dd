#pragma once
// The words of sharing: the plan document, the DGASPC package, passphrases and the county view.
#include "core/base/text.h"
#include "core/base/words.h"

namespace prevplan::str {

inline constexpr Text kStepShare{"Partajare", "Share"};

// The plan document
inline constexpr Text kDocumentTitle{"Documentul planului pentru consiliul local", "The plan document for the local council"};
inline constexpr Text kDocumentHelp{
    "Un document gata de tipărit (A4), cu proiectul de hotărâre a consiliului local, secțiunile planului și planul anual de "
    "acțiune. Conține numai cifre agregate. Pentru PDF: deschideți-l și alegeți Tipărire → Salvare ca PDF.",
    "A print-ready document (A4) with the draft council decision, the plan's sections and the annual action plan. It holds "
    "aggregate figures only. For a PDF: open it and choose Print → Save as PDF."};
inline constexpr Text kDocumentLanguage{"Limba documentului", "Document language"};
inline constexpr Text kActionPlanYear{"Anul planului anual de acțiune", "Year of the annual action plan"};
inline constexpr Text kWithDecision{"Cu proiectul de hotărâre a consiliului local", "With the draft council decision"};
inline constexpr Text kOpenDocument{"Deschide documentul într-o filă nouă", "Open the document in a new tab"};
inline constexpr Text kDownloadDocument{"Descarcă documentul (HTML)", "Download the document (HTML)"};
inline constexpr Text kEmptyPartsWarning{"Planul are %s, marcate în document cu „Necompletat.”:",
                                         "The plan has %s, marked “Not filled in.” in the document:"};
inline constexpr Text kOpenAnyway{"Deschide oricum", "Open anyway"};
inline constexpr Text kDownloadAnyway{"Descarcă oricum", "Download anyway"};

// When the plan was shared (step 12)
inline constexpr Text kHistoryTitle{"Când a fost partajat planul", "When the plan was shared"};
inline constexpr Text kNotSharedYet{"Planul nu a fost încă partajat.", "The plan has not been shared yet."};
inline constexpr Text kDecisionNumber{"Hotărârea consiliului local nr.", "Local council decision no."};
inline constexpr Text kDecisionDate{"din data", "of"};
inline constexpr Text kRecordDecision{"Înregistrează hotărârea", "Record the decision"};
inline constexpr Text kShareRecorded{"Partajare înregistrată", "Sharing recorded"};

// The DGASPC package
inline constexpr Text kPackageTitle{"Pachetul pentru DGASPC", "The package for the DGASPC"};
inline constexpr Text kPackageHelp{
    "Planul, resursele, raportul agregat și documentul planului, într-un fișier pe care DGASPC îl poate verifica și importa.",
    "The plan, the resources, the aggregated report and the plan document, in one file the DGASPC can check and import."};
inline constexpr Text kAggregated{"Agregat, fără date personale (recomandat)", "Aggregated, no personal data (recommended)"};
inline constexpr Text kNamedRegistry{"Cu Registrul nominal al copiilor în risc", "With the named Registry of at-risk children"};
inline constexpr Text kNamedWarning{
    "ATENȚIE: pachetul va conține Registrul nominal — numele, CNP-urile, adresele și riscurile copiilor și familiilor. Sunt date "
    "personale sensibile pe care legea permite doar DGASPC să le primească. Trimiteți fișierul numai către DGASPC, protejat cu parolă, "
    "iar parola comunicați-o pe altă cale.",
    "WARNING: the package will hold the named Registry — the names, CNPs, addresses and risks of children and families. This is "
    "sensitive personal data only the DGASPC may receive by law. Send the file to the DGASPC only, protected with a passphrase, "
    "and give the passphrase by another channel."};
inline constexpr Text kSmallCountsHelp{
    "Cifrele mai mici de 5 pe sate apar ca „<5”, împreună cu cele din care s-ar putea recalcula; cifrele comunei rămân exacte.",
    "Figures below 5 per village show as \"<5\", with those they could be worked out from; the commune's figures stay exact."};
inline constexpr Text kWithFreeTexts{"Include textele libere (decizii, opinii, note, contacte) — pot conține nume",
                                     "Include the free texts (decisions, opinions, notes, contacts) — they may contain names"};
inline constexpr Text kFreeTextsAdd{"Pachetul va conține în plus:", "The package will also hold:"};
inline constexpr Text kNamedConfirm{"Am înțeles și trimit Registrul nominal doar către DGASPC",
                                    "I understand and will send the named Registry to the DGASPC only"};
inline constexpr Text kNamedNeedsPassphrase{"Pachetul cu Registrul nominal se exportă numai protejat cu parolă.",
                                            "The package with the named Registry is exported only with a passphrase."};
inline constexpr Text kProtect{"Protejează cu parolă", "Protect with a passphrase"};
inline constexpr Text kExportPackage{"Exportă pachetul DGASPC", "Export the DGASPC package"};
inline constexpr Text kBackupTitle{"Copie completă a spațiului de lucru, protejată cu parolă", "Full workspace backup, passphrase-protected"};
inline constexpr Text kBackupHelp{"Toate planurile, cu toate datele personale; de păstrat în siguranță.",
                                  "Every plan with all its personal data; keep it safe."};
inline constexpr Text kExportBackup{"Exportă copia protejată", "Export the protected backup"};
inline constexpr Text kCryptoUnavailable{
    "Criptarea nu este disponibilă aici (browserul nu oferă Web Crypto: deschideți aplicația prin https sau de pe acest calculator).",
    "Encryption is not available here (the browser offers no Web Crypto: open the app over https or from this computer)."};

// Importing a protected file
inline constexpr Text kUnlockTitle{"Fișier protejat cu parolă: %s", "Passphrase-protected file: %s"};
inline constexpr Text kUnlock{"Deschide", "Open"};
inline constexpr Text kDecrypting{"Se decriptează…", "Decrypting…"};
inline constexpr Text kWrongPassphrase{"Parolă greșită sau fișier deteriorat. Nimic nu a fost importat.",
                                       "Wrong passphrase or damaged file. Nothing was imported."};

// County view
inline constexpr Text kCountyView{"Vedere județeană (DGASPC)", "County view (DGASPC)"};
inline constexpr Text kCountyHelp{
    "Adăugați pachetele DGASPC sau spațiile de lucru ale comunelor: fiecare comună devine un rând. Datele rămân pe acest calculator.",
    "Add the communes' DGASPC packages or workspaces: each commune becomes a row. The data stays on this computer."};
inline constexpr Text kBack{"← Înapoi", "← Back"};
inline constexpr Text kAddFiles{"Adaugă fișiere…", "Add files…"};
inline constexpr Text kClearCounty{"Golește tabelul", "Clear the table"};
inline constexpr Text kExportRollup{"Exportă tabelul (CSV)", "Export the table (CSV)"};
inline constexpr Text kFilterCommune{"Filtru comună", "Commune filter"};
inline constexpr Text kNoCommunes{"Niciun fișier adăugat încă.", "No file added yet."};
inline constexpr Noun kCommuneNoun{{"comună", "commune"}, {"comune", "communes"}};
inline constexpr Text kCommunesShown{"Afișate: %d din %s", "Shown: %d of %s"};  // a count of communes
inline constexpr Text kColSource{"Sursa", "Source"};
inline constexpr Text kTotal{"Total", "Total"};
inline constexpr Text kOpenPlanDocument{"Planul", "Plan"};
inline constexpr Text kCompare{"Compară după", "Compare by"};
inline constexpr Text kFileRejected{"%s nu a fost adăugat: %s", "%s was not added: %s"};
inline constexpr Text kPackageMark{"pachet", "package"};
inline constexpr Text kNamedMark{"pachet nominal", "named package"};
inline constexpr Text kWorkspaceMark{"spațiu de lucru", "workspace"};

}  // namespace prevplan::str
