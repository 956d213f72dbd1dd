// Annex 1: the county codes of sheet ids. The source lists them alphabetically without
// diacritics; here they are sorted by code and spelled in Romanian. Codes 40 and 47-50 do not
// exist: Călărași and Giurgiu were given 51 and 52, and Bucharest has only its six sectors.
#include "core/catalog/counties.h"

namespace prevplan {
namespace {

const County kCounties[] = {
    {1, "Alba"},
    {2, "Arad"},
    {3, "Argeș"},
    {4, "Bacău"},
    {5, "Bihor"},
    {6, "Bistrița-Năsăud"},
    {7, "Botoșani"},
    {8, "Brașov"},
    {9, "Brăila"},
    {10, "Buzău"},
    {11, "Caraș-Severin"},
    {12, "Cluj"},
    {13, "Constanța"},
    {14, "Covasna"},
    {15, "Dâmbovița"},
    {16, "Dolj"},
    {17, "Galați"},
    {18, "Gorj"},
    {19, "Harghita"},
    {20, "Hunedoara"},
    {21, "Ialomița"},
    {22, "Iași"},
    {23, "Ilfov"},
    {24, "Maramureș"},
    {25, "Mehedinți"},
    {26, "Mureș"},
    {27, "Neamț"},
    {28, "Olt"},
    {29, "Prahova"},
    {30, "Satu Mare"},
    {31, "Sălaj"},
    {32, "Sibiu"},
    {33, "Suceava"},
    {34, "Teleorman"},
    {35, "Timiș"},
    {36, "Tulcea"},
    {37, "Vaslui"},
    {38, "Vâlcea"},
    {39, "Vrancea"},
    {41, "București – Sectorul 1"},
    {42, "București – Sectorul 2"},
    {43, "București – Sectorul 3"},
    {44, "București – Sectorul 4"},
    {45, "București – Sectorul 5"},
    {46, "București – Sectorul 6"},
    {51, "Călărași"},
    {52, "Giurgiu"},
};

}  // namespace

const County* countiesBegin() { return kCounties; }
std::size_t countyCount() { return sizeof(kCounties) / sizeof(kCounties[0]); }

const County* findCounty(int code) {
    for (const County& c : kCounties)
        if (c.code == code) return &c;
    return nullptr;
}

}  // namespace prevplan
