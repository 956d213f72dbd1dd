#include "app/stored_workspace.h"

#include <cstdlib>

#include "app/autosave.h"
#include "core/workspace/workspace_json.h"
#include "platform/platform.h"

namespace prevplan {

std::string unreadableName(const std::string& timestamp) {
    std::string stamp = timestamp;
    for (char& c : stamp)
        if (c == ':') c = '-';  // a file name everywhere the copy may be downloaded to
    return "workspace.unreadable-" + stamp + ".json";
}

static void describe(StoredLoad& load, const LoadResult& result) {
    if (result.errors.empty()) {
        load.errorRo = "fișierul nu a putut fi citit";
        load.errorEn = "the file could not be read";
        return;
    }
    load.errorRo = result.errors.front().message(Lang::Ro);
    load.errorEn = result.errors.front().message(Lang::En);
}

static void keepAside(StoredLoad& load, const std::string& stored) {
    load.unreadable = true;
    const std::string name = unreadableName(platform::timestampNow());
    if (platform::writeFileAtomic(name, stored)) load.keptAs = name;
    load.bytes = stored;
}

static std::uint64_t storedGeneration() {
    const auto generation = platform::readFile(AutoSave::kGenerationFile);
    return generation ? std::strtoull(generation->c_str(), nullptr, 10) : 0;
}

StoredLoad loadStoredWorkspace() {
    StoredLoad load;
    load.generation = storedGeneration();
    const auto text = platform::readFile(AutoSave::kWorkspaceFile);
    if (!text) return load;
    if (isEnvelope(*text)) {
        EnvelopeRead read = readEnvelope(*text);
        if (read.envelope && read.envelope->contents == AutoSave::kAtRestContents) {
            load.sealed = std::move(read.envelope);
            return load;
        }
        load.errorRo = read.envelope ? "nu este un spațiu de lucru protejat" : read.errorRo;
        load.errorEn = read.envelope ? "not a protected workspace" : read.errorEn;
        keepAside(load, *text);
        return load;
    }
    LoadResult result = loadWorkspace(*text);
    if (result.workspace) {
        load.workspace = std::move(result.workspace);
        return load;
    }
    describe(load, result);
    keepAside(load, *text);
    return load;
}

StoredLoad loadUnlockedWorkspace(const std::string& plain) {
    StoredLoad load;
    load.generation = storedGeneration();
    LoadResult result = loadWorkspace(plain);
    if (result.workspace) {
        load.workspace = std::move(result.workspace);
        return load;
    }
    describe(load, result);
    keepAside(load, platform::readFile(AutoSave::kWorkspaceFile).value_or(std::string()));
    return load;
}

}  // namespace prevplan
