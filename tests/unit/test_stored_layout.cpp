// The split stored layout (core/workspace/stored_layout.h): which files a save writes, and
// reading them back, without any I/O.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/demo/demo.h"
#include "core/observatory/family_edits.h"
#include "core/workspace/household_codec.h"
#include "core/workspace/stored_layout.h"
#include "core/workspace/workspace_json.h"

using namespace prevplan;

namespace {

const Date kToday{2026, 11, 29};

Workspace demoWorkspace(int children) {
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(makeDemoPlan(children, 42, kToday)));
    return ws;
}

// A store in memory: every save's files, then its manifest.
struct Store {
    LayoutWriter writer;
    std::map<std::string, std::string> files;
    std::uint64_t generation = 0;
    StoredSave save(const Workspace& ws) {
        LayoutWriter::Draft draft = writer.prepare(ws, ++generation);
        for (const auto& [name, text] : draft.save.files) {
            CHECK_FALSE(files.count(name));  // a name is never used twice
            files[name] = text;
        }
        files[kManifestFile] = draft.save.manifest;
        StoredSave out = draft.save;
        writer.commit(std::move(draft));
        return out;
    }
    FileSource source() const {
        return [this](const std::string& name) -> std::optional<std::string> {
            const auto it = files.find(name);
            return it == files.end() ? std::nullopt : std::optional<std::string>(it->second);
        };
    }
    // The root manifest with every plan's buckets listed.
    Manifest manifest() const {
        ManifestRead read = readManifest(files.at(kManifestFile));
        REQUIRE(read.manifest);
        REQUIRE_FALSE(resolveIndexes(*read.manifest, source()));
        return *read.manifest;
    }
    // Reads back what the manifest names, as the app does.
    Workspace read() const {
        Workspace ws;
        for (const auto& p : manifest().plans) {
            std::vector<std::string> areas;
            for (const auto& a : p.areas) areas.push_back(files.at(a));
            PlanFilesRead plan = readPlanFiles(files.at(p.header), areas);
            REQUIRE(static_cast<bool>(plan.plan));
            for (const auto& b : p.buckets) {
                BucketRead bucket = decodeBucket(files.at(b.file));
                REQUIRE_FALSE(bucket.error);
                CHECK(bucket.households.size() == b.households);
                plan.plan->households.insert(plan.plan->households.end(), bucket.households.begin(),
                                             bucket.households.end());
            }
            ws.plans.push_back(plan.plan);
        }
        return ws;
    }
};

std::size_t written(const StoredSave& save, char kind) {
    std::size_t n = 0;
    for (const auto& [name, text] : save.files) n += name[0] == kind;
    return n;
}
std::size_t bucketsWritten(const StoredSave& save) { return written(save, 'b'); }

Workspace withPlan(const Workspace& ws, Plan plan) {
    Workspace out = ws;
    out.plans[0] = std::make_shared<const Plan>(std::move(plan));
    return out;
}

}  // namespace

TEST_CASE("a stored workspace reads back to the same workspace") {
    Store store;
    const Workspace ws = demoWorkspace(1500);
    const StoredSave first = store.save(ws);
    CHECK(bucketsWritten(first) > 3);
    CHECK(saveWorkspace(store.read()) == saveWorkspace(ws));
}

