#pragma once
// The plain-words reasoning of the gap analysis, in Romanian and English: every line says what
// was counted and why the methodology decides what it does (section 1.1.3).
#include "core/gaps/gap_analysis.h"

namespace prevplan {

// "27 children in 14 households (20 confirmed, 7 only suspected)".
Wording countWording(const Headcount& count);
// "1 loc liber", "20 de locuri libere (înregistrate)"; "1 free place", "20 free places (recorded)".
std::string freePlacesText(long n, Lang lang, bool recorded = false);
// Fills the reasoning of every core, group and service line.
void explain(const Plan& plan, GapAnalysis& gaps);

}  // namespace prevplan
