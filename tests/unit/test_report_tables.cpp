// The report's tables on screen and its yearly snapshots.
#include "core/planning/baselines.h"
#include "core/report/report_snapshots.h"
#include "core/report/report_tables.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

// One household, two children; 1.b suspected and confirmed.
Plan sample() {
    FamilyNucleus f = family("f1", "Popescu", {child("c1", "Ion"), child("c2", "Ana")});
    f.sheet = sheet("05001", "2026-01-10", {"1.b"});
    f.risk = visit("2026-01-12", {"1.b"});
    return plan({household("h1", "Deal", {f})});
}

}  // namespace

TEST_CASE("the screen gets the export's tables: heading, summary, Table 1, Registry, Tables A and B, public care") {
    const auto tables = reportTables(needsReport(sample(), d("2026-03-01")), Lang::En);
    REQUIRE(tables.size() == 7);
    CHECK(tables[0].title == "Report on at-risk children – Ștefănești");
    CHECK(tables[1].title == "Summary");
    CHECK(tables[1].rows.back() == std::vector<std::string>{"Children", "2"});
    CHECK(tables[2].header[0] == "Code");
    CHECK(tables[3].rows[0] == std::vector<std::string>{"total", "2", "100.0"});
    CHECK(tables[4].header == std::vector<std::string>{"Row", "Description", "In the commune", "Deal", "Vale"});
    CHECK(tables[6].title ==
          "The commune's children already in public care, and what the SPAS does with their families");
}

TEST_CASE("freezing keeps one snapshot per year, in year order") {
    Plan p = sample();
    freezeReport(p, needsReport(p, d("2026-03-01")), "2026-03-01T10:00:00");
    freezeReport(p, needsReport(p, d("2025-12-31")), "2025-12-31T10:00:00");
    freezeReport(p, needsReport(p, d("2026-06-01")), "2026-06-01T10:00:00");
    REQUIRE(p.reportSnapshots.size() == 2);
    CHECK(p.reportSnapshots[0].year == 2025);
    const SnapshotSummary s = summarizeSnapshot(p.reportSnapshots[1]);
    CHECK(s.year == 2026);
    CHECK(s.asOf == "2026-06-01");
    CHECK(s.takenOn == "2026-06-01T10:00:00");
    CHECK(s.households == 1);
    CHECK(s.children == 2);
    CHECK(s.suspectedHouseholds == 1);
    CHECK(s.confirmedHouseholds == 1);
    CHECK(s.registryChildren == 2);
}

TEST_CASE("a frozen report reads back the figures the live report has") {
    Plan p = sample();
    const NeedsReport live = needsReport(p, d("2026-03-01"));
    freezeReport(p, live, "2026-03-01T10:00:00");
    REQUIRE(frozenSnapshot(p, 2026) != nullptr);
    CHECK(frozenSnapshot(p, 2025) == nullptr);
    const FrozenFigures f = frozenFigures(*frozenSnapshot(p, 2026));
    REQUIRE(f.isReport);
    CHECK(f.registryChildren == live.communeColumn().registryChildren());
    CHECK(f.registryOverTen == live.registryBucket(RiskBucket::MoreThanTen));
    for (const Table1Row& row : live.table1) {
        CAPTURE(row.key);
        REQUIRE(f.row(row.key) != nullptr);
        for (BaselineBasis basis : {BaselineBasis::Observed, BaselineBasis::Confirmed})
            for (BaselineUnit unit : {BaselineUnit::Households, BaselineUnit::ChildrenInHouseholds}) {
                const BaselineDefinition def{row.key, basis, unit};
                CHECK(figureOf(f, def) == figureOf(live, def));
            }
    }
    CHECK(f.registryWith("1") == live.communeColumn().byDimension[0]);
    CHECK(f.registryWith("1.b") == live.communeColumn().byRiskSituation[static_cast<std::size_t>(indicatorIndex("1.b"))]);
    CHECK_FALSE(f.registryWith("9.z").has_value());
}

TEST_CASE("a snapshot that is not a report has no figures") {
    const FrozenFigures f = frozenFigures(ReportSnapshot{2026, "2026-03-01T10:00:00", "not json"});
    CHECK_FALSE(f.isReport);
    CHECK_FALSE(figureOf(f, {kRegistryChildren, BaselineBasis::Confirmed, BaselineUnit::ChildrenInHouseholds}));
}
