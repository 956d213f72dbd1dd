#include "app/journal.h"

#include <cstdlib>

#include "core/workspace/workspace_json.h"
#include "platform/platform.h"

namespace prevplan {

void Journal::tick(const History& history, const AutoSave& save) {
    if (save.allSaved(history)) {
        if (pending_) platform::dropJournal();
        pending_ = false;
        preparedRevision_ = history.revision();
        return;
    }
    if (save.held()) return;
    if (pending_ && history.revision() == preparedRevision_ && save.durableGeneration() == preparedGeneration_) return;
    preparedRevision_ = history.revision();
    preparedGeneration_ = save.durableGeneration();
    platform::prepareJournal(std::to_string(preparedGeneration_) + "\n" + writer_.write(history.current()));
    pending_ = true;
}

Journal::Found Journal::restore(History& history, std::uint64_t storedGeneration) {
    const platform::FoundJournal found = platform::foundJournal();
    if (!found.present) return Found::None;
    // Applied: it stays stored until the changes it brings back are durable (tick drops it).
    // Anything else is worthless and goes now.
    const Found result = apply(history, storedGeneration, found);
    if (result == Found::Applied) pending_ = true;
    else platform::dropJournal();
    return result;
}

Journal::Found Journal::apply(History& history, std::uint64_t storedGeneration, const platform::FoundJournal& found) {
    if (!found.plain) return Found::Undecryptable;
    const std::string& text = *found.plain;
    const auto newline = text.find('\n');
    if (newline == std::string::npos) return Found::Unreadable;
    char* end = nullptr;
    const std::string base = text.substr(0, newline);
    const auto generation = std::strtoull(base.c_str(), &end, 10);
    if (base.empty() || *end != '\0') return Found::Unreadable;
    if (generation != storedGeneration) return Found::Stale;  // storage moved on since
    LoadResult loaded = loadWorkspace(std::string_view(text).substr(newline + 1));
    if (!loaded.workspace) return Found::Unreadable;
    history.commit(std::move(*loaded.workspace), "restore unsaved changes");
    return Found::Applied;
}

}  // namespace prevplan
