// The split store with the native stand-in host: what one edit writes beside a big commune,
// interrupted saves, the migration from the single file, an unreadable bucket, the journal.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "app/autosave.h"
#include "app/journal.h"
#include "app/stored_workspace.h"
#include "core/demo/demo.h"
#include "core/workspace/stored_layout.h"
#include "core/workspace/workspace_json.h"
#include "platform/native/native_host.h"
#include "store_fixture.h"

using namespace prevplan;
namespace fs = std::filesystem;

namespace {

const Date kToday{2026, 11, 29};

struct Fixture : testing::StoreFixture {
    Fixture() : StoreFixture("prevplan-split-store-test") {}
    // A new session over the same store.
    StoredLoad start() {
        history = History();
        save = AutoSave();
        journal = Journal();
        return StoreFixture::start();
    }
    void saveNow(double now) {
        save.flush(history, now);
        journal.tick(history, save);
        save.syncFinished(true, "", now + 0.1);
        save.tick(history, now + 0.2);  // the files no longer named go with this sync
        save.syncFinished(true, "", now + 0.3);
        journal.tick(history, save);
    }
    void storeDemo(int children) {
        Workspace ws;
        ws.plans.push_back(std::make_shared<const Plan>(makeDemoPlan(children, 42, kToday)));
        history.commit(ws, "import");
        saveNow(1);
    }
    // Edits one household's address in the middle of the first plan.
    void editOneHousehold(const char* address) {
        Workspace ws = history.current();
        Plan& plan = editPlan(ws, ws.plans[0]->id);
        editHousehold(plan, plan.households[plan.households.size() / 2]->id).address = address;
        plan.modifiedOn = "2026-11-30T10:00:00";
        history.commit(ws, "edit");
    }
    std::map<std::string, std::string> files() {
        std::map<std::string, std::string> out;
        for (const auto& name : platform::listFiles()) out[name] = platform::readFile(name).value_or("");
        return out;
    }
    std::string current() { return saveWorkspace(history.current()); }
    // The stored root manifest, with every plan's buckets read from its index files.
    Manifest manifest() {
        ManifestRead read = readManifest(platform::readFile(kManifestFile).value_or(""));
        REQUIRE(read.manifest);
        REQUIRE_FALSE(resolveIndexes(*read.manifest, platform::readFile));
        return *read.manifest;
    }
    // Every stored file is named by the manifest (or is the manifest).
    bool onlyNamedFiles() {
        std::set<std::string> named;
        for (const auto& name : manifest().files()) named.insert(name);
        named.insert(kManifestFile);
        const auto listed = platform::listFiles();
        return std::set<std::string>(listed.begin(), listed.end()) == named;
    }
};

}  // namespace

TEST_CASE("one small edit beside a big commune writes a few files, and the store reads back whole") {
    Fixture f;
    f.storeDemo(6000);
    const std::string stored = f.current();
    const std::size_t storeBytes = f.host.bytesWritten;
    // A new session: the load tells the autosave what is stored; nothing is rewritten.
    f.start();
    CHECK(f.current() == stored);
    f.host.filesWritten = 0;
    f.host.bytesWritten = 0;
    f.editOneHousehold("Strada Nouă 7");
    f.saveNow(10);
    CHECK(f.host.filesWritten == 4);  // one bucket, its index, the plan's header, the root manifest
    CHECK(f.host.syncRequests > 0);
    CHECK(f.host.wholeSyncRequests == 0);  // synced by name: the store is not walked
    CHECK(f.host.bytesWritten * 50 < storeBytes);
    CHECK(f.save.lastWritten().files == 4);
    // Small files: the root names a few index files, not every bucket.
    const Manifest manifest = f.manifest();
    CHECK(manifest.plans[0].indexes.size() > 1);
    CHECK(platform::readFile(kManifestFile)->size() < 1000);
    for (const auto& index : manifest.plans[0].indexes)
        CHECK(platform::readFile(index.file)->size() < 8 * kIndexTarget * 20);
    const std::string edited = f.current();
    f.start();
    CHECK(f.current() == edited);
}

