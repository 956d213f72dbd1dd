#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/native/native_host.h"

namespace prevplan::native {

Host& host() {
    static Host h;
    return h;
}

}  // namespace prevplan::native

namespace prevplan::platform {

using native::host;
namespace fs = std::filesystem;

static fs::path storePath(const std::string& name) { return fs::path(host().storeDir) / name; }

StorageInfo storageInfo() { return host().storage; }

std::optional<std::string> readFile(const std::string& name) {
    std::ifstream in(storePath(name), std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

bool writeFileAtomic(const std::string& name, const std::string& data) {
    if (name == host().failWrite || host().writesLeft == 0) return false;
    if (host().writesLeft > 0) --host().writesLeft;
    ++host().filesWritten;
    host().bytesWritten += data.size();
    std::error_code ec;
    fs::create_directories(host().storeDir, ec);
    const fs::path tmp = storePath(name + ".tmp");
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out.write(data.data(), static_cast<std::streamsize>(data.size()))) return false;
    }
    fs::rename(tmp, storePath(name), ec);
    return !ec;
}

std::vector<std::string> listFiles() {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(host().storeDir, ec))
        names.push_back(entry.path().filename().string());
    return names;
}

void removeFile(const std::string& name) {
    std::error_code ec;
    fs::remove(storePath(name), ec);
}

void requestSync(bool whole) {
    ++host().syncRequests;
    if (whole) ++host().wholeSyncRequests;
}

std::string preference(const std::string& key) {
    const auto it = host().preferences.find(key);
    return it == host().preferences.end() ? std::string() : it->second;
}

void setPreference(const std::string& key, const std::string& value) { host().preferences[key] = value; }

void prepareJournal(const std::string& plain) {
    host().journalPrepared = plain;
    ++host().journalsPrepared;
}

void dropJournal() {
    host().journalPrepared.clear();
    host().journalFound = {};
    ++host().journalDrops;
}

FoundJournal foundJournal() { return host().journalFound; }

void forgetEverything() {
    std::error_code ec;
    fs::remove_all(host().storeDir, ec);
    host().preferences.clear();
    host().journalPrepared.clear();
    host().journalFound = {};
    ++host().forgets;
}

void takeOverWriter() { host().storage.writer = true; }

bool siteUpdateReady() { return host().siteUpdateReady; }
void reloadSite() { ++host().siteReloads; }

void download(const std::string& filename, const std::string&, const std::string& data) {
    std::error_code ec;
    fs::create_directories(host().downloadDir, ec);
    std::ofstream(fs::path(host().downloadDir) / filename, std::ios::binary) << data;
}

void openFilePicker(const std::string&) { ++host().filePickerRequests; }

void requestFrames() {}

double secondsNow() { return host().clock += host().clockStep; }
std::string timestampNow() { return host().timestamp; }
std::string todayIso() { return host().today; }

}  // namespace prevplan::platform