TEST_CASE("an edit, an added or a deleted household rewrites one bucket, its index, the header and the root") {
    Store store;
    const Workspace ws = demoWorkspace(3000);
    const StoredSave first = store.save(ws);
    const Plan& plan = *ws.plans[0];
    REQUIRE(plan.households.size() > 5 * kBucketTarget);

    SUBCASE("nothing changed: only the manifest") {
        const StoredSave again = store.save(ws);
        CHECK(again.files.empty());
    }
    SUBCASE("an edit in the middle") {
        Plan edited = plan;
        editHousehold(edited, plan.households[kBucketTarget * 2 + 3]->id).address = "Strada Nouă 1";
        edited.modifiedOn = "2026-11-30T10:00:00";
        const Workspace next = withPlan(ws, edited);
        const StoredSave save = store.save(next);
        CHECK(bucketsWritten(save) == 1);
        CHECK(written(save, 'i') == 1);
        CHECK(save.files.size() == 3);  // the bucket, its index and the header (its modification time)
        CHECK(save.bytes() * 20 < first.bytes());
        CHECK(saveWorkspace(store.read()) == saveWorkspace(next));
    }
    SUBCASE("the first household of a bucket edited") {
        Plan edited = plan;
        editHousehold(edited, plan.households[kBucketTarget]->id).address = "Strada Nouă 2";
        CHECK(bucketsWritten(store.save(withPlan(ws, edited))) == 1);
    }
    SUBCASE("a household added at the end") {
        Plan added = plan;
        addHousehold(added, added.villages.front().name);
        const Workspace next = withPlan(ws, added);
        const StoredSave save = store.save(next);
        CHECK(bucketsWritten(save) == 1);
        CHECK(written(save, 'i') == 1);
        CHECK(saveWorkspace(store.read()) == saveWorkspace(next));
    }
    SUBCASE("a household deleted") {
        Plan removed = plan;
        removeHousehold(removed, plan.households[10]->id);
        const Workspace next = withPlan(ws, removed);
        CHECK(bucketsWritten(store.save(next)) == 1);
        CHECK(saveWorkspace(store.read()) == saveWorkspace(next));
    }
    SUBCASE("the order changed: cut again from scratch, still read back whole") {
        Plan reversed = plan;
        std::reverse(reversed.households.begin(), reversed.households.end());
        const Workspace next = withPlan(ws, reversed);
        CHECK(bucketsWritten(store.save(next)) == bucketsWritten(first));
        CHECK(saveWorkspace(store.read()) == saveWorkspace(next));
    }
}

TEST_CASE("a bucket split in the middle of a big plan rewrites the index around it, not the others") {
    Store store;
    const Workspace ws = demoWorkspace(10000);
    store.save(ws);
    const Plan& plan = *ws.plans[0];
    Plan grown = plan;
    const std::size_t middle = plan.households.size() / 2;
    for (std::size_t i = 0; i < 3 * kBucketTarget; ++i) {
        addHousehold(grown, grown.villages.front().name);
        std::rotate(grown.households.begin() + static_cast<std::ptrdiff_t>(middle), grown.households.end() - 1,
                    grown.households.end());
    }
    const Workspace next = withPlan(ws, grown);
    REQUIRE(store.manifest().plans[0].indexes.size() > 3);
    const StoredSave save = store.save(next);
    CHECK(bucketsWritten(save) > 2);
    CHECK(written(save, 'i') <= 2);  // the new buckets may end an index between them
    CHECK(saveWorkspace(store.read()) == saveWorkspace(next));
}

TEST_CASE("a bucket grown past twice the target is split") {
    Store store;
    const Workspace ws = demoWorkspace(200);
    store.save(ws);
    Plan grown = *ws.plans[0];
    const std::size_t before = store.manifest().plans[0].buckets.size();
    for (std::size_t i = 0; i < 3 * kBucketTarget; ++i) addHousehold(grown, grown.villages.front().name);
    const Workspace next = withPlan(ws, grown);
    store.save(next);
    const Manifest manifest = store.manifest();
    CHECK(manifest.plans[0].buckets.size() > before + 1);
    for (const auto& b : manifest.plans[0].buckets) CHECK(b.households <= 2 * kBucketTarget);
    CHECK(saveWorkspace(store.read()) == saveWorkspace(next));
}

TEST_CASE("an area's edit rewrites that area only") {
    Store store;
    Plan plan = makeDemoPlan(300, 42, kToday);
    plan.csvMapping = {{"Nume", "child_name"}};
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(plan));
    store.save(ws);
    plan.csvMapping = {{"Nume copil", "child_name"}};
    const Workspace next = withPlan(ws, plan);
    const StoredSave save = store.save(next);
    REQUIRE(save.files.size() == 1);
    CHECK(save.files[0].second.find("Nume copil") != std::string::npos);
    CHECK(saveWorkspace(store.read()) == saveWorkspace(next));
}

TEST_CASE("the frozen reports' area is kept while they stay the same, and written again when one changes") {
    Store store;
    Plan plan = makeDemoPlan(300, 42, kToday);
    REQUIRE_FALSE(plan.reportSnapshots.empty());
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(plan));
    store.save(ws);
    plan.modifiedOn = "2026-11-30T10:00:00";
    const StoredSave header = store.save(withPlan(ws, plan));
    CHECK(header.files.size() == 1);  // the header only
    CHECK(written(header, 'a') == 0);
    plan.reportSnapshots.back().takenOn = "2026-11-30T11:00:00";
    const Workspace next = withPlan(ws, plan);
    const StoredSave save = store.save(next);
    REQUIRE(written(save, 'a') == 1);
    CHECK(save.files[0].second.find("2026-11-30T11:00:00") != std::string::npos);
    CHECK(saveWorkspace(store.read()) == saveWorkspace(next));
}