TEST_CASE("after a load, a frozen report changed is written again, and nothing else of the plan's areas") {
    Fixture f;
    f.storeDemo(300);
    f.start();
    REQUIRE_FALSE(f.history.current().plans[0]->reportSnapshots.empty());
    std::set<std::string> before;
    for (const auto& [name, text] : f.files()) before.insert(name);
    Workspace ws = f.history.current();
    editPlan(ws, ws.plans[0]->id).reportSnapshots.back().takenOn = "2026-11-30T11:00:00";
    f.history.commit(ws, "freeze");
    f.saveNow(10);
    std::size_t areas = 0;
    for (const auto& [name, text] : f.files())
        if (!before.count(name) && name[0] == 'a') {
            ++areas;
            CHECK(text.find("2026-11-30T11:00:00") != std::string::npos);
        }
    CHECK(areas == 1);
    const std::string edited = f.current();
    f.start();
    CHECK(f.current() == edited);
}

TEST_CASE("a save interrupted before its manifest leaves the previous generation whole") {
    Fixture f;
    f.storeDemo(600);
    const std::string first = f.current();
    f.host.failWrite = kManifestFile;
    f.editOneHousehold("Strada Nouă 8");
    f.save.flush(f.history, 10);
    CHECK(f.save.state(f.history) == AutoSave::State::Failed);
    f.start();
    CHECK(f.current() == first);
}

TEST_CASE("a save whose sync fails removes nothing the durable manifest names") {
    Fixture f;
    f.storeDemo(600);
    const std::string first = f.current();
    const std::string durableManifest = *platform::readFile(kManifestFile);
    f.editOneHousehold("Strada Nouă 9");
    f.save.flush(f.history, 10);
    f.save.syncFinished(false, "quota", 11);
    f.save.tick(f.history, 12);
    // Durable storage still holds the first manifest (the sync never landed): every file it names
    // is still there, so putting it back reads the first generation whole.
    REQUIRE(platform::writeFileAtomic(kManifestFile, durableManifest));
    f.start();
    CHECK(f.current() == first);
}

TEST_CASE("the single file of earlier versions is stored split, and removed once that is durable") {
    Fixture f;
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(makeDemoPlan(300, 42, kToday)));
    const std::string text = saveWorkspace(ws);
    REQUIRE(platform::writeFileAtomic(AutoSave::kWorkspaceFile, text));
    REQUIRE(platform::writeFileAtomic(AutoSave::kGenerationFile, "7"));
    const StoredLoad load = f.start();
    CHECK(load.single);
    CHECK(load.generation == 7);
    f.save.tick(f.history, 1);             // written split at once, without an edit
    CHECK(f.host.wholeSyncRequests == 1);  // a migration: its sync compares every stored file
    const ManifestRead written = readManifest(platform::readFile(kManifestFile).value_or(""));
    REQUIRE(written.manifest);
    CHECK(written.manifest->generation == 8);
    CHECK(platform::readFile(AutoSave::kWorkspaceFile));  // kept until the split store is durable
    f.save.syncFinished(true, "", 2);
    CHECK_FALSE(platform::readFile(AutoSave::kWorkspaceFile));
    CHECK_FALSE(platform::readFile(AutoSave::kGenerationFile));
    f.save.tick(f.history, 3);  // the removals, by name
    CHECK(f.host.syncRequests == 2);
    CHECK(f.host.wholeSyncRequests == 1);
    const StoredLoad again = f.start();
    CHECK_FALSE(again.single);
    CHECK(again.generation == 8);
    CHECK(f.current() == saveWorkspace(ws));
}

TEST_CASE("an unreadable bucket keeps the whole store untouched and the app read-only") {
    Fixture f;
    f.storeDemo(600);
    const std::string damaged = f.manifest().plans[0].buckets[1].file;
    REQUIRE(platform::writeFileAtomic(damaged, "\x01 not a bucket"));
    const auto before = f.files();
    const StoredLoad load = f.start();
    CHECK(load.unreadable);
    CHECK_FALSE(load.workspace);
    CHECK(load.errorEn.find(damaged) != std::string::npos);
    CHECK(f.save.held());
    REQUIRE_FALSE(load.keptAs.empty());
    CHECK(load.bytes.find(damaged) != std::string::npos);  // the copy holds every file
    f.history.commit(Workspace{}, "edit");
    f.save.flush(f.history, 10);
    f.save.tick(f.history, 20);
    auto after = f.files();
    after.erase(load.keptAs);
    CHECK(after == before);
}

