#pragma once
// Saves the workspace about a second after the last change, then mirrors the store to durable
// storage, one sync at a time. The store is split (stored_layout.h): a save writes, each file
// atomically, only the files whose contents changed, then the manifest that names them; files no
// longer named are removed once the new manifest is durable. A workspace protected with a
// passphrase is split the same way, each file sealed by the vault (asynchronously, one call per
// save) and the root holding the sealed manifest.
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/history.h"
#include "core/workspace/stored_layout.h"

namespace prevplan {

class AutoSave {
public:
    enum class State { Saved, Saving, Failed, MemoryOnly, ReadOnly };

    static constexpr double kDebounceSeconds = 0.6;
    static constexpr double kRetrySeconds = 5.0;
    // A big save (the first after an import) is encoded a slice at a time, one slice per frame.
    static constexpr double kSliceSeconds = 0.025;
    // The journal encodes at most this many buckets in a frame; a bigger change waits for the
    // save's slices (the journal then holds what they wrote).
    static constexpr std::size_t kJournalBuckets = 8;
    // localStorage keeps about 5 million characters; a journal sealed from more than this would
    // not fit (a big import: its file is still on the user's disk), so none is prepared.
    static constexpr std::size_t kJournalMaxBytes = 2'000'000;
    // The single file of earlier versions (plain, or sealed when protected): read, then stored split.
    static constexpr const char* kWorkspaceFile = "workspace.json";
    static constexpr const char* kGenerationFile = "generation";
    // What a protected workspace's envelope says it holds (encrypted_envelope.h).
    static constexpr const char* kAtRestContents = "workspace-at-rest";
    // The journal of a split store names files, not a whole workspace.
    static constexpr const char* kJournalFormat = "prevplan-store-journal";
    // Copies of an unreadable store kept aside (stored_workspace.h); never removed by a save.
    static constexpr const char* kKeptAsidePrefix = "workspace.unreadable-";

    // Called every frame; does nothing until there is something to do.
    void tick(const History& history, double now);
    // Writes now, without waiting for the debounce (the tab is being hidden).
    void flush(const History& history, double now);
    // The host's answer to platform::requestSync().
    void syncFinished(bool ok, const std::string& error, double now);

    State state(const History& history) const;
    const std::string& lastError() const { return lastError_; }
    // Nothing unsaved and nothing in flight (the test API's saved()).
    bool allSaved(const History& history) const {
        return durableRevision_ == history.revision() && generation_ == durableGeneration_ && !inFlight_ && !removed_ &&
               !sealing_ && !rewrite_ && !writing_;
    }
    // The durable generation: grows by one with every write; a journal written at
    // pagehide names the generation it extends (see App::restoreJournal).
    std::uint64_t generation() const { return generation_; }
    // The generation durable storage holds (the journal extends this one).
    std::uint64_t durableGeneration() const { return durableGeneration_; }
    void setGeneration(std::uint64_t g) { generation_ = durableGeneration_ = g; }
    // After loading: the current revision is what storage holds.
    void markLoaded(const History& history);
    // After loading: what the split store holds, so the first save writes only what changed; a
    // workspace read from the single file of earlier versions is stored split at the next tick.
    void adopt(std::vector<std::pair<Id, LayoutWriter::PlanState>> layout, bool fromSingleFile);
    // The households of a stored bucket file, or nullptr (a journal restored over the store).
    const std::vector<HouseholdPtr>* storedBucket(const std::string& file) const;
    // The changes not yet durable, for the journal: every file written or to be written since the
    // durable generation, and the manifest that names them ({"manifest": …, "files": {…}}); nullopt
    // while they are too many to encode in one frame (a save is being encoded in slices) or too
    // big for a journal.
    std::optional<std::string> undurableChanges(const History& history);
    // The last save: files and bytes written (manifest included).
    struct Written {
        std::size_t files = 0, bytes = 0;
    };
    Written lastWritten() const { return lastWritten_; }
    // Held: nothing is written (the stored file could not be read and is kept as it is).
    void hold() { held_ = true; }
    bool held() const { return held_; }
    // The user chose to start again: writing resumes, and the current workspace is written
    // at the next tick even if it did not change.
    void release();
    // Held again after a lock, writing resumes after the unlock without a rewrite.
    void resume() { held_ = false; }
    // A seal still being encrypted is forgotten (the workspace was locked or erased).
    void cancelSeal() {
        ++sealEpoch_, sealing_ = false;
        dropDraft();
    }
    // Mirrors files written outside the autosave (a copy kept aside) to durable storage.
    void syncStore();

private:
    std::uint64_t seenRevision_ = 0, writtenRevision_ = 0, durableRevision_ = 0, inFlightRevision_ = 0;
    std::uint64_t generation_ = 0, durableGeneration_ = 0, inFlightGeneration_ = 0;
    double changedAt_ = 0, retryAt_ = 0;
    bool inFlight_ = false, held_ = false, sealing_ = false, rewrite_ = false;
    bool wholeSync_ = false;  // the next sync compares every stored file (after a rewrite)
    // The next save, prepared for draftRevision_ (by the journal or the save); writing_ once the
    // save is encoding or writing it in slices: it is then finished even if the workspace changed
    // since. written_ of its files are in the store (writtenBytes_ bytes), the root not yet.
    std::optional<LayoutWriter::Draft> draft_;
    std::uint64_t draftRevision_ = 0;
    bool writing_ = false;
    std::size_t written_ = 0, writtenBytes_ = 0;
    // A protected draft's files as the vault sealed them, and the root naming the sealed manifest.
    struct Sealed {
        std::vector<std::string> files;
        std::string root;
    };
    std::optional<Sealed> sealed_;
    bool removed_ = false;  // files were removed since the last sync
    std::uint64_t sealEpoch_ = 0;
    std::string lastError_;
    LayoutWriter layout_;
    std::string manifest_;                          // the last manifest written
    std::map<std::string, std::string> undurable_;  // files written since the durable generation
    Written lastWritten_;

    void noteChange(const History& history, double now);
    void write(const History& history, double budget);
    LayoutWriter::Draft& draftFor(const History& history);
    void storeSplit(const History& history, double budget);
    void sealDraft();
    void writeDraft(const std::function<bool()>& more);
    void failWrite(const char* what);
    void dropDraft();
    void removeUnnamed();
    void startSync(double now);
};

}  // namespace prevplan
