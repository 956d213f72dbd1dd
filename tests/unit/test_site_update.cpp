#include <doctest/doctest.h>

#include "app/site_update.h"
#include "core/workspace/workspace_edits.h"
#include "store_fixture.h"

using namespace prevplan;

namespace {

struct Fixture : testing::StoreFixture {
    SiteUpdate update;
    Fixture() : StoreFixture("prevplan-site-update-test") {
        host.siteUpdateReady = true;
        start();
    }
    void edit(const char* commune) { history.commit(addPlan(history.current(), 5, commune, {}, "t"), "edit"); }
};

}  // namespace

TEST_CASE("a new version waits for the user's choice") {
    Fixture f;
    CHECK(f.update.ready());
    f.update.tick(f.save, f.history);
    CHECK_FALSE(f.update.requested());
    CHECK(f.host.siteReloads == 0);
}

TEST_CASE("reloading into a new version saves first and reloads once the save is durable") {
    Fixture f;
    f.edit("Ștefănești");
    f.update.request(f.save, f.history, 1.0);
    CHECK(f.update.requested());
    CHECK(f.host.syncRequests == 1);  // written at once, not after the debounce
    f.update.tick(f.save, f.history);
    CHECK(f.host.siteReloads == 0);
    f.save.syncFinished(false, "quota", 1.5);
    f.update.tick(f.save, f.history);
    CHECK(f.host.siteReloads == 0);  // a failed save keeps the page
    f.save.tick(f.history, 1.6 + AutoSave::kRetrySeconds);
    f.save.syncFinished(true, "", 7.0);
    f.update.tick(f.save, f.history);
    CHECK(f.host.siteReloads == 1);
    f.update.tick(f.save, f.history);
    CHECK(f.host.siteReloads == 1);
    const StoredLoad stored = loadStoredWorkspace();
    REQUIRE(stored.workspace);
    CHECK(stored.workspace->plans.at(0)->commune == "Ștefănești");
}

TEST_CASE("a tab with nothing it could save reloads at once") {
    SUBCASE("another tab holds the workspace") {
        Fixture f;
        f.host.storage.writer = false;
        f.edit("A");
        f.update.request(f.save, f.history, 1.0);
        f.update.tick(f.save, f.history);
        CHECK(f.host.siteReloads == 1);
    }
    SUBCASE("the browser keeps nothing") {
        Fixture f;
        f.host.storage.persistent = false;
        f.edit("A");
        f.update.request(f.save, f.history, 1.0);
        f.update.tick(f.save, f.history);
        CHECK(f.host.siteReloads == 1);
    }
}
