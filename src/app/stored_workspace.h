#pragma once
// Reading the stored workspace at start. A store that does not load (damaged, written by a newer
// version) is never replaced silently: a copy is kept aside under its own name, and the app stays
// read-only until the user exports it or chooses to start again.
//
// The split store (stored_layout.h) is opened in slices: the manifest and the plans' headers
// first, then the household buckets a few at a time, so the page keeps drawing while a big commune
// opens. The single file of earlier versions (and a protected workspace, kept sealed in one
// file) is read at once, as before.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model/model.h"
#include "core/sharing/encrypted_envelope.h"
#include "core/workspace/stored_layout.h"
#include "platform/platform.h"

namespace prevplan {

struct StoredLoad {
    std::optional<Workspace> workspace;  // nullopt: nothing stored, or the stored file is unreadable
    std::uint64_t generation = 0;
    bool unreadable = false;
    std::string errorRo, errorEn;          // the first problem, located (unreadable only)
    std::string keptAs;                    // the copy's name in the store, "" when it could not be written
    std::string bytes;                     // the stored bytes as found (unreadable only), for export
    std::optional<Envelope> sealed;        // protected with a passphrase: opened by the unlock screen
    std::optional<SealedRoot> sealedRoot;  // protected and split (each file sealed): the same
    bool protectedStore() const { return sealed || sealedRoot; }
    // What the split store holds, plan by plan: the autosave starts from it, so its first save
    // writes only what changed. Empty when read from the single file.
    std::vector<std::pair<Id, LayoutWriter::PlanState>> layout;
    bool single = false;  // read from the single file of earlier versions: stored split at once
};

// The name of the copy kept aside: "workspace.unreadable-2026-11-25T16-30-00.json".
std::string unreadableName(const std::string& timestamp);

class StoredOpening {
public:
    using Source = std::function<std::optional<std::string>(const std::string&)>;
    // The households a bucket file already read holds, or nullptr (its text is then read).
    using Known = std::function<const std::vector<HouseholdPtr>*(const std::string&)>;

    // Reads the store's manifest and plan headers (or the single file, whole).
    StoredOpening();
    // Already done: `load` is what there is (a protected store whose manifest does not read).
    explicit StoredOpening(StoredLoad load) : load_(std::move(load)) {}
    // The files named by `manifest`, read from `source` (a journal over the store, or a protected
    // store's files once opened: `ofStore`, kept aside when unreadable).
    StoredOpening(const Manifest& manifest, Source source, Known known, bool ofStore = false);

    bool done() const { return done_; }
    // Decodes buckets until platform::secondsNow() passes `deadline` (at least one); true when done.
    bool step(double deadline);
    double progress() const;
    const std::string& planName() const { return planName_; }  // the commune being opened
    StoredLoad take() { return std::move(load_); }

private:
    StoredLoad load_;
    Manifest manifest_;
    Source source_;
    Known known_;
    std::vector<std::shared_ptr<Plan>> plans_;
    std::size_t plan_ = 0, bucket_ = 0, decoded_ = 0;
    bool done_ = true;
    bool keepAside_ = true;  // the store itself, not a journal over it
    std::string planName_;

    void begin(const Manifest& manifest);
    void readBucket();
    void finish();
    void fail(const FormatError& error);
};

// Opens the stored workspace at once (tests, a reload after another tab handed over).
StoredLoad loadStoredWorkspace();
// A protected split store: its root when it is what was stored last, and the files to hand to
// the vault at the unlock (the sealed manifest first, then every stored file, those the manifest
// names among them).
std::optional<SealedRoot> storedSealedRoot();
platform::NamedTexts sealedStoreFiles(const SealedRoot& root);
// The plain texts the vault opened, by file name (a file that did not open is absent, read as
// missing); the manifest under kManifestFile.
using OpenedTexts = std::map<std::string, std::string>;
OpenedTexts openedTexts(const platform::NamedTexts& files, platform::OpenedFiles opened);
// The store from those texts, decoded a few buckets at a time as a plain store opens
// (StoredOpening::step), so a big protected commune does not freeze the page after the unlock.
// An unreadable one is kept aside as found, sealed.
StoredOpening openUnlockedStore(std::shared_ptr<const OpenedTexts> texts, std::uint64_t generation);
// The plain text of a protected single file of earlier versions, once unlocked; when it does not
// load, the stored (encrypted) file is kept aside as above.
StoredLoad loadUnlockedWorkspace(const std::string& plain);

}  // namespace prevplan
