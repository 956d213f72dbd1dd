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
    dropDraft();
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
    dropDraft();      // whatever it held is replaced by the rewrite
    layout_.clear();  // every file written again: sealed, plain, or over an unreadable store
    held_ = false;
    rewrite_ = true;
    changedAt_ = retryAt_ = 0;
}

void AutoSave::syncStore() {
    // With a sync in flight the copy waits for the next one (its name stays noted): until then
    // nothing is removed, and IndexedDB still holds the store it copies.
    if (inFlight_) return;
    inFlight_ = true;
    inFlightRevision_ = durableRevision_;
    inFlightGeneration_ = durableGeneration_;
    platform::requestSync(true);  // a recovery: every stored file compared
}

// Every changed file first, the manifest last: until the manifest is replaced, the previous one
// and all the files it names are untouched (new files have names never used before). The new
// buckets are encoded, then the files written, for `budget` seconds a frame (0: at once); the root
// is written only once every other file is. A protected workspace's files are sealed in between,
// all in one call to the vault.
void AutoSave::storeSplit(const History& history, double budget) {
    if (sealing_) return;  // the vault's answer goes on with it
    LayoutWriter::Draft& draft = draftFor(history);
    writing_ = true;
    const double deadline = platform::secondsNow() + budget;
    const auto timeLeft = [&] { return budget <= 0 || platform::secondsNow() < deadline; };
    while (!draft.encoded() && timeLeft()) draft.encodeOne();
    if (draft.encoded() && platform::atRestProtected() && !sealed_) return sealDraft();
    if (draft.encoded()) writeDraft(timeLeft);
    if (writing_) platform::requestFrames();  // the next slice at the next frame, idle or not
}

// The plain texts stay in memory (the journal holds them, sealed whole by the vault); the store
// gets the ciphertexts, and a root with the sealed manifest.
void AutoSave::sealDraft() {
    sealing_ = true;
    platform::NamedTexts files = draft_->save.files;
    files.emplace_back(kManifestFile, draft_->save.manifest);
    platform::sealFilesAtRest(files, [this, epoch = sealEpoch_](std::optional<platform::SealedFiles> sealed) {
        if (epoch != sealEpoch_) return;  // locked since: nothing of it is written
        sealing_ = false;
        if (!sealed || !draft_ || sealed->files.size() != draft_->save.files.size() + 1) return failWrite("encrypt");
        std::string root = sealedRootToText(
            {draft_->save.generation, std::move(sealed->salt), sealed->iterations, std::move(sealed->files.back())});
        sealed->files.pop_back();
        sealed_ = Sealed{std::move(sealed->files), std::move(root)};
        const double deadline = platform::secondsNow() + kSliceSeconds;
        writeDraft([deadline] { return platform::secondsNow() < deadline; });
        if (writing_) platform::requestFrames();  // the rest in slices from the next frame
    });
}

void AutoSave::dropDraft() {
    draft_.reset();
    sealed_.reset();
    writing_ = false;
    written_ = writtenBytes_ = 0;
}

void AutoSave::failWrite(const char* what) {
    lastError_ = what;
    dropDraft();
}

// Writes the prepared draft's files while `more()` (sealed texts in place of its files' when the
// vault sealed them), then, once they all are, the root.
void AutoSave::writeDraft(const std::function<bool()>& more) {
    LayoutWriter::Draft& draft = *draft_;
    auto& files = draft.save.files;
    for (; written_ < files.size(); ++written_) {
        if (!more()) return;
        const std::string& text = sealed_ ? sealed_->files[written_] : files[written_].second;
        if (!platform::writeFileAtomic(files[written_].first, text)) return failWrite("write");
        writtenBytes_ += text.size();
    }
    const std::string& root = sealed_ ? sealed_->root : draft.save.manifest;
    if (!platform::writeFileAtomic(kManifestFile, root)) return failWrite("write");
    ++generation_;
    writtenRevision_ = draftRevision_;
    lastWritten_ = {files.size() + 1, writtenBytes_ + root.size()};
    for (auto& [name, text] : files) undurable_[name] = std::move(text);
    manifest_ = std::move(draft.save.manifest);
    layout_.commit(std::move(draft));
    dropDraft();
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
    wholeSync_ = wholeSync_ || rewrite_;  // a migration or a rewrite: its sync compares every file
    rewrite_ = false;
    storeSplit(history, budget);
}

void AutoSave::startSync(double now) {
    if (inFlight_ || sealing_ || (generation_ == durableGeneration_ && !removed_) || now < retryAt_) return;
    inFlight_ = true;
    removed_ = false;
    inFlightRevision_ = writtenRevision_;
    inFlightGeneration_ = generation_;
    platform::requestSync(wholeSync_);
    wholeSync_ = false;
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
