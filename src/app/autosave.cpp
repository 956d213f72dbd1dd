#include "app/autosave.h"

#include "core/sharing/encrypted_envelope.h"
#include "platform/platform.h"

namespace prevplan {

void AutoSave::markLoaded(const History& history) {
    seenRevision_ = writtenRevision_ = durableRevision_ = history.revision();
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
}

// A protected workspace reaches the store only as ciphertext; the plain text stays in memory.
void AutoSave::write(const History& history) {
    const std::uint64_t revision = history.revision();
    rewrite_ = false;
    if (!platform::atRestProtected()) return store(writer_.write(history.current()), revision);
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
    if (inFlight_ || sealing_ || generation_ == durableGeneration_ || now < retryAt_) return;
    inFlight_ = true;
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
    } else {
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
