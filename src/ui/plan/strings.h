#pragma once
// The words of the plan screen and its Commune step (the villages), Romanian first.
#include "core/base/text.h"
#include "ui/kit/deletion.h"

namespace prevplan::str {

inline constexpr Text kAllPlans{"Toate planurile", "All plans"};

// The Commune step
inline constexpr Text kInsChildren{"Copii 0–17 (INS)", "Children 0–17 (INS)"};
inline constexpr Text kAddVillage{"Adaugă un sat", "Add a village"};
inline constexpr Text kVillageInUse{"Satul are gospodării înregistrate și nu poate fi eliminat.",
                                    "The village has registered households and cannot be removed."};
inline constexpr ui::DeletionWords kVillageDeletion{
    {"Eliminați satul „%s” din comună?", "Remove the village “%s” from the commune?"},
    {"Elimină satul", "Remove the village"},
    {"Satul „%s” a fost eliminat", "Village “%s” removed"}};

// The dashboard, the first screen of an open plan
inline constexpr Text kDashboard{"Tablou de bord", "Dashboard"};
inline constexpr Text kCommuneInFigures{"Comuna în cifre", "The commune in figures"};
inline constexpr Text kFigureChildren{"Copii 0–17 în Observator", "Children 0–17 in the Observatory"};
inline constexpr Text kFigureHouseholds{"Gospodării", "Households"};
inline constexpr Text kFigureAtRisk{"Copii în familii cu riscuri", "Children in families at risk"};
inline constexpr Text kFigureRegistry{"Copii în Registru", "Children in the Registry"};
inline constexpr Text kFigureConfirmed{"Situații de risc confirmate", "Confirmed risk situations"};
inline constexpr Text kFigureServicePlans{"Planuri de servicii întocmite", "Service plans completed"};
inline constexpr Text kFigureOf{"%s din %s", "%s of %s"};
inline constexpr Text kOverdueWork{"Termene depășite", "Overdue"};
inline constexpr Text kNothingOverdue{"Niciun termen depășit.", "Nothing is overdue."};
inline constexpr Text kDashboardLegalDeadlines{"Termene legale", "Legal deadlines"};
inline constexpr Text kDashboardRoutineDeadlines{"Alte termene", "Other deadlines"};
inline constexpr Text kOverdueSince{"cel mai vechi din %s", "oldest due %s"};
inline constexpr Text kWhatNext{"Ce urmează", "What to do next"};
inline constexpr Text kAllStepsDone{"Toți pașii sunt gata.", "Every step is done."};
inline constexpr Text kStepStateTip{"%s: %s", "%s: %s"};

}  // namespace prevplan::str
