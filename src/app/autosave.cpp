#include "app/autosave.h"

#include <nlohmann/json.hpp>
#include <set>

#include "core/sharing/encrypted_envelope.h"
#include "platform/platform.h"

namespace prevplan {

void AutoSave::markLoaded(const History& history) {
    seenRevision_ = writtenRevision_ = durableRevision_ = history.revision();
}

void AutoSave::adopt(std::vector<std::pair<Id, LayoutWriter::PlanState>> layout, bool fromSingleFile) {
    layout_.clear();
    for (auto& [id, state] : layout) layout_.seed(std::move(id), std::move(state));
    if (fromSingleFile) rewrite_ = true;  // stored split; the single file goes once that is durable
}

const std::vector<HouseholdPtr>* AutoSave::storedBucket(const std::string& file) const { return layout_.bucket(file); }

std::string AutoSave::undurableChanges(const History& history) const {
    nlohmann::json files(undurable_);
    std::string manifest = manifest_;
    if (rewrite_ || writtenRevision_ != history.revision()) {
        LayoutWriter::Draft draft = layout_.prepare(history.current(), generation_ + 1);
        for (auto& [name, text] : draft.save.files) files[name] = std::move(text);
        manifest = std::move(draft.save.manifest);
    }
    return nlohmann::json{{"format", kJournalFormat}, {"manifest", manifest}, {"files", files}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void AutoSave::release() {
    held_ = false;
    rewrite_ = true;
    changedAt_ = retryAt_ = 0;
}

void AutoSave::syncStore() {
    if (inFlight_) return;  // the sync in flight mirrors the whole store, this file included
    inFlight_ = true;
    inFlightRevision_ = durableRevision_;
    inFlightGeneration_ = durableGeneration_;
    platform::requestSync();
}

void AutoSave::store(const std::string& text, std::uint64_t revision) {
    if (!platform::writeFileAtomic(kWorkspaceFile, text) ||
        !platform::writeFileAtomic(kGenerationFile, std::to_string(generation_ + 1))) {
        lastError_ = "write";
        return;
    }
    ++generation_;
    writtenRevision_ = revision;
    sealedStore_ = true;
    layout_.clear();
    manifest_.clear();
    undurable_.clear();
    lastWritten_ = {2, text.size()};
}

// Every changed file first, the manifest last: until the manifest is replaced, the previous one
// and all the files it names are untouched (new files have names never used before).
void AutoSave::storeSplit(const History& history) {
    LayoutWriter::Draft draft = layout_.prepare(history.current(), generation_ + 1);
    for (const auto& [name, text] : draft.save.files)
        if (!platform::writeFileAtomic(name, text)) {
            lastError_ = "write";
            return;
        }
    if (!platform::writeFileAtomic(kManifestFile, draft.save.manifest)) {
        lastError_ = "write";
        return;
    }
    ++generation_;
    writtenRevision_ = history.revision();
    sealedStore_ = false;
    lastWritten_ = {draft.save.files.size() + 1, draft.save.bytes()};
    for (const auto& [name, text] : draft.save.files) undurable_[name] = text;
    manifest_ = draft.save.manifest;
    layout_.commit(std::move(draft));
}

// Once the last write is durable, the files it does not name go: the older generation's, a
// single file migrated from, a sealed file after its protection was removed, half-done saves.
void AutoSave::removeUnnamed() {
    if (manifest_.empty() && !sealedStore_) return;  // nothing written in this session
    std::set<std::string> keep;
    if (sealedStore_) {
        keep = {kWorkspaceFile, kGenerationFile};
    } else {
        const auto named = layout_.files();
        keep.insert(named.begin(), named.end());
        keep.insert(kManifestFile);
    }
    for (const auto& name : platform::listFiles()) {
        if (keep.count(name) || name.rfind(kKeptAsidePrefix, 0) == 0) continue;
        platform::removeFile(name);
        removed_ = true;
    }
}

// A protected workspace reaches the store only as ciphertext; the plain text stays in memory.
void AutoSave::write(const History& history) {
    const std::uint64_t revision = history.revision();
    rewrite_ = false;
    if (!platform::atRestProtected()) return storeSplit(history);
    sealing_ = true;
    platform::sealAtRest(writer_.write(history.current()), [this, revision, epoch = sealEpoch_](
                                                               std::optional<platform::SealedAtRest> sealed) {
        if (epoch != sealEpoch_) return;  // locked since: nothing of it is written
        sealing_ = false;
        if (!sealed) {
            lastError_ = "encrypt";
            return;
        }
        store(envelopeToJson({kAtRestContents, sealed->iterations, sealed->salt, sealed->iv, sealed->data}), revision);
    });
}

void AutoSave::startSync(double now) {
    if (inFlight_ || sealing_ || (generation_ == durableGeneration_ && !removed_) || now < retryAt_) return;
    inFlight_ = true;
    removed_ = false;
    inFlightRevision_ = writtenRevision_;
    inFlightGeneration_ = generation_;
    platform::requestSync();
}

void AutoSave::noteChange(const History& history, double now) {
    if (history.revision() == seenRevision_) return;
    seenRevision_ = history.revision();
    changedAt_ = now;
    retryAt_ = 0;  // a new change is worth a new try at once
}

void AutoSave::tick(const History& history, double now) {
    const auto info = platform::storageInfo();
    if (!info.persistent || !info.writer || held_) return;
    noteChange(history, now);
    const bool changed = rewrite_ || writtenRevision_ != history.revision();
    if (!sealing_ && changed && now - changedAt_ >= kDebounceSeconds) write(history);
    startSync(now);
}

void AutoSave::flush(const History& history, double now) {
    const auto info = platform::storageInfo();
    if (!info.persistent || !info.writer || held_) return;
    noteChange(history, now);
    if (!sealing_ && (rewrite_ || writtenRevision_ != history.revision())) write(history);
    retryAt_ = 0;
    startSync(now);
}

void AutoSave::syncFinished(bool ok, const std::string& error, double now) {
    inFlight_ = false;
    if (ok) {
        durableRevision_ = inFlightRevision_;
        durableGeneration_ = inFlightGeneration_;
        lastError_.clear();
        if (durableGeneration_ == generation_) {
            undurable_.clear();
            removeUnnamed();
        }
    } else {
        removed_ = true;  // whatever this sync carried is tried again
        lastError_ = error.empty() ? "unknown" : error;
        retryAt_ = now + kRetrySeconds;
    }
}

AutoSave::State AutoSave::state(const History& history) const {
    const auto info = platform::storageInfo();
    if (!info.persistent) return State::MemoryOnly;
    if (!info.writer || held_) return State::ReadOnly;
    if (allSaved(history)) return State::Saved;
    return lastError_.empty() ? State::Saving : State::Failed;
}

}  // namespace prevplan
