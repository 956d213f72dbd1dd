// The report's tables on screen and its yearly snapshots.
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

TEST_CASE("the screen gets the export's tables: heading, summary, Table 1, Registry, Tables A and B") {
    const auto tables = reportTables(needsReport(sample(), d("2026-03-01")), Lang::En);
    REQUIRE(tables.size() == 6);
    CHECK(tables[0].title == "Report on at-risk children – Ștefănești");
    CHECK(tables[1].title == "Summary");
    CHECK(tables[1].rows.back() == std::vector<std::string>{"Children", "2"});
    CHECK(tables[2].header[0] == "Code");
    CHECK(tables[3].rows[0] == std::vector<std::string>{"total", "2", "100.0"});
    CHECK(tables[4].header == std::vector<std::string>{"Row", "Description", "In the commune", "Deal", "Vale"});
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
