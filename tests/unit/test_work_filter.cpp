// Search, filters and groups of the work queue and the Registry, worked out by hand.
#include "core/registry/work_filter.h"
#include "needs_fixtures.h"

using namespace prevplan;
using namespace prevplan::fixtures;

namespace {

Plan sample() {
    HouseholdPtr h1 = household("h1", "Deal", {family("f1", "Popescu", {child("c1", "Ion")})});
    HouseholdPtr h2 = household("h2", "Vale", {family("f2", "Ionescu", {child("c2", "Maria")})});
    HouseholdPtr h3 = household("h3", "Deal", {family("f3", "Ștefănescu", {child("c3", "Dan")})});
    std::const_pointer_cast<Household>(h1)->address = "Str. Morii 3";
    std::const_pointer_cast<Household>(h2)->address = "Str. Școlii 5";
    return plan({h1, h2, h3});
}

WorkItem item(TaskKind kind, const char* household, const char* family, const char* child, bool overdue,
              bool urgent = false) {
    return {kind, household, family, child, d("2026-11-20"), overdue, urgent};
}

// In the queue's order: urgent first, then by due date.
std::vector<WorkItem> queue() {
    return {item(TaskKind::AbuseSuspicionVisit, "h2", "f2", "", false, true),  // 0
            item(TaskKind::NotifyDgaspc, "h1", "f1", "", true, true),          // 1
            item(TaskKind::MonitoringVisit, "h1", "f1", "c1", true),           // 2
            item(TaskKind::RefreshObservation, "h2", "f2", "", true),          // 3
            item(TaskKind::RiskIdentification, "h3", "f3", "", false),         // 4
            item(TaskKind::RefreshObservation, "h3", "f3", "", false)};        // 5
}

std::vector<std::size_t> rows(const std::vector<WorkGroup>& groups) {
    std::vector<std::size_t> all;
    for (const auto& g : groups) all.insert(all.end(), g.rows.begin(), g.rows.end());
    return all;
}

}  // namespace

TEST_CASE("the legal deadlines (72 hours, abuse, DGASPC) stand apart, first, from the routine ones") {
    CHECK(isLegalDeadline(TaskKind::RiskIdentification));
    CHECK(isLegalDeadline(TaskKind::AbuseSuspicionVisit));
    CHECK(isLegalDeadline(TaskKind::NotifyDgaspc));
    CHECK_FALSE(isLegalDeadline(TaskKind::MonitoringVisit));
    const auto groups = filterWorkQueue(sample(), queue(), {});
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].legal);
    CHECK(groups[0].rows == std::vector<std::size_t>{0, 1, 4});
    CHECK(groups[0].overdue == 1);
    CHECK_FALSE(groups[1].legal);
    CHECK(groups[1].rows == std::vector<std::size_t>{2, 3, 5});
    CHECK(groups[1].overdue == 2);
}

TEST_CASE("the work queue is searched by name or address, without case or diacritics") {
    const Plan p = sample();
    WorkFilter f;
    f.search = "STEFANESCU";
    CHECK(rows(filterWorkQueue(p, queue(), f)) == std::vector<std::size_t>{4, 5});
    f.search = "scolii";  // the address of h2
    CHECK(rows(filterWorkQueue(p, queue(), f)) == std::vector<std::size_t>{0, 3});
    f.search = "ion";  // Ion's own task and the Ionescu family's; not the Popescu family's, Ion's parents
    CHECK(rows(filterWorkQueue(p, queue(), f)) == std::vector<std::size_t>{0, 2, 3});
    f.search = "nobody";
    CHECK(filterWorkQueue(p, queue(), f).empty());
}

