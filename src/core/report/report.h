#pragma once
// The needs report (section 1.1.1 (e), Annex A2.4, Table 1): plain counts computed in one pass
// over the plan. Percentages and layout belong to report_format.h.
#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/a24.h"
#include "core/model/model.h"
#include "core/model/rules.h"

namespace prevplan {

// Table 1, one way of counting (suspicions or confirmations).
struct IndicatorFigures {
    long households = 0;            // households where at least one family nucleus has it
    long childrenInHouseholds = 0;  // every child living in those households
    std::optional<long> childrenDirectly;  // child-level indicators only
};

struct Table1Row {
    std::string key;     // indicator code, dimension "1".."6", or "any"
    int indicator = -1;  // catalog position; -1 for dimension and "any" rows
    IndicatorFigures observed, confirmed;
};

// Annex A2.4 Table A rows 2–12 (row 1 is the INS figure, kept apart because it may be unknown).
enum class ActivityRow {
    ObservationSheet,           // 2. an Observation Sheet was received or filled out
    ObservationSheetRecent,     // 3. … filled out or updated during the past 12 months
    InObservatory,              // 4. registered in the Community Children Observatory
    Suspected,                  // 5. the sheet suspects at least one risk situation
    RiskIdentification,         // 6. a risk identification sheet was filled out
    NoneConfirmed,              // 7. the risk identification confirmed none
    ConfirmedAtLeastOne,        // 8. … confirmed at least one
    ConfirmedExactlyOne,        // 8a. … exactly one (PrevPlan's addition: the template has no bucket)
    ConfirmedTwoToFive,         // 9.
    ConfirmedSixToTen,          // 10.
    ConfirmedMoreThanTen,       // 11.
    InRegistry,                 // 12. children in the Registry of at-risk children
};
constexpr std::size_t kActivityRowCount = 12;
static_assert(static_cast<std::size_t>(ActivityRow::InRegistry) + 1 == kActivityRowCount, "the count follows the enum");
static_assert(std::size(kTableARows) == kActivityRowCount, "catalog/a24.h has one row per ActivityRow");

// One column of Table A and of Table B: the commune, or one village.
struct VillageColumn {
    std::string village;  // the commune column (the first) has none; a household may name none
    // Table A
    std::optional<long> insChildren;  // row 1 (the commune's is the sum, if every village has one)
    std::array<long, kActivityRowCount> activity{};
    // Table B: registry children by confirmed risk situation (every code) and by dimension.
    std::array<long, kMaxIndicators> byRiskSituation{};
    std::array<long, kDimensionCount> byDimension{};

    long& operator[](ActivityRow row) { return activity[static_cast<std::size_t>(row)]; }
    long operator[](ActivityRow row) const { return activity[static_cast<std::size_t>(row)]; }
    long registryChildren() const { return (*this)[ActivityRow::InRegistry]; }
};

// The report's distinct section on the commune's children already separated from their families
// and in public care, and on what the SPAS does with those families (section 1.1.1 (e)): the
// risk identification is mandatory for them and the service plan aims at reintegration (1.1.2).
struct PublicCare {
    long children = 0;               // Observatory children marked in special protection
    long families = 0;               // family nuclei with at least one of them
    long riskIdentified = 0;         // … of which: the risk identification visit was made
    long confirmed = 0;              // … at least one risk situation confirmed (in the Registry)
    long servicePlan = 0;            // … a service plan completed for one of the family's children
    long visitedLast12Months = 0;    // … a monitoring visit in the past 12 months
    std::optional<long> dgaspcList;  // children on the DGASPC's list (Resources), when recorded
};

struct NeedsReport {
    Id planId;
    std::string commune;
    bool demo = false;
    Date asOf;  // "at the time of drafting the report"; the past 12 months end here
    long households = 0, children = 0;
    // Table 1: every catalog indicator in catalog order, then dimensions "1".."6", then "any".
    std::vector<Table1Row> table1;
    // Table A and B columns: [0] is the commune, then the plan's villages in order, then any
    // village named by a household but missing from the plan's list.
    std::vector<VillageColumn> columns;
    PublicCare publicCare;

    const Table1Row& indicatorRow(std::size_t i) const { return table1[i]; }
    const Table1Row& dimensionRow(int number) const { return table1[indicatorCount() + number - 1]; }
    const Table1Row& anyRow() const { return table1.back(); }
    const VillageColumn& communeColumn() const { return columns.front(); }
    // Registry children by number of confirmed risk situations, indexed by RiskBucket.
    long registryBucket(RiskBucket bucket) const;
};

NeedsReport needsReport(const Plan& plan, const Date& asOf);

}  // namespace prevplan
