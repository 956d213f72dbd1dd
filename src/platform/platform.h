#pragma once
// What the app needs from its host. The browser implementation lives in platform/web,
// a native stand-in (plain files in a folder) in platform/native for tests.
#include <optional>
#include <string>

namespace prevplan::platform {

// The durable store: files under one folder (IDBFS at /persist in the browser).
struct StorageInfo {
    bool persistent = false;  // data survives closing the tab
    bool writer = true;       // this tab may write (another tab may hold the workspace)
    std::string error;        // why the store is not persistent
};
StorageInfo storageInfo();
std::optional<std::string> readFile(const std::string& name);
// Writes `name.tmp` then renames it over `name`, so a half-written file never replaces a good one.
bool writeFileAtomic(const std::string& name, const std::string& data);
// Starts (or queues) copying the store to durable storage; the host later calls
// syncFinished() (autosave.h) with the outcome.
void requestSync();

// Settings kept outside the workspace (language): localStorage in the browser.
std::string preference(const std::string& key);
void setPreference(const std::string& key, const std::string& value);

// Another tab holds the workspace: ask it to hand over, then reload here.
void takeOverWriter();

// Files in and out.
void download(const std::string& filename, const std::string& mime, const std::string& data);
void openFilePicker(const std::string& accept);  // the host calls App::fileOpened()

// Wall clock.
double secondsNow();          // monotonic
std::string timestampNow();   // local ISO 8601 "2026-11-25T16:30:00"
std::string todayIso();       // local "2026-11-25"

}  // namespace prevplan::platform