TEST_CASE("the work queue is filtered by type, village, deadline and urgency") {
    const Plan p = sample();
    WorkFilter f;
    f.kind = TaskKind::RefreshObservation;
    CHECK(rows(filterWorkQueue(p, queue(), f)) == std::vector<std::size_t>{3, 5});
    f = {};
    f.village = "Deal";
    CHECK(rows(filterWorkQueue(p, queue(), f)) == std::vector<std::size_t>{1, 4, 2, 5});
    f = {};
    f.due = DueFilter::Overdue;
    CHECK(rows(filterWorkQueue(p, queue(), f)) == std::vector<std::size_t>{1, 2, 3});
    f.due = DueFilter::InTime;
    CHECK(rows(filterWorkQueue(p, queue(), f)) == std::vector<std::size_t>{0, 4, 5});
    f = {};
    f.urgency = UrgencyFilter::Urgent;
    CHECK(rows(filterWorkQueue(p, queue(), f)) == std::vector<std::size_t>{0, 1});
    f.urgency = UrgencyFilter::NotUrgent;
    CHECK(rows(filterWorkQueue(p, queue(), f)) == std::vector<std::size_t>{4, 2, 3, 5});
}

TEST_CASE("the work queue is grouped by village or type inside each part, with its overdue count") {
    const Plan p = sample();
    WorkFilter f;
    f.grouping = Grouping::ByVillage;
    auto groups = filterWorkQueue(p, queue(), f);
    REQUIRE(groups.size() == 4);
    CHECK((groups[0].legal && groups[0].village == "Deal" && groups[0].rows == std::vector<std::size_t>{1, 4}));
    CHECK(groups[0].overdue == 1);
    CHECK((groups[1].legal && groups[1].village == "Vale" && groups[1].rows == std::vector<std::size_t>{0}));
    CHECK((!groups[2].legal && groups[2].village == "Deal" && groups[2].rows == std::vector<std::size_t>{2, 5}));
    CHECK((!groups[3].legal && groups[3].village == "Vale" && groups[3].overdue == 1));
    f.grouping = Grouping::ByType;
    groups = filterWorkQueue(p, queue(), f);
    REQUIRE(groups.size() == 5);
    CHECK(groups[0].kind == TaskKind::RiskIdentification);
    CHECK(groups[1].kind == TaskKind::NotifyDgaspc);
    CHECK(groups[2].kind == TaskKind::AbuseSuspicionVisit);
    CHECK(groups[3].kind == TaskKind::RefreshObservation);
    CHECK(groups[3].rows == std::vector<std::size_t>{3, 5});
    CHECK(groups[3].overdue == 1);
    CHECK(groups[4].kind == TaskKind::MonitoringVisit);
}

TEST_CASE("the Registry is searched, filtered by plan status, village and deadline, and grouped") {
    FamilyNucleus f1 = family("f1", "Popescu", {child("c1", "Ion"), child("c2", "Ana")});
    f1.sheet = sheet("05001", "2026-01-10", {"1.b"});
    f1.risk = visit("2026-01-12", {"1.b"});
    ServicePlan sp;
    sp.completedOn = d("2026-01-20");
    f1.children[1].servicePlan = sp;
    FamilyNucleus f2 = family("f2", "Ștefănescu", {child("c3", "Maria")});
    f2.sheet = sheet("05002", "2026-10-10", {"1.b"});
    f2.risk = visit("2026-11-20", {"1.b"});
    const Plan p = plan({household("h1", "Deal", {f1}), household("h2", "Vale", {f2})});
    const auto entries = registryEntries(p, d("2026-12-01"));
    REQUIRE(entries.size() == 3);  // Ion (no plan, overdue), Ana (awaiting approval), Maria (no plan, in time)
    RegistryFilter f;
    f.search = "stefanescu";
    auto groups = filterRegistry(p, entries, f);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].rows == std::vector<std::size_t>{2});
    f = {};
    f.plan = ServicePlanStatus::Missing;
    f.due = DueFilter::Overdue;
    groups = filterRegistry(p, entries, f);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].rows == std::vector<std::size_t>{0});
    f = {};
    f.grouping = Grouping::ByVillage;
    groups = filterRegistry(p, entries, f);
    REQUIRE(groups.size() == 2);
    CHECK((groups[0].village == "Deal" && groups[0].rows.size() == 2 && groups[0].overdue == 1));
    CHECK((groups[1].village == "Vale" && groups[1].overdue == 0));
    f.grouping = Grouping::ByType;
    groups = filterRegistry(p, entries, f);
    REQUIRE(groups.size() == 2);
    CHECK((groups[0].plan == ServicePlanStatus::Missing && groups[0].rows == std::vector<std::size_t>{0, 2}));
    CHECK(groups[1].plan == ServicePlanStatus::AwaitingApproval);
}
