#pragma once
// Annex 1: county codes used in the first two digits of sheet ids (AABBB).
#include <cstddef>

#include "core/base/text.h"

namespace prevplan {

struct County {
    int code;          // 1-39, 41-46 (Bucharest sectors), 51 Călărași, 52 Giurgiu
    const char* name;  // with diacritics: "Călărași", "Sector 1"
};

// The Bucharest sectors (41-46) are named "București – Sectorul 1" … "București – Sectorul 6".
const County* countiesBegin();
std::size_t countyCount();  // 47
const County* findCounty(int code);  // nullptr when the code is not in Annex 1

}  // namespace prevplan
