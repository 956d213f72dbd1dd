#pragma once
// Reading the stored workspace at start. A stored file that does not load (damaged, written by
// a newer version) is never replaced silently: a copy is kept aside under its own name, and the
// app stays read-only until the user exports it or chooses to start again.
#include <cstdint>
#include <optional>
#include <string>

#include "core/model/model.h"
#include "core/sharing/encrypted_envelope.h"

namespace prevplan {

struct StoredLoad {
    std::optional<Workspace> workspace;  // nullopt: nothing stored, or the stored file is unreadable
    std::uint64_t generation = 0;
    bool unreadable = false;
    std::string errorRo, errorEn;    // the first problem, located (unreadable only)
    std::string keptAs;              // the copy's name in the store, "" when it could not be written
    std::string bytes;               // the stored bytes as found (unreadable only), for export
    std::optional<Envelope> sealed;  // protected with a passphrase: opened by the unlock screen
};

// The name of the copy kept aside: "workspace.unreadable-2026-11-25T16-30-00.json".
std::string unreadableName(const std::string& timestamp);

// Reads workspace.json and its generation; an unreadable file is copied aside (not synced here).
StoredLoad loadStoredWorkspace();
// The plain text of a protected workspace, once unlocked; when it does not load, the stored
// (encrypted) file is kept aside as above.
StoredLoad loadUnlockedWorkspace(const std::string& plain);

}  // namespace prevplan
