// Personal data at rest and unreadable storage: the app-level logic (app/journal,
// app/stored_workspace, the autosave's hold) with the native stand-in host.
#include <doctest/doctest.h>

#include <filesystem>

#include "app/autosave.h"
#include "app/journal.h"
#include "app/protection.h"
#include "app/stored_workspace.h"
#include "core/workspace/stored_layout.h"
#include "core/workspace/workspace_edits.h"
#include "core/workspace/workspace_json.h"
#include "platform/native/native_host.h"
#include "store_fixture.h"

using namespace prevplan;
namespace fs = std::filesystem;

namespace {

struct Fixture : testing::StoreFixture {
    Fixture() : StoreFixture("prevplan-storage-safety-test") {}
    void edit(const char* commune) { history.commit(addPlan(history.current(), 5, commune, {}, "t"), "edit"); }
    void frame(double now) {
        save.tick(history, now);
        journal.tick(history, save);
    }
    std::string stored(const std::string& name) { return platform::readFile(name).value_or(""); }
    // Everything the store holds, every file.
    std::string storeText() {
        std::string all;
        for (const auto& name : platform::listFiles()) all += stored(name);
        return all;
    }
};

const char* kNewerVersion = R"({"format": "prevplan-workspace", "version": 999, "plans": []})";

}  // namespace

TEST_CASE("an unreadable stored workspace is kept aside and never overwritten") {
    Fixture f;
    REQUIRE(platform::writeFileAtomic(AutoSave::kWorkspaceFile, kNewerVersion));
    REQUIRE(platform::writeFileAtomic(AutoSave::kGenerationFile, "7"));
    const StoredLoad load = f.start();
    CHECK(load.unreadable);
    CHECK_FALSE(load.workspace);
    CHECK(load.keptAs == "workspace.unreadable-2026-11-25T16-30-00.json");
    CHECK(f.stored(load.keptAs) == kNewerVersion);
    CHECK(load.bytes == kNewerVersion);
    CHECK_FALSE(load.errorRo.empty());
    CHECK_FALSE(load.errorEn.empty());
    // Read-only: an edit (had one slipped through) is neither written nor journalled.
    f.edit("Nouă");
    f.frame(10);
    f.save.flush(f.history, 20);
    f.frame(30);
    CHECK(f.save.state(f.history) == AutoSave::State::ReadOnly);
    CHECK(f.stored(AutoSave::kWorkspaceFile) == kNewerVersion);
    CHECK(f.stored(AutoSave::kGenerationFile) == "7");
    CHECK(f.host.syncRequests == 0);
    CHECK(f.host.journalsPrepared == 0);
}

TEST_CASE("a damaged stored workspace is kept, with a located error") {
    Fixture f;
    REQUIRE(
        platform::writeFileAtomic(AutoSave::kWorkspaceFile, "{\"format\": \"prevplan-workspace\", \"plans\": [tru"));
    const StoredLoad load = f.start();
    CHECK(load.unreadable);
    CHECK(load.errorEn.find("line") != std::string::npos);
    CHECK(f.stored(load.keptAs).find("[tru") != std::string::npos);
}

TEST_CASE("starting again after an unreadable workspace writes the empty one at the next save") {
    Fixture f;
    REQUIRE(platform::writeFileAtomic(AutoSave::kWorkspaceFile, kNewerVersion));
    const StoredLoad load = f.start();
    REQUIRE(f.save.held());
    f.history.reset(Workspace{});
    f.save.release();
    f.frame(1);
    f.frame(1 + AutoSave::kDebounceSeconds);
    CHECK(f.host.syncRequests == 1);
    f.save.syncFinished(true, "", 2);
    const StoredLoad after = loadStoredWorkspace();
    REQUIRE(after.workspace);
    CHECK(after.workspace->plans.empty());
    CHECK_FALSE(platform::readFile(AutoSave::kWorkspaceFile));  // replaced once the new store was durable
    CHECK(f.stored(load.keptAs) == kNewerVersion);              // the copy stays
}

