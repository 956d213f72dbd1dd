#pragma once
// The workspace as the browser keeps it (docs/storage.md): small files instead of one document,
// so that a save writes only what changed. Per plan a small header, one file per area (resources,
// planning, frozen reports, the CSV mapping) and the households in buckets of consecutive
// households (household_codec.h). The root manifest, written last, names the files of one
// generation; a plan's buckets are listed in index files of a few dozen buckets each, so an edit
// rewrites one bucket, one index and the small root, however big the commune.
// A file name is never reused for other contents, so a save interrupted half-way leaves the
// previous manifest and every file it names intact. No I/O here: names and contents only.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/base/format_error.h"
#include "core/model/model.h"

namespace prevplan {

// Version 2 lists buckets in index files; version 1 (one manifest naming every bucket) is read.
constexpr int kStoredLayoutVersion = 2;
constexpr const char* kStoredLayoutFormat = "prevplan-store";
constexpr const char* kManifestFile = "manifest";
// Households per bucket: an edit rewrites one bucket, and the manifest names every bucket, so
// both stay a few KB up to 50,000 children.
constexpr std::size_t kBucketTarget = 32;
// Buckets per index file, on average: an index ends after a bucket whose name hashes to a
// multiple of it (or at four times as many), so a bucket added or replaced changes only the
// index around it, and the root names about one index per 1,000 households.
constexpr std::size_t kIndexTarget = 32;
constexpr const char* kIndexFormat = "prevplan-store-index";

// What the manifest names for one plan, in order.
struct StoredPlanFiles {
    std::string header;              // the plan without its areas and households
    std::vector<std::string> areas;  // one file per area the plan has
    struct Bucket {
        std::string file;
        std::size_t households = 0;
    };
    std::vector<Bucket> buckets;  // in household order
    // The index files that list the buckets, each with how many households its buckets hold
    // (empty in a version 1 manifest, which lists the buckets itself).
    std::vector<Bucket> indexes;
};

struct Manifest {
    std::uint64_t generation = 0;
    int version = kStoredLayoutVersion;
    std::vector<StoredPlanFiles> plans;

    std::vector<std::string> files() const;  // every file named, the manifest excluded
    std::size_t households() const;
    // Every plan's buckets are known: listed by a version 1 manifest, or its indexes were read.
    bool resolved() const;
};

// The root of version 2: plans with their header, areas and index files (not the buckets).
std::string manifestToText(const Manifest& manifest);
struct ManifestRead {
    std::optional<Manifest> manifest;
    std::optional<FormatError> error;  // not a manifest, a newer layout, a damaged one
};
ManifestRead readManifest(std::string_view text);

// The root of a workspace protected with a passphrase: in clear only what unlocking needs (the
// generation, the key's salt and iterations); the manifest is sealed like every other file, so
// not even file names and household counts are readable without the passphrase.
constexpr const char* kSealedRootFormat = "prevplan-store-sealed";
struct SealedRoot {
    std::uint64_t generation = 0;
    std::string salt;  // base64, of the key derived from the passphrase
    int iterations = 0;
    std::string manifest;  // the manifest's text, sealed by the vault
};
std::string sealedRootToText(const SealedRoot& root);
struct SealedRootRead {
    std::optional<SealedRoot> root;    // nullopt with no error: a plain root
    std::optional<FormatError> error;  // a sealed root, damaged or from a newer version
};
SealedRootRead readSealedRoot(std::string_view text);

// An index file: the buckets it lists, in order.
std::string indexToText(const std::vector<StoredPlanFiles::Bucket>& buckets);
struct IndexRead {
    std::vector<StoredPlanFiles::Bucket> buckets;
    std::optional<FormatError> error;
};
IndexRead readIndex(std::string_view text);
// Fills each plan's buckets from its index files, read with `source`; checks every index lists
// the households the root says. The texts read are handed to `seen` (the writer keeps them).
using FileSource = std::function<std::optional<std::string>(const std::string&)>;
std::optional<FormatError> resolveIndexes(Manifest& manifest, const FileSource& source,
                                          std::vector<std::vector<std::string>>* texts = nullptr);

// A plan without its households, from its header and area files, validated like an imported one.
struct PlanFilesRead {
    std::shared_ptr<Plan> plan;
    std::optional<FormatError> error;
};
PlanFilesRead readPlanFiles(const std::string& header, const std::vector<std::string>& areas);

// One save: the files to write first (only new contents), then the manifest.
struct StoredSave {
    std::uint64_t generation = 0;
    std::vector<std::pair<std::string, std::string>> files;  // name, contents
    std::string manifest;
    std::size_t bytes() const;
};

// Knows what the last save (or the load) stored, and prepares the next save: a plan's header or
// area is written again only when its text changed, a bucket only when its households changed.
// Households are immutable snapshots: a pointer seen before is unchanged, without encoding it.
class LayoutWriter {
public:
    struct Bucket {
        std::string file;
        std::vector<HouseholdPtr> households;
    };
    using BucketPtr = std::shared_ptr<const Bucket>;
    struct StoredText {
        std::string text, file;
    };
    struct PlanState {
        StoredText header;
        std::map<std::string, StoredText> areas;  // by area key
        // The frozen reports the report_snapshots area was written from: while they are the same,
        // its text is kept (the biggest area, and each report is parsed to be written).
        std::vector<ReportSnapshot> snapshots;
        std::vector<BucketPtr> buckets;
        std::vector<StoredText> indexes;  // in order
    };
    // A prepared save and the state it leaves once written.
    struct Draft {
        StoredSave save;
        std::map<Id, PlanState> plans;
        // Buckets still to encode (prepared with `encodeLater`), with their file's place in
        // save.files: a big save is encoded a few buckets at a time, across frames.
        std::vector<std::pair<std::size_t, BucketPtr>> unencoded;
        bool encoded() const { return unencoded.empty(); }
        void encodeOne();
    };

    // With `encodeLater`, the new buckets' texts are left to Draft::encodeOne (the names, the
    // indexes and the root are ready at once: they depend on names and counts only).
    Draft prepare(const Workspace& ws, std::uint64_t generation, bool encodeLater = false) const;
    void commit(Draft&& draft);
    // After a load: what the store holds, so the first save writes only what changed since.
    void seed(Id plan, PlanState state);
    void clear();
    // Every file the last save (or the load) named, and the households of one bucket file.
    std::vector<std::string> files() const;
    const std::vector<HouseholdPtr>* bucket(const std::string& file) const;

private:
    struct Place {
        const Bucket* bucket;
        std::size_t position;
    };
    std::map<Id, PlanState> plans_;
    std::unordered_map<const Household*, Place> where_;  // every stored household

    PlanState preparePlan(const Plan& plan, std::uint64_t generation, Draft& draft, StoredPlanFiles& named,
                          bool encodeLater) const;
    std::vector<BucketPtr> prepareBuckets(const Plan& plan, const PlanState* before, std::uint64_t generation,
                                          Draft& draft, bool encodeLater) const;
    static void prepareIndexes(const PlanState* before, std::uint64_t generation, StoredSave& save, PlanState& state,
                               StoredPlanFiles& named);
    void index(const std::vector<BucketPtr>& buckets);
};

// The header and area texts of a plan as a save writes them (the writer compares these); without
// the report_snapshots area when `withSnapshots` is false.
constexpr const char* kSnapshotsArea = "report_snapshots";
std::pair<std::string, std::map<std::string, std::string>> planFileTexts(const Plan& plan, bool withSnapshots = true);

}  // namespace prevplan
