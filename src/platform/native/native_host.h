#pragma once
// The native stand-in for the browser host: the store is a folder, downloads land in a
// folder, preferences live in memory, and sync requests are counted so tests can answer them.
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "platform/platform.h"

namespace prevplan::native {

struct Host {
    std::string storeDir = "prevplan-store";
    std::string downloadDir = "prevplan-downloads";
    platform::StorageInfo storage{true, true, {}};
    std::map<std::string, std::string> preferences;
    int syncRequests = 0, wholeSyncRequests = 0;  // whole: every stored file compared
    // Writes to the store, counted; a write of the file named `failWrite` fails (a full disk).
    int filesWritten = 0;
    std::size_t bytesWritten = 0;
    std::string failWrite;
    // From 0 on, that many more writes succeed and every later one fails (a tab closed mid-save).
    int writesLeft = -1;
    int filePickerRequests = 0;
    std::string today = "2026-01-01", timestamp = "2026-01-01T00:00:00";
    double clock = 0;
    double clockStep = 0;  // the clock moves on by this at every reading (work that takes time)
    // The journal: the last one prepared (the browser would encrypt it), how often it was
    // dropped, and the one found at start (set by tests).
    std::string journalPrepared;
    int journalsPrepared = 0, journalDrops = 0;
    platform::FoundJournal journalFound;
    int forgets = 0;
    // At-rest protection: the stand-in "cipher" is reversible and never shows the plain text;
    // seals wait in a queue until a test answers them (the browser answers later too).
    bool atRest = false;
    std::string atRestPassphrase;  // the one the store was last protected with
    std::vector<std::pair<platform::NamedTexts, std::function<void(std::optional<platform::SealedFiles>)>>> seals;
    int locks = 0;
    // A new version of the site is ready; the reloads the app asked for.
    bool siteUpdateReady = false;
    int siteReloads = 0;
};

// Answers the queued seals, in order; `ok` false makes them fail.
void answerSeals(bool ok = true);
// The stand-in cipher: hex of the bytes xored with 0x5A, and its inverse.
std::string fakeSeal(const std::string& plain);
std::optional<std::string> fakeOpen(const std::string& sealed);
// A file sealed by the stand-in: fakeSeal of its contents and a checksum of its name and contents,
// so that (as with AES-GCM) a changed byte or another name does not open.
std::string fakeSealFile(const std::string& name, const std::string& plain);
std::optional<std::string> fakeOpenFile(const std::string& name, const std::string& sealed);

Host& host();

}  // namespace prevplan::native
