#include "app/journal.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "app/stored_workspace.h"
#include "core/workspace/workspace_json.h"
#include "platform/platform.h"

namespace prevplan {

void Journal::tick(const History& history, AutoSave& save) {
    if (save.allSaved(history)) {
        if (pending_) platform::dropJournal();
        pending_ = false;
        preparedRevision_ = history.revision();
        return;
    }
    if (save.held()) return;
    if (pending_ && history.revision() == preparedRevision_ && save.durableGeneration() == preparedGeneration_) return;
    // Only the files not yet durable (not yet known while a big save is encoded in slices or
    // sealed: the journal prepared before stays meanwhile); the vault seals it, with the
    // workspace key when the workspace is protected.
    const std::optional<std::string> changes = save.undurableChanges(history);
    if (!changes) return;
    preparedRevision_ = history.revision();
    preparedGeneration_ = save.durableGeneration();
    platform::prepareJournal(std::to_string(preparedGeneration_) + "\n" + *changes);
    pending_ = true;
}

Journal::Found Journal::restore(History& history, std::uint64_t storedGeneration, const AutoSave* save,
                                const FileSource& stored) {
    const platform::FoundJournal found = platform::foundJournal();
    if (!found.present) return Found::None;
    // Applied: it stays stored until the changes it brings back are durable (tick drops it).
    // Anything else is worthless and goes now.
    const Found result = apply(history, storedGeneration, found, save, stored);
    if (result == Found::Applied) pending_ = true;
    else platform::dropJournal();
    return result;
}

// The journal's files first, then the store's: what the journal's manifest names, read whole.
static std::optional<Workspace> readChanges(const nlohmann::json& changes, const AutoSave* save,
                                            const FileSource& stored) {
    const auto manifestText = changes.find("manifest");
    const auto files = changes.find("files");
    if (manifestText == changes.end() || !manifestText->is_string() || files == changes.end() || !files->is_object())
        return std::nullopt;
    const ManifestRead manifest = readManifest(manifestText->get<std::string>());
    if (!manifest.manifest) return std::nullopt;
    const auto source = [&](const std::string& name) -> std::optional<std::string> {
        const auto it = files->find(name);
        if (it == files->end()) return stored(name);
        if (!it->is_string()) return std::nullopt;
        return it->get<std::string>();
    };
    const auto known = [&](const std::string& name) -> const std::vector<HouseholdPtr>* {
        return save && !files->contains(name) ? save->storedBucket(name) : nullptr;
    };
    StoredOpening opening(*manifest.manifest, source, known);
    while (!opening.step(0)) {}
    StoredLoad load = opening.take();
    return load.unreadable ? std::nullopt : std::move(load.workspace);
}

Journal::Found Journal::apply(History& history, std::uint64_t storedGeneration, const platform::FoundJournal& found,
                              const AutoSave* save, const FileSource& stored) {
    if (!found.plain) return Found::Undecryptable;
    const std::string& text = *found.plain;
    const auto newline = text.find('\n');
    if (newline == std::string::npos) return Found::Unreadable;
    char* end = nullptr;
    const std::string base = text.substr(0, newline);
    const auto generation = std::strtoull(base.c_str(), &end, 10);
    if (base.empty() || *end != '\0') return Found::Unreadable;
    if (generation != storedGeneration) return Found::Stale;  // storage moved on since
    const std::string_view rest = std::string_view(text).substr(newline + 1);
    const nlohmann::json changes = nlohmann::json::parse(rest.begin(), rest.end(), nullptr, false);
    std::optional<Workspace> restored;
    if (changes.is_object() && changes.value("format", nlohmann::json()) == AutoSave::kJournalFormat) {
        restored = readChanges(changes, save, stored);
    } else {
        LoadResult loaded = loadWorkspace(rest);
        restored = std::move(loaded.workspace);
    }
    if (!restored) return Found::Unreadable;
    history.commit(std::move(*restored), "restore unsaved changes");
    return Found::Applied;
}

}  // namespace prevplan
