#pragma once
// The autosave, the journal and the stored workspace over the native stand-in host, in a store
// folder of their own, opened the way App::opened does.
#include <unistd.h>

#include <filesystem>
#include <string>

#include "app/autosave.h"
#include "app/journal.h"
#include "app/stored_workspace.h"
#include "core/model/history.h"
#include "platform/native/native_host.h"

namespace prevplan::testing {

// A store folder of this test process's own: test runs side by side never share one.
inline std::string privateStoreDir(const std::string& folder) {
    return (std::filesystem::temp_directory_path() / (folder + "-" + std::to_string(::getpid()))).string();
}

struct StoreFixture {
    native::Host& host = native::host();
    History history;
    AutoSave save;
    Journal journal;

    explicit StoreFixture(const std::string& folder) {
        host = native::Host{};
        host.storeDir = privateStoreDir(folder);
        host.timestamp = "2026-11-25T16:30:00";
        std::filesystem::remove_all(host.storeDir);
    }
    ~StoreFixture() { std::filesystem::remove_all(host.storeDir); }

    // Loads what is stored into the current session.
    StoredLoad start() {
        StoredLoad load = loadStoredWorkspace();
        save.setGeneration(load.generation);
        if (load.workspace) history.reset(std::move(*load.workspace));
        save.markLoaded(history);
        save.adopt(std::move(load.layout), load.single && !history.current().plans.empty());
        if (load.unreadable) save.hold();
        return load;
    }
};

}  // namespace prevplan::testing