TEST_CASE("the journal holds only the files not yet durable, and is applied over the store") {
    Fixture f;
    f.storeDemo(6000);
    const std::size_t storeBytes = f.host.bytesWritten;
    f.editOneHousehold("Strada Jurnalului 1");
    f.journal.tick(f.history, f.save);  // not saved yet: the journal holds the change
    const std::string journal = f.host.journalPrepared;
    CHECK(journal.rfind(std::to_string(f.save.durableGeneration()) + "\n", 0) == 0);
    CHECK(journal.find("Strada Jurnalului 1") != std::string::npos);
    CHECK(journal.size() * 10 < storeBytes);
    const std::string edited = f.current();

    SUBCASE("a tab closed before the save: the journal brings the edit back") {
        f.host.journalFound = {true, journal};
        f.start();
        CHECK(f.journal.restore(f.history, f.save.durableGeneration(), &f.save) == Journal::Found::Applied);
        CHECK(f.current() == edited);
        CHECK(f.history.canUndo());
    }
    SUBCASE("storage moved on since: the journal is refused") {
        f.saveNow(5);
        f.editOneHousehold("Strada Altă 2");
        f.saveNow(6);
        f.host.journalFound = {true, journal};
        f.start();
        const std::string stored = f.current();
        CHECK(f.journal.restore(f.history, f.save.durableGeneration(), &f.save) == Journal::Found::Stale);
        CHECK(f.current() == stored);
    }
    SUBCASE("a journal naming a file that is neither in it nor stored is refused whole") {
        std::string broken = journal;
        const auto at = broken.find("\"b-");
        REQUIRE(at != std::string::npos);
        broken[at + 1] = 'x';  // the bucket's name in the journal no longer matches the manifest
        f.host.journalFound = {true, broken};
        f.start();
        const std::string stored = f.current();
        CHECK(f.journal.restore(f.history, f.save.durableGeneration(), &f.save) == Journal::Found::Unreadable);
        CHECK(f.current() == stored);
    }
}

TEST_CASE("a save interrupted after any number of its files leaves the previous generation whole") {
    for (int written = 0; written <= 4; ++written) {
        CAPTURE(written);
        Fixture f;
        f.storeDemo(600);
        const std::string first = f.current();
        f.editOneHousehold("Strada Întreruptă 1");
        const std::string edited = f.current();
        f.host.writesLeft = written;  // the bucket, its index, the header, then the root
        f.save.flush(f.history, 10);
        f.host.writesLeft = -1;
        f.start();
        CHECK(f.current() == (written == 4 ? edited : first));
        // What the interrupted save wrote is named by no manifest, and goes after the next save.
        f.editOneHousehold("Strada Întreruptă 2");
        f.saveNow(20);
        CHECK(f.onlyNamedFiles());
    }
}

TEST_CASE("an index file that is missing or damaged keeps the store untouched and the app read-only") {
    Fixture f;
    f.storeDemo(600);
    const std::string index = f.manifest().plans[0].indexes.back().file;
    SUBCASE("damaged") {
        REQUIRE(platform::writeFileAtomic(index, R"({"format":"prevplan-store-index","buckets":[["b-1-1",3]]})"));
    }
    SUBCASE("missing") { platform::removeFile(index); }
    const auto before = f.files();
    const StoredLoad load = f.start();
    CHECK(load.unreadable);
    CHECK(load.errorEn.find(index) != std::string::npos);
    CHECK(f.save.held());
    auto after = f.files();
    after.erase(load.keptAs);
    CHECK(after == before);
}

TEST_CASE("a store of the previous layout, one manifest naming every bucket, is read and stored with indexes") {
    Fixture f;
    f.storeDemo(3000);
    const std::string stored = f.current();
    // The same store as version 1 wrote it: the buckets listed in the manifest, no index files.
    const Manifest current = f.manifest();
    nlohmann::json plans = nlohmann::json::array();
    for (const auto& p : current.plans) {
        nlohmann::json buckets = nlohmann::json::array();
        for (const auto& b : p.buckets) buckets.push_back({b.file, b.households});
        plans.push_back({{"header", p.header}, {"areas", p.areas}, {"buckets", buckets}});
        for (const auto& i : p.indexes) platform::removeFile(i.file);
    }
    REQUIRE(platform::writeFileAtomic(
        kManifestFile,
        nlohmann::json{
            {"format", "prevplan-store"}, {"version", 1}, {"generation", current.generation}, {"plans", plans}}
            .dump()));
    f.start();
    CHECK(f.current() == stored);
    f.host.filesWritten = 0;
    f.save.tick(f.history, 1);  // stored in the current layout at once, without an edit
    const Manifest migrated = f.manifest();
    CHECK(migrated.version == kStoredLayoutVersion);
    CHECK(migrated.generation == current.generation + 1);
    // Only the index files and the root: the buckets, the header and the areas stay as they are.
    CHECK(f.host.filesWritten == static_cast<int>(migrated.plans[0].indexes.size()) + 1);
    f.save.syncFinished(true, "", 2);
    CHECK(f.onlyNamedFiles());
    f.start();
    CHECK(f.current() == stored);
}

