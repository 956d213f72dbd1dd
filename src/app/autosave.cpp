#include "app/autosave.h"

#include "platform/platform.h"

namespace prevplan {

void AutoSave::markLoaded(const History& history) {
    seenRevision_ = writtenRevision_ = durableRevision_ = history.revision();
}

void AutoSave::write(const History& history) {
    const std::string text = writer_.write(history.current());
    if (!platform::writeFileAtomic(kWorkspaceFile, text) ||
        !platform::writeFileAtomic(kGenerationFile, std::to_string(generation_ + 1))) {
        lastError_ = "write";
        return;
    }
    ++generation_;
    writtenRevision_ = history.revision();
}

void AutoSave::startSync(double now) {
    if (inFlight_ || writtenRevision_ == durableRevision_ || now < retryAt_) return;
    inFlight_ = true;
    inFlightRevision_ = writtenRevision_;
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
    if (!info.persistent || !info.writer) return;
    noteChange(history, now);
    if (writtenRevision_ != history.revision() && now - changedAt_ >= kDebounceSeconds) write(history);
    startSync(now);
}

void AutoSave::flush(const History& history, double now) {
    const auto info = platform::storageInfo();
    if (!info.persistent || !info.writer) return;
    noteChange(history, now);
    if (writtenRevision_ != history.revision()) write(history);
    retryAt_ = 0;
    startSync(now);
}

void AutoSave::syncFinished(bool ok, const std::string& error, double now) {
    inFlight_ = false;
    if (ok) {
        durableRevision_ = inFlightRevision_;
        lastError_.clear();
    } else {
        lastError_ = error.empty() ? "unknown" : error;
        retryAt_ = now + kRetrySeconds;
    }
}

AutoSave::State AutoSave::state(const History& history) const {
    const auto info = platform::storageInfo();
    if (!info.persistent) return State::MemoryOnly;
    if (!info.writer) return State::ReadOnly;
    if (durableRevision_ == history.revision() && !inFlight_) return State::Saved;
    return lastError_.empty() ? State::Saving : State::Failed;
}

}  // namespace prevplan