TEST_CASE("a missing store is a fresh start, not an unreadable one") {
    Fixture f;
    const StoredLoad load = f.start();
    CHECK_FALSE(load.unreadable);
    CHECK_FALSE(load.workspace);
    CHECK_FALSE(f.save.held());
}

TEST_CASE("the journal is prepared after a change and dropped once the save is durable") {
    Fixture f;
    f.start();
    f.edit("Grabnică");
    f.frame(1);  // before the debounce: only the journal holds the change
    CHECK(f.host.journalsPrepared == 1);
    CHECK(f.host.journalPrepared.rfind("0\n", 0) == 0);
    CHECK(f.host.journalPrepared.find("Grabnică") != std::string::npos);
    f.frame(1.1);
    CHECK(f.host.journalsPrepared == 1);  // nothing new: not prepared again
    f.frame(2);                           // written and a sync requested, not durable yet
    CHECK(f.host.syncRequests == 1);
    CHECK(f.host.journalDrops == 0);
    f.save.syncFinished(true, "", 2.5);
    f.frame(3);
    CHECK(f.host.journalDrops == 1);
    CHECK(f.host.journalPrepared.empty());
}

TEST_CASE("the journal names the durable generation, and is prepared again when it moves") {
    Fixture f;
    f.start();
    f.edit("A");
    f.save.flush(f.history, 1);  // generation 1 written, sync in flight
    f.edit("B");
    f.journal.tick(f.history, f.save);
    CHECK(f.host.journalPrepared.rfind("0\n", 0) == 0);  // storage still holds 0
    f.save.syncFinished(true, "", 2);
    f.journal.tick(f.history, f.save);
    CHECK(f.host.journalPrepared.rfind("1\n", 0) == 0);
}

TEST_CASE("a journal that extends the stored generation is applied, and stays until durable") {
    Fixture f;
    History earlier;
    earlier.commit(addPlan({}, 5, "Grabnică", {}, "t"), "edit");
    f.host.journalFound = {true, "0\n" + saveWorkspace(earlier.current(), -1)};
    f.start();
    CHECK(f.journal.restore(f.history, f.save.durableGeneration()) == Journal::Found::Applied);
    REQUIRE(f.history.current().plans.size() == 1);
    CHECK(f.history.current().plans[0]->commune == "Grabnică");
    CHECK(f.host.journalDrops == 0);
    f.save.flush(f.history, 1);
    f.save.syncFinished(true, "", 2);
    f.journal.tick(f.history, f.save);
    CHECK(f.host.journalDrops == 1);
}

TEST_CASE("a journal that cannot be decrypted, read or placed is discarded whole") {
    Fixture f;
    f.edit("Stored");
    const Workspace stored = f.history.current();
    History other;
    other.commit(addPlan({}, 5, "Other", {}, "t"), "edit");
    const std::string good = saveWorkspace(other.current(), -1);
    struct Case {
        platform::FoundJournal found;
        Journal::Found expected;
    };
    const Case cases[] = {
        {{true, std::nullopt}, Journal::Found::Undecryptable},
        {{true, std::string("no newline")}, Journal::Found::Unreadable},
        {{true, "x\n" + good}, Journal::Found::Unreadable},
        {{true, "0\n" + good.substr(0, good.size() / 2)}, Journal::Found::Unreadable},
        {{true, "5\n" + good}, Journal::Found::Stale},
    };
    for (const Case& c : cases) {
        f.host.journalFound = c.found;
        const int drops = f.host.journalDrops;
        History history;
        history.reset(stored);
        CHECK(f.journal.restore(history, 0) == c.expected);
        CHECK(history.current().plans.size() == 1);
        CHECK(history.current().plans[0]->commune == "Stored");
        CHECK_FALSE(history.canUndo());
        CHECK(f.host.journalDrops == drops + 1);
    }
}

