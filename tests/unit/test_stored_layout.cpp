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
    // Reads back what the manifest names, as the app does.
    Workspace read() const {
        const ManifestRead manifest = readManifest(files.at(kManifestFile));
        REQUIRE(manifest.manifest);
        Workspace ws;
        for (const auto& p : manifest.manifest->plans) {
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

std::size_t bucketsWritten(const StoredSave& save) {
    std::size_t n = 0;
    for (const auto& [name, text] : save.files) n += name[0] == 'b';
    return n;
}

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

TEST_CASE("an edit, an added or a deleted household rewrites one bucket, the header and the manifest") {
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
        CHECK(save.files.size() == 2);  // the bucket and the header (its modification time)
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
        CHECK(bucketsWritten(store.save(next)) == 1);
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

TEST_CASE("a bucket grown past twice the target is split") {
    Store store;
    const Workspace ws = demoWorkspace(200);
    store.save(ws);
    Plan grown = *ws.plans[0];
    const std::size_t before = readManifest(store.files.at(kManifestFile)).manifest->plans[0].buckets.size();
    for (std::size_t i = 0; i < 3 * kBucketTarget; ++i) addHousehold(grown, grown.villages.front().name);
    const Workspace next = withPlan(ws, grown);
    store.save(next);
    const auto manifest = readManifest(store.files.at(kManifestFile)).manifest;
    REQUIRE(manifest);
    CHECK(manifest->plans[0].buckets.size() > before + 1);
    for (const auto& b : manifest->plans[0].buckets) CHECK(b.households <= 2 * kBucketTarget);
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

TEST_CASE("a seeded writer writes nothing for the workspace it was seeded with") {
    Store store;
    const Workspace ws = demoWorkspace(800);
    store.save(ws);
    // A new writer that knows what the store holds, as after a load.
    const ManifestRead manifest = readManifest(store.files.at(kManifestFile));
    REQUIRE(manifest.manifest);
    const auto& files = manifest.manifest->plans[0];
    LayoutWriter::PlanState state;
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
