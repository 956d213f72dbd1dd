#pragma once
// Annex A2.4 Table A, "Report on the community's children at risk": the rows of the identification
// activity, with the template's numbers, the stable JSON keys of docs/report-format.md and the
// labels. The report's formats (report_format.cpp) and the plan document both print them.
#include "core/base/text.h"

namespace prevplan {

struct TableARow {
    const char* number;  // as printed in the template: "1" … "12", and "8a" which PrevPlan adds
    const char* key;     // the JSON key
    Text label;
};

// Row 1: the children of the commune per the National Institute of Statistics (typed, per village).
inline constexpr TableARow kTableAInsRow = {
    "1", "ins_children",
    {"Numărul total de copii (0-17 ani) în ultimul an disponibil, conform INS",
     "Total number of children (0-17) for the latest available year, per the National Institute of Statistics"}};

// Rows 2–12, in the order of report/report.h's ActivityRow (which checks the count).
inline constexpr TableARow kTableARows[] = {
    {"2", "observation_sheet",
     {"Copii pentru care SPAS a primit sau a completat o fișă de observație",
      "Children for whom SPAS received or filled out an Observation Sheet"}},
    {"3", "observation_sheet_last_12_months",
     {"Copii cu fișa de observație completată sau actualizată în ultimele 12 luni",
      "Children with an Observation Sheet filled out or updated during the past 12 months"}},
    {"4", "in_observatory",
     {"Copii înregistrați în Observatorul comunitar al copiilor",
      "Children registered in the Community Children Observatory"}},
    {"5", "suspected",
     {"Copii suspectați, conform fișei de observație, de cel puțin o situație de risc",
      "Children suspected, per the Observation Sheet, of at least one risk situation"}},
    {"6", "risk_identification",
     {"Copii pentru care s-a completat fișa de identificare a riscurilor",
      "Children for whom a Risk Identification Sheet was filled out"}},
    {"7", "none_confirmed",
     {"Copii pentru care fișa de identificare nu a confirmat nicio situație de risc",
      "Children for whom the Risk Identification Sheet confirmed no risk situation"}},
    {"8", "confirmed_at_least_one",
     {"Copii cu cel puțin o situație de risc confirmată", "Children with at least one confirmed risk situation"}},
    {"8a", "confirmed_exactly_one",
     {"Copii cu exact o situație de risc confirmată (rând adăugat de PrevPlan)",
      "Children with exactly one confirmed risk situation (row added by PrevPlan)"}},
    {"9", "confirmed_2_5",
     {"Copii cu 2-5 situații de risc confirmate", "Children with 2 to 5 confirmed risk situations"}},
    {"10", "confirmed_6_10",
     {"Copii cu 6-10 situații de risc confirmate", "Children with 6 to 10 confirmed risk situations"}},
    {"11", "confirmed_more_than_10",
     {"Copii cu peste 10 situații de risc confirmate", "Children with more than 10 confirmed risk situations"}},
    {"12", "in_registry",
     {"Copii în Registrul copiilor aflați în situație de risc", "Children in the Registry of at-risk children"}},
};

}  // namespace prevplan
