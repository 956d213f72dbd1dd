#pragma once
// The workspace's protection at rest with a passphrase (platform.h, "Protection of the whole
// workspace at rest"): turning it on, changing or removing the passphrase, the lock after an idle
// time, and the unlock at start. Locking saves first, waits until the save is durable, then drops
// the key, the workspace and its undo history; nothing is written while locked.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "app/autosave.h"
#include "app/idle_lock.h"
#include "app/journal.h"
#include "app/stored_workspace.h"
#include "core/model/history.h"

namespace prevplan {

class Protection {
public:
    enum class State { Open, Locking, Locked, Unlocking };

    Protection(History& history, AutoSave& save, Journal& journal)
        : history_(history), save_(save), journal_(journal) {}

    // At start, when the store holds a protected workspace.
    void startLocked() { state_ = State::Locked, save_.hold(); }
    State state() const { return state_; }
    bool locked() const { return state_ == State::Locked || state_ == State::Unlocking; }
    bool wrongPassphrase() const { return wrong_; }
    bool enabled() const;
    IdleLock& idle() { return idle_; }

    // Every frame or idle turn: the idle lock, and a lock waiting for its save.
    void tick(double now);
    void activity(double now) { idle_.activity(now); }
    void lockNow(double now);

    // Unlocks with the passphrase (then wiped); asynchronous.
    void unlock(std::string& passphrase, double now);
    // The outcome of the last unlock, once: what was loaded (an unreadable file stays held).
    std::optional<StoredLoad> takeUnlocked();
    Journal::Found journalFound() const { return journalFound_; }
    // While the unlocked store is decoded, a slice a frame: its progress and commune (else nullptr).
    const StoredOpening* opening() const { return opening_ ? &*opening_ : nullptr; }
    static constexpr double kOpeningSliceSeconds = 0.025;

    // Protects with a new passphrase (then wiped), or removes the protection; the store is
    // rewritten at once, encrypted or plain.
    void protect(std::string& passphrase);
    bool protecting() const { return protecting_; }
    void remove();

private:
    History& history_;
    AutoSave& save_;
    Journal& journal_;
    IdleLock idle_;
    State state_ = State::Open;
    bool wrong_ = false, protecting_ = false;
    std::uint64_t attempt_ = 0;
    std::optional<StoredLoad> unlocked_;
    Journal::Found journalFound_ = Journal::Found::None;
    double now_ = 0;
    // Locked in this session: what durable storage held then (the store in memory may hold a
    // later write whose sync did not land; the journal extends the durable one).
    std::optional<std::uint64_t> durableAtLock_;
    // The unlocked store being decoded, and the plain texts it is decoded from (wiped after).
    std::optional<StoredOpening> opening_;
    std::shared_ptr<OpenedTexts> opened_;

    void finishLock();
    void unlockSplit(const SealedRoot& root, std::string& passphrase);
    void continueOpening();
    // What the unlock read; `stored` gives the plain text of a stored file (the journal's base).
    void opened(StoredLoad load, const FileSource& stored);
};

}  // namespace prevplan
