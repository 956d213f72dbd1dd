#pragma once
// The workspace as the browser keeps it (docs/storage.md): small files instead of one document,
// so that a save writes only what changed. Per plan a small header, one file per area (resources,
// planning, frozen reports, the CSV mapping) and the households in buckets of consecutive
// households (household_codec.h). A manifest, written last, names the files of one generation.
// A file name is never reused for other contents, so a save interrupted half-way leaves the
// previous manifest and every file it names intact. No I/O here: names and contents only.
#include <cstddef>
#include <cstdint>
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

constexpr int kStoredLayoutVersion = 1;
constexpr const char* kStoredLayoutFormat = "prevplan-store";
constexpr const char* kManifestFile = "manifest";
// Households per bucket: an edit rewrites one bucket, and the manifest names every bucket, so
// both stay a few KB up to 50,000 children.
constexpr std::size_t kBucketTarget = 32;

// What the manifest names for one plan, in order.
struct StoredPlanFiles {
    std::string header;              // the plan without its areas and households
    std::vector<std::string> areas;  // one file per area the plan has
    struct Bucket {
        std::string file;
        std::size_t households = 0;
    };
    std::vector<Bucket> buckets;  // in household order
};

struct Manifest {
    std::uint64_t generation = 0;
    std::vector<StoredPlanFiles> plans;

    std::vector<std::string> files() const;  // every file named, the manifest excluded
    std::size_t households() const;
};

std::string manifestToText(const Manifest& manifest);
struct ManifestRead {
    std::optional<Manifest> manifest;
    std::optional<FormatError> error;  // not a manifest, a newer layout, a damaged one
};
ManifestRead readManifest(std::string_view text);

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
        std::vector<BucketPtr> buckets;
    };
    // A prepared save and the state it leaves once written.
    struct Draft {
        StoredSave save;
        std::map<Id, PlanState> plans;
    };

    Draft prepare(const Workspace& ws, std::uint64_t generation) const;
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

    PlanState preparePlan(const Plan& plan, std::uint64_t generation, StoredSave& save, StoredPlanFiles& named) const;
    std::vector<BucketPtr> prepareBuckets(const Plan& plan, const PlanState* before, std::uint64_t generation,
                                          StoredSave& save) const;
    void index(const std::vector<BucketPtr>& buckets);
};

// The header and area texts of a plan as a save writes them (the writer compares these).
std::pair<std::string, std::map<std::string, std::string>> planFileTexts(const Plan& plan);

}  // namespace prevplan
