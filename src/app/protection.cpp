#include "app/protection.h"

#include <memory>

#include "core/sharing/encrypted_envelope.h"
#include "platform/platform.h"
#include "ui/kit/wipe.h"

namespace prevplan {

bool Protection::enabled() const { return locked() || platform::atRestProtected(); }

void Protection::tick(double now) {
    now_ = now;
    if (opening_) continueOpening();
    if (state_ == State::Open && platform::atRestProtected() && idle_.due(now)) lockNow(now);
    if (state_ != State::Locking) return;
    save_.flush(history_, now);
    const AutoSave::State saving = save_.state(history_);
    if (saving == AutoSave::State::Saving) return;  // wait until the save is durable
    finishLock();
}

void Protection::lockNow(double now) {
    if (state_ != State::Open || !platform::atRestProtected()) return;
    state_ = State::Locking;
    tick(now);
}

// What is not durable (a failed save) stays in the journal, sealed with the key being dropped.
void Protection::finishLock() {
    const bool keepJournal = !save_.allSaved(history_);
    durableAtLock_ = save_.durableGeneration();
    save_.cancelSeal();
    platform::lockAtRest(keepJournal);
    journal_.detach();
    history_.reset(Workspace{});
    save_.markLoaded(history_);
    save_.hold();
    state_ = State::Locked;
    wrong_ = false;
    platform::requestFrames();  // the unlock screen replaces the data on screen at once, idle or not
}

void Protection::unlock(std::string& passphrase, double now) {
    now_ = now;
    if (state_ == State::Locked)
        if (const auto root = storedSealedRoot()) return unlockSplit(*root, passphrase);
    const auto text = platform::readFile(AutoSave::kWorkspaceFile);
    const EnvelopeRead read = text ? readEnvelope(*text) : EnvelopeRead{};
    if (!read.envelope || state_ != State::Locked) {
        ui::wipe(passphrase);
        wrong_ = true;
        return;
    }
    state_ = State::Unlocking;
    wrong_ = false;
    const Envelope& e = *read.envelope;
    platform::unlockAtRest({e.salt, e.iv, e.data, e.iterations}, passphrase,
                           [this, attempt = ++attempt_](std::optional<std::string> plain) {
                               if (attempt != attempt_ || state_ != State::Unlocking) return;
                               if (!plain) {
                                   state_ = State::Locked;
                                   wrong_ = true;
                                   return;
                               }
                               opened(loadUnlockedWorkspace(*plain), platform::readFile);
                               ui::wipe(*plain);
                           });
    ui::wipe(passphrase);
}

// Every stored file goes to the vault in one call; the buckets are then decoded a few per frame
// (tick), and the journal read over the plain texts once the store is whole.
void Protection::unlockSplit(const SealedRoot& root, std::string& passphrase) {
    state_ = State::Unlocking;
    wrong_ = false;
    auto files = std::make_shared<platform::NamedTexts>(sealedStoreFiles(root));
    platform::unlockFilesAtRest(
        root.salt, root.iterations, passphrase, *files,
        [this, attempt = ++attempt_, files, generation = root.generation](std::optional<platform::OpenedFiles> plain) {
            if (attempt != attempt_ || state_ != State::Unlocking) return;
            if (!plain) {
                state_ = State::Locked;
                wrong_ = true;
                return;
            }
            opened_ = std::make_shared<OpenedTexts>(openedTexts(*files, std::move(*plain)));
            files->clear();
            opening_.emplace(openUnlockedStore(opened_, generation));
            continueOpening();
        });
    ui::wipe(passphrase);
}

void Protection::continueOpening() {
    if (!opening_->step(platform::secondsNow() + kOpeningSliceSeconds)) {
        platform::requestFrames();  // the next slice at the next frame
        return;
    }
    StoredLoad load = opening_->take();
    opening_.reset();
    const auto texts = std::move(opened_);
    opened(std::move(load), [&texts](const std::string& name) {
        const auto it = texts->find(name);
        return it == texts->end() ? std::nullopt : std::optional<std::string>(it->second);
    });
    for (auto& [name, text] : *texts) ui::wipe(text);
    platform::requestFrames();  // the workspace replaces the progress bar at once
}

void Protection::opened(StoredLoad load, const FileSource& stored) {
    save_.setGeneration(load.generation);
    if (load.workspace) history_.reset(std::move(*load.workspace));
    save_.markLoaded(history_);
    save_.adopt(std::move(load.layout), load.single && !history_.current().plans.empty());
    state_ = State::Open;
    idle_.activity(now_);
    if (load.unreadable) {
        load.workspace.reset();
        unlocked_ = std::move(load);  // stays held: the caller says what happened
        return;
    }
    save_.resume();
    journalFound_ = journal_.restore(history_, durableAtLock_.value_or(save_.durableGeneration()), &save_, stored);
    load.workspace.reset();
    unlocked_ = std::move(load);
}

std::optional<StoredLoad> Protection::takeUnlocked() {
    std::optional<StoredLoad> out = std::move(unlocked_);
    unlocked_.reset();
    return out;
}

void Protection::protect(std::string& passphrase) {
    protecting_ = true;
    platform::protectAtRest(passphrase, kPbkdf2Iterations, [this](bool ok) {
        protecting_ = false;
        if (ok) save_.release();  // rewritten encrypted at the next tick
    });
    ui::wipe(passphrase);
}

void Protection::remove() {
    platform::unprotectAtRest();
    save_.release();  // rewritten plain at the next tick
}

}  // namespace prevplan
