#pragma once
// Words that several screens share (buttons, the commune's places, the columns of the needs
// lists), Romanian first. A screen's own words live next to it, in its folder's strings.h;
// catalog labels live with the catalogs in src/core.
#include "core/base/text.h"

namespace prevplan::str {

// Buttons
inline constexpr Text kOpen{"Deschide", "Open"};
inline constexpr Text kSave{"Salvează", "Save"};
inline constexpr Text kCancel{"Renunță", "Cancel"};
inline constexpr Text kClose{"Închide", "Close"};
inline constexpr Text kDelete{"Șterge", "Delete"};
inline constexpr Text kRemove{"Elimină", "Remove"};
inline constexpr Text kUndoDeletion{"Anulează", "Undo"};
inline constexpr Text kDemoMark{"DEMO – date fictive", "DEMO – fictitious data"};
// The action a step's screen ends with (ui/kit/next_step.h)
inline constexpr Text kNextStep{"Pasul următor: %d. %s", "Next step: %d. %s"};
// In place of a name not written yet (a person never sees the internal ids).
inline constexpr Text kUnnamed{"(fără nume)", "(no name)"};

// Deleting (ui/kit/deletion.h)
inline constexpr Text kAlsoDeleted{"Se șterg și: %s.", "Also deleted: %s."};
inline constexpr Text kNothingElseDeleted{"Nu se șterge nimic altceva.", "Nothing else is deleted."};
inline constexpr Text kStayUnlinked{"Rămân, fără această legătură: %s.", "These stay, without this link: %s."};
inline constexpr Text kUndoAfter{"După ștergere o puteți anula cu Anulează (Ctrl+Z).",
                                 "After the deletion you can still undo it with Undo (Ctrl+Z)."};
inline constexpr Text kDeletedWith{"%s, cu %s.", "%s, with %s."};

// The commune and its people
inline constexpr Text kCounty{"Județul", "County"};
inline constexpr Text kCommune{"Comuna", "Commune"};
inline constexpr Text kVillages{"Satele", "Villages"};
inline constexpr Text kChildren{"Copii", "Children"};
inline constexpr Text kHouseholds{"Gospodării", "Households"};
inline constexpr Text kHousehold{"Gospodăria", "Household"};
inline constexpr Text kPosition{"Funcția", "Position"};
inline constexpr Text kExposedChildren{"Copii expuși direct:", "Children directly exposed:"};

// Lists of children and families: search, filters and columns
inline constexpr Text kSearch{"Caută", "Search"};
inline constexpr Text kAllDimensions{"Toate dimensiunile", "All dimensions"};
inline constexpr Text kFilterDimension{"Filtru dimensiune", "Dimension filter"};
inline constexpr Text kClearFilters{"Șterge filtrele", "Clear filters"};
inline constexpr Text kColVillage{"Satul", "Village"};
inline constexpr Text kColFamily{"Familia", "Family"};
inline constexpr Text kColChild{"Copilul", "Child"};
inline constexpr Text kColSuspicions{"Suspiciuni", "Suspicions"};
inline constexpr Text kColConfirmed{"Confirmate", "Confirmed"};
inline constexpr Text kColStatus{"Starea", "Status"};

// A new passphrase (ui/kit/new_passphrase.h).
inline constexpr Text kPassphrase{"Parola", "Passphrase"};
inline constexpr Text kPassphraseAgain{"Parola, din nou", "Passphrase, again"};
inline constexpr Text kPassphraseHelp{"Cel puțin 8 caractere. Fără parolă nu există nicio cale de a recupera fișierul.",
                                      "At least 8 characters. Without the passphrase there is no way to recover the file."};
inline constexpr Text kPassphraseTooShort{"Parola are mai puțin de 8 caractere.", "The passphrase is shorter than 8 characters."};
inline constexpr Text kPassphraseMismatch{"Cele două parole diferă.", "The two passphrases differ."};

inline constexpr Text kExported{"Exportat: %s", "Exported: %s"};
inline constexpr Text kEncrypting{"Se criptează…", "Encrypting…"};
inline constexpr Text kEncryptFailed{"Criptarea a eșuat; nimic nu a fost exportat.", "Encryption failed; nothing was exported."};

}  // namespace prevplan::str