TEST_CASE("a deleted plan leaves the store and the journal at the next save") {
    Fixture f;
    f.start();
    f.edit("Secretă");
    f.edit("Rămâne");
    f.save.flush(f.history, 1);
    f.save.syncFinished(true, "", 2);
    REQUIRE(f.storeText().find("Secretă") != std::string::npos);
    const Id gone = f.history.current().plans[0]->id;
    f.history.commit(removePlan(f.history.current(), gone), "delete plan");
    f.frame(3);
    CHECK(f.host.journalPrepared.find("Secretă") == std::string::npos);
    f.frame(4);
    f.save.syncFinished(true, "", 5);
    CHECK(f.storeText().find("Secretă") == std::string::npos);
    CHECK(f.storeText().find("Rămâne") != std::string::npos);
    for (const auto& name : platform::listFiles()) CHECK(name.find(".tmp") == std::string::npos);
}

// ---- protection at rest with a passphrase ---------------------------------------------------------

namespace {

struct Protected : Fixture {
    Protection protection{history, save, journal};
    void tick(double now) {
        frame(now);
        protection.tick(now);
    }
    // Protects, then lets the rewrite be sealed, written and synced.
    void protect(const char* passphrase, double now) {
        std::string p = passphrase;
        protection.protect(p);
        CHECK(p.empty());  // wiped
        tick(now);
        native::answerSeals();
        tick(now + 0.1);
        save.syncFinished(true, "", now + 0.2);
        tick(now + 0.3);  // the plain files go with this sync
        save.syncFinished(true, "", now + 0.4);
    }
};

}  // namespace

TEST_CASE("a protected workspace reaches the store only as ciphertext, under a root with no personal data") {
    Protected f;
    f.start();
    f.edit("Secretă");
    f.save.flush(f.history, 1);
    f.save.syncFinished(true, "", 1.5);
    REQUIRE(f.storeText().find("Secretă") != std::string::npos);
    f.protect("o parolă lungă", 2);
    CHECK(f.save.allSaved(f.history));
    // The plain files are gone once the sealed ones are durable.
    CHECK(f.storeText().find("Secretă") == std::string::npos);
    const SealedRootRead root = readSealedRoot(f.stored(kManifestFile));
    REQUIRE(root.root);
    CHECK(root.root->iterations == 600000);
    const auto manifest = native::fakeOpenFile(kManifestFile, root.root->manifest);
    REQUIRE(manifest);
    const ManifestRead read = readManifest(*manifest);
    REQUIRE(read.manifest);
    const auto header = native::fakeOpenFile(read.manifest->plans[0].header, f.stored(read.manifest->plans[0].header));
    CHECK(header.value_or("").find("Secretă") != std::string::npos);
    // The journal of a later change is prepared as usual (the browser seals it with the same key).
    f.edit("Alta");
    f.tick(3);
    CHECK(f.host.journalPrepared.find("Alta") != std::string::npos);
}

TEST_CASE("a save is not durable while it is being encrypted; a failed encryption is reported") {
    Protected f;
    f.start();
    f.protect("o parolă lungă", 1);
    f.edit("A");
    f.save.flush(f.history, 2);
    CHECK(f.host.seals.size() == 1);
    CHECK_FALSE(f.save.allSaved(f.history));
    CHECK(f.save.state(f.history) == AutoSave::State::Saving);
    const int syncs = f.host.syncRequests;
    f.tick(2.1);
    CHECK(f.host.syncRequests == syncs);  // nothing written yet, nothing to sync
    native::answerSeals(false);
    CHECK(f.save.state(f.history) == AutoSave::State::Failed);
    CHECK(f.save.lastError() == "encrypt");
}

