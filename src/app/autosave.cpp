#include "app/autosave.h"

#include <nlohmann/json.hpp>
#include <set>

#include "platform/platform.h"

namespace prevplan {

void AutoSave::markLoaded(const History& history) {
    seenRevision_ = writtenRevision_ = durableRevision_ = history.revision();
}

void AutoSave::adopt(std::vector<std::pair<Id, LayoutWriter::PlanState>> layout, bool fromSingleFile) {
    layout_.clear();
    draft_.reset();
    writing_ = false;
    bool olderLayout = false;  // version 1 had no index files: stored in the current layout at once
    for (auto& [id, state] : layout) {
        olderLayout = olderLayout || (state.indexes.empty() && !state.buckets.empty());
        layout_.seed(std::move(id), std::move(state));
    }
    if (fromSingleFile || olderLayout) rewrite_ = true;  // the older files go once that is durable
}

const std::vector<HouseholdPtr>* AutoSave::storedBucket(const std::string& file) const { return layout_.bucket(file); }

// The draft of the current workspace for the next generation, prepared once for the journal and
// the save; one being written in slices is kept as it is.
LayoutWriter::Draft& AutoSave::draftFor(const History& history) {
    if (!writing_ && (!draft_ || draftRevision_ != history.revision() || draft_->save.generation != generation_ + 1)) {
        draft_ = layout_.prepare(history.current(), generation_ + 1, true);
        draftRevision_ = history.revision();
    }
    return *draft_;
}

std::optional<std::string> AutoSave::undurableChanges(const History& history) {
    const LayoutWriter::Draft* draft = nullptr;
    if (rewrite_ || writtenRevision_ != history.revision()) {
        if (writing_) return std::nullopt;  // the save's slices bring it to the store, then here
        LayoutWriter::Draft& next = draftFor(history);
        if (next.unencoded.size() > kJournalBuckets) return std::nullopt;
        while (!next.encoded()) next.encodeOne();
        draft = &next;
    }
    std::size_t bytes = draft ? draft->save.bytes() : manifest_.size();
    for (const auto& [name, text] : undurable_) bytes += text.size();
    if (bytes > kJournalMaxBytes) return std::nullopt;
    nlohmann::json files(undurable_);
    if (draft)
        for (const auto& [name, text] : draft->save.files) files[name] = text;
    const std::string& manifest = draft ? draft->save.manifest : manifest_;
    return nlohmann::json{{"format", kJournalFormat}, {"manifest", manifest}, {"files", files}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void AutoSave::release() {
    draft_.reset();   // whatever it held is replaced by the rewrite
    layout_.clear();  // every file written again: sealed, plain, or over an unreadable store
    writing_ = false;
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

// Every changed file first, the manifest last: until the manifest is replaced, the previous one
// and all the files it names are untouched (new files have names never used before). The new
// buckets are encoded first, for `budget` seconds a frame (0: at once); nothing is written before
// they all are. A protected workspace's files are then sealed, all in one call to the vault.
void AutoSave::storeSplit(const History& history, double budget) {
    if (sealing_) return;  // the vault's answer writes it
    LayoutWriter::Draft& draft = draftFor(history);
    writing_ = true;
    const double deadline = platform::secondsNow() + budget;
    while (!draft.encoded() && (budget <= 0 || platform::secondsNow() < deadline)) draft.encodeOne();
    if (!draft.encoded()) {
        platform::requestFrames();  // the next slice at the next frame, idle or not
        return;
    }
    if (platform::atRestProtected()) return sealDraft();
    writing_ = false;
    writeDraft(nullptr, draft.save.manifest);
}

// The plain texts stay in memory (the journal holds them, sealed whole by the vault); the store
// gets the ciphertexts, and a root with the sealed manifest.
void AutoSave::sealDraft() {
    sealing_ = true;
    platform::NamedTexts files = draft_->save.files;
    files.emplace_back(kManifestFile, draft_->save.manifest);
    platform::sealFilesAtRest(files, [this, epoch = sealEpoch_](std::optional<platform::SealedFiles> sealed) {
        if (epoch != sealEpoch_) return;  // locked since: nothing of it is written
        sealing_ = writing_ = false;
        if (!sealed || !draft_ || sealed->files.size() != draft_->save.files.size() + 1) {
            lastError_ = "encrypt";
            draft_.reset();
            return;
        }
        const std::string root = sealedRootToText(
            {draft_->save.generation, std::move(sealed->salt), sealed->iterations, std::move(sealed->files.back())});
        sealed->files.pop_back();
        writeDraft(&sealed->files, root);
    });
}

// Writes the prepared draft, `sealed` texts in place of its files' when given, then the root.
void AutoSave::writeDraft(const std::vector<std::string>* sealed, const std::string& root) {
    LayoutWriter::Draft& draft = *draft_;
    std::size_t bytes = root.size();
    for (std::size_t i = 0; i < draft.save.files.size(); ++i) {
        const std::string& text = sealed ? (*sealed)[i] : draft.save.files[i].second;
        if (!platform::writeFileAtomic(draft.save.files[i].first, text)) {
            lastError_ = "write";
            draft_.reset();
            return;
        }
        bytes += text.size();
    }
    if (!platform::writeFileAtomic(kManifestFile, root)) {
        lastError_ = "write";
        draft_.reset();
        return;
    }
    ++generation_;
    writtenRevision_ = draftRevision_;
    lastWritten_ = {draft.save.files.size() + 1, bytes};
    for (const auto& [name, text] : draft.save.files) undurable_[name] = text;
    manifest_ = draft.save.manifest;
    layout_.commit(std::move(draft));
    draft_.reset();
}

// Once the last write is durable, the files it does not name go: the older generation's, a
// single file migrated from (sealed or not), files of the store before a protection was turned
// on or off, half-done saves.
void AutoSave::removeUnnamed() {
    if (manifest_.empty()) return;  // nothing written in this session
    const auto named = layout_.files();
    std::set<std::string> keep(named.begin(), named.end());
    keep.insert(kManifestFile);
    for (const auto& name : platform::listFiles()) {
        if (keep.count(name) || name.rfind(kKeptAsidePrefix, 0) == 0) continue;
        platform::removeFile(name);
        removed_ = true;
    }
}

void AutoSave::write(const History& history, double budget) {
    rewrite_ = false;
    storeSplit(history, budget);
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
    if (writing_) storeSplit(history, kSliceSeconds);
    else if (!sealing_ && changed && now - changedAt_ >= kDebounceSeconds) write(history, kSliceSeconds);
    startSync(now);
}

void AutoSave::flush(const History& history, double now) {
    const auto info = platform::storageInfo();
    if (!info.persistent || !info.writer || held_) return;
    noteChange(history, now);
    if (writing_) storeSplit(history, 0);  // an older revision's slices: finished, then the newest
    if (!sealing_ && (rewrite_ || writtenRevision_ != history.revision())) write(history, 0);
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