TEST_CASE("a seeded writer writes nothing for the workspace it was seeded with") {
    Store store;
    const Workspace ws = demoWorkspace(800);
    store.save(ws);
    // A new writer that knows what the store holds, as after a load.
    const Manifest manifest = store.manifest();
    const auto& files = manifest.plans[0];
    LayoutWriter::PlanState state;
    for (const auto& index : files.indexes) state.indexes.push_back({store.files.at(index.file), index.file});
    const auto texts = planFileTexts(*ws.plans[0]);
    state.header = {texts.first, files.header};
    std::size_t i = 0;
    for (const auto& [key, text] : texts.second) state.areas[key] = {text, files.areas[i++]};
    std::size_t from = 0;
    for (const auto& b : files.buckets) {
        auto bucket = std::make_shared<LayoutWriter::Bucket>();
        bucket->file = b.file;
        bucket->households.assign(ws.plans[0]->households.begin() + static_cast<std::ptrdiff_t>(from),
                                  ws.plans[0]->households.begin() + static_cast<std::ptrdiff_t>(from + b.households));
        from += b.households;
        state.buckets.push_back(bucket);
    }
    LayoutWriter seeded;
    seeded.seed(ws.plans[0]->id, state);
    CHECK(seeded.prepare(ws, 2).save.files.empty());
}

TEST_CASE("a manifest that is damaged or from a newer layout is refused with a reason") {
    CHECK(readManifest("not json").error);
    CHECK(readManifest(R"({"format":"prevplan-store","version":99,"generation":1,"plans":[]})").error->kind ==
          ErrorKind::NewerVersion);
    CHECK(readManifest(R"({"format":"prevplan-store","version":1,"generation":1,"plans":[{"header":3}]})").error);
    CHECK(readManifest(R"({"format":"prevplan-store","version":1,"generation":-1,"plans":[]})").error);
    const auto ok = readManifest(R"({"format":"prevplan-store","version":1,"generation":4,"plans":[]})");
    REQUIRE(ok.manifest);
    CHECK(ok.manifest->generation == 4);
}

TEST_CASE("version 1 manifests list their buckets; version 2 roots name index files that do") {
    const auto v1 = readManifest(
        R"({"format":"prevplan-store","version":1,"generation":3,"plans":[{"header":"h-1-0","areas":[],"buckets":[["b-1-1",5]]}]})");
    REQUIRE(v1.manifest);
    CHECK(v1.manifest->version == 1);
    CHECK(v1.manifest->resolved());
    CHECK(v1.manifest->households() == 5);
    CHECK(v1.manifest->files() == std::vector<std::string>{"h-1-0", "b-1-1"});

    auto v2 = readManifest(
        R"({"format":"prevplan-store","version":2,"generation":3,"plans":[{"header":"h-1-0","areas":[],"indexes":[["i-1-2",5]]}]})");
    REQUIRE(v2.manifest);
    CHECK_FALSE(v2.manifest->resolved());
    CHECK(v2.manifest->households() == 5);
    std::map<std::string, std::string> files{{"i-1-2", indexToText({{"b-1-1", 2}, {"b-1-3", 3}})}};
    const FileSource source = [&](const std::string& name) -> std::optional<std::string> {
        const auto it = files.find(name);
        return it == files.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    SUBCASE("read whole") {
        REQUIRE_FALSE(resolveIndexes(*v2.manifest, source));
        CHECK(v2.manifest->resolved());
        CHECK(v2.manifest->files() == std::vector<std::string>{"h-1-0", "i-1-2", "b-1-1", "b-1-3"});
    }
    SUBCASE("an index listing other households than the root says") {
        files["i-1-2"] = indexToText({{"b-1-1", 2}});
        const auto error = resolveIndexes(*v2.manifest, source);
        REQUIRE(error);
        CHECK(error->where == "i-1-2");
    }
    SUBCASE("a damaged or missing index") {
        files["i-1-2"] = R"({"format":"prevplan-store-index","buckets":[["b-1-1"]]})";
        CHECK(resolveIndexes(*v2.manifest, source));
        files.clear();
        CHECK(resolveIndexes(*v2.manifest, source)->kind == ErrorKind::MissingField);
    }
    CHECK(readIndex("[]").error);
    CHECK(
        readManifest(
            R"({"format":"prevplan-store","version":2,"generation":1,"plans":[{"header":"h","areas":[],"buckets":[]}]})")
            .error);
}