TEST_CASE("the idle lock saves first, then drops the workspace and its history; the unlock opens it") {
    Protected f;
    f.start();
    f.protection.idle().setMinutes(5);
    f.protection.activity(0);
    f.protect("o parolă lungă", 1);
    f.edit("Secretă");
    f.protection.activity(2);
    f.tick(2);
    f.tick(2 + 299);  // not yet idle for five minutes: written, not locked
    CHECK(f.protection.state() == Protection::State::Open);
    native::answerSeals();
    f.tick(2 + 300);  // idle: the lock waits for the save in flight
    CHECK(f.protection.state() == Protection::State::Locking);
    CHECK(f.history.current().plans.size() == 1);
    f.save.syncFinished(true, "", 303);
    f.tick(304);
    CHECK(f.protection.state() == Protection::State::Locked);
    CHECK(f.history.current().plans.empty());
    CHECK_FALSE(f.history.canUndo());
    CHECK(f.host.locks == 1);
    CHECK_FALSE(f.host.atRest);  // the key is gone
    CHECK(f.save.held());
    // Locked: nothing is written, whatever happens.
    const std::string stored = f.storeText();
    f.save.flush(f.history, 305);
    CHECK(f.storeText() == stored);

    std::string wrong = "greșită";
    f.protection.unlock(wrong, 306);
    CHECK(wrong.empty());
    CHECK(f.protection.state() == Protection::State::Locked);
    CHECK(f.protection.wrongPassphrase());
    CHECK(f.history.current().plans.empty());
    CHECK(f.storeText() == stored);

    std::string right = "o parolă lungă";
    f.protection.unlock(right, 307);
    CHECK(f.protection.state() == Protection::State::Open);
    REQUIRE(f.history.current().plans.size() == 1);
    CHECK(f.history.current().plans[0]->commune == "Secretă");
    CHECK_FALSE(f.save.held());
    CHECK(f.save.allSaved(f.history));
    const auto unlocked = f.protection.takeUnlocked();
    REQUIRE(unlocked);
    CHECK_FALSE(unlocked->unreadable);
}

TEST_CASE("a lock with a save that cannot land keeps the journal, and the unlock applies it") {
    Protected f;
    f.start();
    f.protect("o parolă lungă", 1);
    const int drops = f.host.journalDrops;
    f.edit("Nesalvată");
    f.tick(2);
    f.protection.lockNow(2.1);
    native::answerSeals();
    f.tick(2.2);
    f.save.syncFinished(false, "quota", 2.3);
    f.tick(2.4);
    CHECK(f.protection.state() == Protection::State::Locked);
    CHECK(f.host.journalDrops == drops);  // kept for the unlock
    // What the browser kept: the journal prepared before the lock, found at the unlock.
    f.host.journalFound = {true, f.host.journalPrepared};
    std::string right = "o parolă lungă";
    f.protection.unlock(right, 3);
    CHECK(f.protection.journalFound() == Journal::Found::Applied);
    REQUIRE(f.history.current().plans.size() == 1);
    CHECK(f.history.current().plans[0]->commune == "Nesalvată");
}

TEST_CASE("idle times come from the preference, 15 minutes unless a known choice") {
    CHECK(IdleLock::minutesFrom("") == 15);
    CHECK(IdleLock::minutesFrom("0") == 0);
    CHECK(IdleLock::minutesFrom("60") == 60);
    CHECK(IdleLock::minutesFrom("7") == 15);
    IdleLock idle;
    idle.setMinutes(0);
    idle.activity(0);
    CHECK_FALSE(idle.due(1e9));
    idle.setMinutes(5);
    CHECK_FALSE(idle.due(299));
    CHECK(idle.due(300));
    idle.activity(250);
    CHECK_FALSE(idle.due(300));
}

TEST_CASE("a stored workspace protected with a passphrase starts locked, never unreadable") {
    Protected f;
    f.start();
    f.protect("o parolă lungă", 1);
    f.edit("Secretă");
    f.save.flush(f.history, 2);
    native::answerSeals();
    f.save.syncFinished(true, "", 3);
    // A new session: the key is not in memory.
    f.host.atRest = false;
    const StoredLoad load = loadStoredWorkspace();
    CHECK(load.sealedRoot);
    CHECK(load.protectedStore());
    CHECK_FALSE(load.unreadable);
    CHECK(load.keptAs.empty());
}