TEST_CASE("the first save of a big workspace is encoded in slices across frames, and written only whole") {
    Fixture f;
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(makeDemoPlan(3000, 42, kToday)));
    f.history.commit(ws, "import");
    f.host.clockStep = 0.01;  // every bucket encoded takes 10 ms: two or three a slice
    double now = 1;
    f.save.tick(f.history, now);       // the change is seen; the debounce runs
    f.save.tick(f.history, now += 1);  // the first slice
    f.journal.tick(f.history, f.save);
    CHECK(f.host.filesWritten == 0);
    CHECK(f.host.journalsPrepared == 0);  // too big for one frame: the slices bring it
    CHECK(f.save.state(f.history) == AutoSave::State::Saving);
    int slices = 1;

    SUBCASE("the slices go on, one a frame, until the save is written whole") {
        while (f.save.generation() == 0 && slices < 1000) {
            f.save.tick(f.history, now += 0.016);
            ++slices;
            // Files are written a slice at a time too; the root only with the last one.
            if (f.save.generation() == 0) CHECK_FALSE(platform::readFile(kManifestFile));
        }
        CHECK(slices > 10);
        f.journal.tick(f.history, f.save);
        CHECK(f.host.journalsPrepared == 1);  // what the slices wrote, until it is durable
        f.host.clockStep = 0;
        f.saveNow(now + 1);
    }
    SUBCASE("an edit meanwhile: the slices finish the imported workspace, then the edit is saved") {
        f.save.tick(f.history, now += 0.016);
        f.editOneHousehold("Strada Feliilor 1");
        while (f.save.generation() == 0 && slices < 1000) {
            f.save.tick(f.history, now += 0.016);
            ++slices;
        }
        CHECK(f.save.generation() == 1);
        f.save.syncFinished(true, "", now);
        CHECK(f.save.state(f.history) == AutoSave::State::Saving);  // the edit is still to write
        f.host.clockStep = 0;
        f.saveNow(now + 1);
    }
    SUBCASE("hiding the tab finishes the slices at once") {
        f.editOneHousehold("Strada Feliilor 2");
        f.host.clockStep = 0;
        f.saveNow(now + 1);
    }
    CHECK(f.save.allSaved(f.history));
    const std::string saved = f.current();
    f.start();
    CHECK(f.current() == saved);
    CHECK(f.onlyNamedFiles());
}

TEST_CASE("a big save interrupted between its slices leaves the previous generation whole") {
    Fixture f;
    f.storeDemo(600);
    const std::string first = f.current();
    const std::string durableRoot = *platform::readFile(kManifestFile);
    // Another commune beside it: many new buckets, encoded and written a slice a frame.
    Workspace ws = f.history.current();
    ws.plans.push_back(std::make_shared<const Plan>(makeDemoPlan(3000, 7, kToday)));
    f.history.commit(ws, "import");
    f.host.clockStep = 0.01;
    f.host.filesWritten = 0;
    double now = 10;
    f.save.tick(f.history, now);
    int slices = 0;
    while (f.host.filesWritten < 20 && slices < 1000) {
        f.save.tick(f.history, now += 1);
        ++slices;
    }
    REQUIRE(f.host.filesWritten >= 20);  // part of the new files are in the store
    CHECK(f.save.generation() == 1);     // but not the root
    CHECK(*platform::readFile(kManifestFile) == durableRoot);
    // The tab is closed there: the next session reads the previous generation, whole.
    f.host.clockStep = 0;
    f.start();
    CHECK(f.current() == first);
    CHECK_FALSE(f.onlyNamedFiles());  // the half-written files, named by no manifest
    f.editOneHousehold("Strada Întreruptă 3");
    f.saveNow(100);
    CHECK(f.onlyNamedFiles());  // gone once the next save is durable
}
