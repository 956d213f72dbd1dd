#pragma once
// The words of the monitoring screen (section 1.1.4.4): the yearly reports side by side and the
// plan's amendments, Romanian first. The indicator names it shares with planning are in
// ui/planning/strings.h.
#include "core/base/text.h"

namespace prevplan::str {

// Monitoring
inline constexpr Text kTrends{"Rapoartele anuale alăturate", "The yearly reports side by side"};
inline constexpr Text kTrendsHelp{
    "Evoluția pe 3–5 ani a numărului de copii pe tipuri de risc măsoară impactul planului (secțiunea 1.1.4.4). "
    "Înghețați raportul în fiecare an (pasul Raport).",
    "The change over 3–5 years in the number of children by risk type measures the plan's impact (section 1.1.4.4). "
    "Freeze the report every year (Report step)."};
inline constexpr Text kNoSnapshots{"Niciun raport înghețat încă: înghețați raportul anual în pasul Raport.",
                                   "No frozen report yet: freeze the yearly report in the Report step."};
inline constexpr Text kColChange{"Schimbare", "Change"};
inline constexpr Text kColTrend{"Evoluția", "Trend"};
inline constexpr Text kByDimension{"Copii în Registru, pe dimensiuni", "Registry children by dimension"};
inline constexpr Text kByRiskType{"Copii în Registru, pe tipuri de risc", "Registry children by risk type"};
inline constexpr Text kObjectiveIndicators{"Indicatorii obiectivelor", "The objectives' indicators"};
inline constexpr Text kAmendments{"Modificările planului", "Amendments to the plan"};
inline constexpr Text kAmendmentWhat{"Ce s-a schimbat", "What changed"};
inline constexpr Text kAmendmentWhy{"De ce", "Why"};
inline constexpr Text kAmendmentDate{"Când", "When"};
inline constexpr Text kRecordAmendment{"Înregistrează modificarea", "Record the amendment"};
inline constexpr Text kNoAmendments{"Nicio modificare înregistrată.", "No amendment recorded."};

}  // namespace prevplan::str
