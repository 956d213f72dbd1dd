#pragma once
// The words of the report on at-risk children (Annex A2.4, Table 1), Romanian first.
#include "core/base/text.h"

namespace prevplan::str {

// Steps of the plan screen
inline constexpr Text kStepReport{"Raportul privind copiii în risc", "Report on at-risk children"};

// Report
inline constexpr Text kAsOf{"La data", "As of"};
inline constexpr Text kReportColumn{"Coloana", "Column"};
inline constexpr Text kCommuneWhole{"Întreaga comună", "The whole commune"};
inline constexpr Text kFigures{"Tabelul 1 pe scurt: gospodării și copii din ele, pe dimensiuni",
                               "Table 1 in brief: households and the children in them, by dimension"};
inline constexpr Text kColDimension{"Dimensiunea", "Dimension"};
inline constexpr Text kColObservedH{"Gosp. cu suspiciuni", "Households suspected"};
inline constexpr Text kColConfirmedH{"Gosp. cu riscuri confirmate", "Households confirmed"};
inline constexpr Text kColChildrenInThem{"Copii în ele", "Children in them"};
inline constexpr Text kAnyRiskRow{"Cel puțin un risc", "At least one risk"};
inline constexpr Text kChartDimensions{"Gospodării cu cel puțin un risc, pe dimensiuni (%)",
                                       "Households with at least one risk, by dimension (%)"};
inline constexpr Text kChartIndicators{"Gospodării pe indicatori (%)", "Households by indicator (%)"};
inline constexpr Text kChartLegend{"gri: suspiciuni · culoare: confirmate", "grey: suspected · colour: confirmed"};
inline constexpr Text kFreeze{"Îngheață raportul ca cifrele anului %d", "Freeze the report as the figures of %d"};
inline constexpr Text kFrozen{"Rapoarte înghețate (evoluția de la an la an)", "Frozen reports (year on year)"};
// year, date, children, households with suspicions (countOf), with confirmed risks (groupedNumber), children in the
// Registry
inline constexpr Text kFrozenLine{"%d (la %s): %s, %s cu suspiciuni, %s cu riscuri confirmate, %s în Registru",
                                  "%d (as of %s): %s, %s with suspicions, %s with confirmed risks, %s in the Registry"};
inline constexpr Text kNoFrozen{"Niciun raport înghețat încă.", "No frozen report yet."};
inline constexpr Text kTables{"Tabelele raportului", "The report's tables"};

// Export
inline constexpr Text kExportReport{"Exportă tabelele raportului (CSV)", "Export the report tables (CSV)"};

}  // namespace prevplan::str
