#include <doctest/doctest.h>

#include <filesystem>

#include "app/autosave.h"
#include "app/stored_workspace.h"
#include "core/workspace/workspace_edits.h"
#include "core/workspace/workspace_json.h"
#include "platform/native/native_host.h"
#include "store_fixture.h"

using namespace prevplan;
namespace fs = std::filesystem;

namespace {

// A fresh stand-in host with its store in a temporary folder.
struct Fixture {
    native::Host& host = native::host();
    History history;
    AutoSave save;
    Fixture() {
        host = native::Host{};
        host.storeDir = testing::privateStoreDir("prevplan-autosave-test");
        fs::remove_all(host.storeDir);
    }
    ~Fixture() { fs::remove_all(host.storeDir); }
    void edit(const char* commune) { history.commit(addPlan(history.current(), 5, commune, {}, "t"), "edit"); }
};

}  // namespace

TEST_CASE("a change is written after the debounce, then synced once") {
    Fixture f;
    f.save.markLoaded(f.history);
    f.edit("A");
    f.save.tick(f.history, 10.0);
    CHECK(f.host.syncRequests == 0);  // still typing, maybe
    CHECK(f.save.state(f.history) == AutoSave::State::Saving);
    f.save.tick(f.history, 10.1 + AutoSave::kDebounceSeconds);
    CHECK(f.host.syncRequests == 1);
    const StoredLoad stored = loadStoredWorkspace();
    REQUIRE(stored.workspace);
    CHECK(stored.workspace->plans.size() == 1);
    CHECK(stored.generation == 1);
    CHECK_FALSE(f.save.allSaved(f.history));
    f.save.syncFinished(true, "", 11);
    CHECK(f.save.allSaved(f.history));
    CHECK(f.save.state(f.history) == AutoSave::State::Saved);
}

TEST_CASE("syncs never overlap; a change during a sync is synced after it") {
    Fixture f;
    f.save.markLoaded(f.history);
    f.edit("A");
    f.save.flush(f.history, 1);
    CHECK(f.host.syncRequests == 1);
    f.edit("B");
    f.save.flush(f.history, 2);
    CHECK(f.host.syncRequests == 1);  // the first is still in flight
    f.save.syncFinished(true, "", 3);
    CHECK_FALSE(f.save.allSaved(f.history));
    f.save.tick(f.history, 3.1);
    CHECK(f.host.syncRequests == 2);
    f.save.syncFinished(true, "", 4);
    CHECK(f.save.allSaved(f.history));
    CHECK(f.save.generation() == 2);
}

TEST_CASE("a failed sync is reported and retried later, not every frame") {
    Fixture f;
    f.save.markLoaded(f.history);
    f.edit("A");
    f.save.flush(f.history, 1);
    f.save.syncFinished(false, "quota", 1.5);
    CHECK(f.save.state(f.history) == AutoSave::State::Failed);
    CHECK(f.save.lastError() == "quota");
    f.save.tick(f.history, 2);
    CHECK(f.host.syncRequests == 1);
    f.save.tick(f.history, 1.6 + AutoSave::kRetrySeconds);
    CHECK(f.host.syncRequests == 2);
    f.save.syncFinished(true, "", 7);
    CHECK(f.save.state(f.history) == AutoSave::State::Saved);
}

TEST_CASE("nothing is written without durable storage or from a read-only tab") {
    Fixture f;
    f.save.markLoaded(f.history);
    f.host.storage.persistent = false;
    f.edit("A");
    f.save.flush(f.history, 1);
    CHECK(f.save.state(f.history) == AutoSave::State::MemoryOnly);
    CHECK(platform::listFiles().empty());
    f.host.storage = {true, false, {}};
    f.save.flush(f.history, 2);
    CHECK(f.save.state(f.history) == AutoSave::State::ReadOnly);
    CHECK(platform::listFiles().empty());
    CHECK(f.host.syncRequests == 0);
}

TEST_CASE("loading is not a change to save") {
    Fixture f;
    f.history.reset(addPlan({}, 5, "A", {}, "t"));
    f.save.markLoaded(f.history);
    f.save.tick(f.history, 100);
    CHECK(f.host.syncRequests == 0);
    CHECK(f.save.allSaved(f.history));
}
