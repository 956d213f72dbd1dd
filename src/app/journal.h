#pragma once
// The journal of changes not yet durable (platform::prepareJournal): prepared again after each
// change, dropped as soon as the save is durable, and applied at start only when it extends
// exactly what storage holds. A journal that cannot be decrypted or read is discarded whole.
#include <cstdint>
#include <string>

#include "app/autosave.h"
#include "core/model/history.h"
#include "platform/platform.h"

namespace prevplan {

class Journal {
public:
    enum class Found { None, Applied, Stale, Undecryptable, Unreadable };

    // Every frame, after the autosave.
    void tick(const History& history, AutoSave& save);
    // At start, after the stored workspace is loaded: {generation}\n{changes} is committed
    // (undoable, then saved) when its generation is the stored one; anything else is dropped.
    // The changes are the split store's files written since that generation, read over the store
    // (buckets `save` already holds are not read again; the others through `stored`, the store's
    // files as plain text), or a whole workspace (the sealed single file of earlier versions).
    Found restore(History& history, std::uint64_t storedGeneration, const AutoSave* save = nullptr,
                  const FileSource& stored = platform::readFile);
    // The prepared journal now belongs to the host (kept at a lock): it is not dropped from here.
    void detach() { pending_ = false; }

private:
    std::uint64_t preparedRevision_ = 0, preparedGeneration_ = 0;
    bool pending_ = false;  // a journal was prepared and not dropped since

    static Found apply(History& history, std::uint64_t storedGeneration, const platform::FoundJournal& found,
                       const AutoSave* save, const FileSource& stored);
};

}  // namespace prevplan
