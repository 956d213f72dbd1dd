// A workspace protected with a passphrase, stored split with every file sealed (docs/storage.md):
// an edit seals and writes only the changed files, a changed or moved file is refused at the
// unlock, the single sealed file of earlier versions is migrated, removing the protection stores
// it plain, and the journal holds only the changed files. With the native vault stand-in.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "app/protection.h"
#include "core/demo/demo.h"
#include "core/sharing/encrypted_envelope.h"
#include "core/workspace/stored_layout.h"
#include "core/workspace/workspace_json.h"
#include "store_fixture.h"

using namespace prevplan;

namespace {

const char* kPassphrase = "o parolă lungă";

struct Fixture : testing::StoreFixture {
    std::optional<Protection> protection;
    Fixture() : StoreFixture("prevplan-protected-store-test") { protection.emplace(history, save, journal); }

    // A new session over the same store: the key is not in memory.
    StoredLoad restart() {
        host.atRest = false;
        history = History();
        save = AutoSave();
        journal = Journal();
        protection.emplace(history, save, journal);
        StoredLoad load = start();
        if (load.protectedStore()) protection->startLocked();
        return load;
    }
    // Saves now, seals (the vault answers), and lets the sync land twice (removals follow).
    void saveNow(double now) {
        save.flush(history, now);
        journal.tick(history, save);
        native::answerSeals();
        save.tick(history, now + 0.1);  // the sync starts once the sealed files are written
        save.syncFinished(true, "", now + 0.2);
        save.tick(history, now + 0.3);  // the files no longer named go with this sync
        save.syncFinished(true, "", now + 0.4);
        journal.tick(history, save);
    }
    void protect(double now) {
        std::string p = kPassphrase;
        protection->protect(p);
        saveNow(now);
    }
    bool unlock(const char* passphrase, double now) {
        std::string p = passphrase;
        protection->unlock(p, now);
        while (protection->opening()) protection->tick(now);  // the buckets, a slice a frame
        return protection->state() == Protection::State::Open;
    }
    void storeDemo(int children) {
        Workspace ws;
        ws.plans.push_back(std::make_shared<const Plan>(makeDemoPlan(children, 42, Date{2026, 11, 29})));
        history.commit(ws, "import");
        saveNow(1);
    }
    void editOneHousehold(const char* address, const char* modifiedOn = "2026-11-30T10:00:00") {
        Workspace ws = history.current();
        Plan& plan = editPlan(ws, ws.plans[0]->id);
        editHousehold(plan, plan.households[plan.households.size() / 2]->id).address = address;
        plan.modifiedOn = modifiedOn;
        history.commit(ws, "edit");
    }
    std::map<std::string, std::string> files() {
        std::map<std::string, std::string> out;
        for (const auto& name : platform::listFiles()) out[name] = platform::readFile(name).value_or("");
        return out;
    }
    std::string current() { return saveWorkspace(history.current()); }
    std::string firstChildName() { return history.current().plans[0]->households[0]->families[0].children[0].name; }
};

bool contains(const std::map<std::string, std::string>& files, const std::string& text) {
    for (const auto& [name, contents] : files)
        if (contents.find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a protected workspace is stored split, every file sealed, and an edit writes only the changed files") {
    Fixture f;
    f.storeDemo(3000);
    const std::string name = f.firstChildName();
    REQUIRE(contains(f.files(), name));
    f.protect(2);
    CHECK(f.save.allSaved(f.history));
    // Nothing in clear: the root holds the generation, the salt and the sealed manifest only.
    auto stored = f.files();
    CHECK_FALSE(contains(stored, name));
    CHECK_FALSE(stored.count(AutoSave::kWorkspaceFile));
    const SealedRootRead root = readSealedRoot(stored.at(kManifestFile));
    REQUIRE(root.root);
    CHECK(root.root->generation == f.save.generation());
    CHECK_FALSE(root.root->salt.empty());
    const auto manifest = native::fakeOpenFile(kManifestFile, root.root->manifest);
    REQUIRE(manifest);
    CHECK(readManifest(*manifest).manifest);
    for (const auto& [file, text] : stored)
        if (file != kManifestFile) CHECK(native::fakeOpenFile(file, text));
    CHECK(stored.size() > 20);

    // One edit: one call to the vault with four files (bucket, index, header, manifest).
    const std::string before = f.current();
    f.editOneHousehold("Strada Nouă 7");
    f.host.filesWritten = 0;
    f.save.flush(f.history, 3);
    REQUIRE(f.host.seals.size() == 1);
    CHECK(f.host.seals[0].first.size() == 4);
    CHECK(f.host.filesWritten == 0);  // nothing is written before it is sealed
    native::answerSeals();
    CHECK(f.host.filesWritten == 4);
    CHECK(f.save.lastWritten().files == 4);
    f.save.tick(f.history, 3.1);
    f.save.syncFinished(true, "", 3.2);
    f.save.tick(f.history, 3.3);
    f.save.syncFinished(true, "", 3.4);
    CHECK(f.save.allSaved(f.history));
    const std::string edited = f.current();
    CHECK(edited != before);

    // A new session opens it only with the passphrase; its first edit writes four files too.
    const StoredLoad load = f.restart();
    CHECK(load.sealedRoot);
    CHECK(f.protection->locked());
    CHECK(f.history.current().plans.empty());
    REQUIRE(f.unlock(kPassphrase, 10));
    REQUIRE(f.current() == edited);
    f.editOneHousehold("Strada Veche 9", "2026-11-30T11:00:00");
    f.host.filesWritten = 0;
    f.saveNow(11);
    CHECK(f.host.filesWritten == 4);
    CHECK_FALSE(contains(f.files(), "Strada Veche 9"));
}

TEST_CASE("a big protected store is decoded in slices after the unlock, with its progress, then opens whole") {
    Fixture f;
    f.storeDemo(3000);
    f.protect(2);
    const std::string stored = f.current();
    f.restart();
    std::string p = kPassphrase;
    f.host.clockStep = 0.01;  // every bucket decoded takes 10 ms: two or three a slice
    f.protection->unlock(p, 10);
    REQUIRE(f.protection->opening());
    CHECK(f.protection->locked());  // nothing of it is shown or editable before it is whole
    CHECK(f.history.current().plans.empty());
    CHECK(f.protection->opening()->planName() == "Demonstrativă");
    int frames = 0;
    double progress = f.protection->opening()->progress();
    CHECK(progress > 0);
    CHECK(progress < 1);
    while (f.protection->opening() && frames < 1000) {
        f.protection->tick(10 + ++frames * 0.016);
        if (!f.protection->opening()) break;
        CHECK(f.protection->opening()->progress() > progress);
        progress = f.protection->opening()->progress();
    }
    CHECK(frames > 10);
    CHECK(f.protection->state() == Protection::State::Open);
    CHECK(f.current() == stored);
    const auto unlocked = f.protection->takeUnlocked();
    REQUIRE(unlocked);
    CHECK_FALSE(unlocked->unreadable);
    // What the store holds is known: an edit writes four files, as in a plain store.
    f.host.clockStep = 0;
    f.editOneHousehold("Strada Nouă 12");
    f.host.filesWritten = 0;
    f.saveNow(40);
    CHECK(f.host.filesWritten == 4);
}

TEST_CASE("a sealed file changed or put under another name is refused at the unlock; the store is untouched") {
    Fixture f;
    f.storeDemo(400);
    f.protect(2);
    auto stored = f.files();
    std::string bucket, other;
    for (const auto& [file, text] : stored)
        if (file.rfind("b-", 0) == 0) (bucket.empty() ? bucket : other) = file;
    REQUIRE_FALSE(other.empty());

    // The passphrase is right, so the store opens; the damaged file is not read, nothing is.
    const auto refused = [&] {
        stored = f.files();
        f.restart();
        REQUIRE(f.unlock(kPassphrase, 10));
        const auto unlocked = f.protection->takeUnlocked();
        REQUIRE(unlocked);
        CHECK(unlocked->unreadable);
        CHECK(unlocked->errorEn.find(bucket) != std::string::npos);
        CHECK_FALSE(unlocked->keptAs.empty());
        CHECK(f.save.held());
        CHECK(f.history.current().plans.empty());
        f.saveNow(11);
        auto after = f.files();
        after.erase(unlocked->keptAs);  // the copy kept aside, sealed as found
        CHECK(after == stored);
    };
    SUBCASE("a wrong passphrase opens nothing and changes nothing") {
        f.restart();
        CHECK_FALSE(f.unlock("greșită", 10));
        CHECK(f.protection->wrongPassphrase());
        CHECK(f.files() == stored);
    }
    SUBCASE("one byte changed") {
        std::string text = stored[bucket];
        text[text.size() / 2] = text[text.size() / 2] == '0' ? '1' : '0';
        REQUIRE(platform::writeFileAtomic(bucket, text));
        refused();
    }
    SUBCASE("a file in another's place") {
        REQUIRE(platform::writeFileAtomic(bucket, stored[other]));
        refused();
    }
}

TEST_CASE("the single sealed file of earlier versions is opened, stored split and sealed, then removed") {
    Fixture f;
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(makeDemoPlan(300, 42, Date{2026, 11, 29})));
    const std::string plain = saveWorkspace(ws);
    // The envelope checks the data is base64-shaped: the stand-in's hex must be 4n characters.
    const std::string padded = plain.size() % 2 ? plain + "\n" : plain;
    REQUIRE(platform::writeFileAtomic(AutoSave::kWorkspaceFile,
                                      envelopeToJson({AutoSave::kAtRestContents, 600000, "c2FsdHNhbHRzYWx0c2FsdA==",
                                                      "aXZpdml2aXZpdml2", native::fakeSeal(padded)})));
    REQUIRE(platform::writeFileAtomic(AutoSave::kGenerationFile, "3"));
    f.host.atRestPassphrase = kPassphrase;
    const StoredLoad load = f.restart();
    CHECK(load.sealed);
    REQUIRE(f.unlock(kPassphrase, 10));
    CHECK(f.current() == plain);
    f.saveNow(11);
    const auto stored = f.files();
    CHECK_FALSE(stored.count(AutoSave::kWorkspaceFile));
    CHECK_FALSE(stored.count(AutoSave::kGenerationFile));
    const SealedRootRead root = readSealedRoot(stored.at(kManifestFile));
    REQUIRE(root.root);
    CHECK(root.root->generation == 4);
    CHECK_FALSE(contains(stored, ws.plans[0]->households[0]->families[0].children[0].name));
    f.restart();
    REQUIRE(f.unlock(kPassphrase, 20));
    CHECK(f.current() == plain);
}

TEST_CASE("removing the protection stores the workspace plain and split, and the sealed files go") {
    Fixture f;
    f.storeDemo(300);
    const std::string name = f.firstChildName();
    f.protect(2);
    const auto sealed = f.files();
    f.protection->remove();
    f.saveNow(3);
    const auto stored = f.files();
    CHECK(contains(stored, name));
    CHECK_FALSE(readSealedRoot(stored.at(kManifestFile)).root);
    CHECK(readManifest(stored.at(kManifestFile)).manifest);
    for (const auto& [file, text] : sealed)
        if (file != kManifestFile) CHECK_FALSE(stored.count(file));
    const std::string plain = f.current();
    CHECK_FALSE(f.restart().protectedStore());
    CHECK(f.current() == plain);
}

TEST_CASE("the journal of a protected workspace holds only the changed files, applied at the unlock") {
    Fixture f;
    f.storeDemo(3000);
    f.protect(2);
    std::size_t storeBytes = 0;
    for (const auto& [file, text] : f.files()) storeBytes += text.size();
    f.editOneHousehold("Strada Nouă 7");
    f.journal.tick(f.history, f.save);
    const std::string prepared = f.host.journalPrepared;  // the vault seals it with the workspace key
    const auto newline = prepared.find('\n');
    REQUIRE(newline != std::string::npos);
    const auto changes = nlohmann::json::parse(prepared.substr(newline + 1));
    CHECK(changes["format"] == AutoSave::kJournalFormat);
    CHECK(changes["files"].size() == 3);  // the bucket, its index, the plan's header
    CHECK(prepared.size() * 20 < storeBytes);
    const std::string edited = f.current();
    // The tab closes before the save lands; the next session finds the journal.
    f.restart();
    f.host.journalFound = {true, prepared};
    REQUIRE(f.unlock(kPassphrase, 10));
    CHECK(f.protection->journalFound() == Journal::Found::Applied);
    CHECK(f.current() == edited);
}
