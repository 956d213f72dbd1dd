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

}  // namespace prevplan::str
