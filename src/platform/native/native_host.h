#pragma once
// The native stand-in for the browser host: the store is a folder, downloads land in a
// folder, preferences live in memory, and sync requests are counted so tests can answer them.
#include <map>
#include <string>

#include "platform/platform.h"

namespace prevplan::native {

struct Host {
    std::string storeDir = "prevplan-store";
    std::string downloadDir = "prevplan-downloads";
    platform::StorageInfo storage{true, true, {}};
    std::map<std::string, std::string> preferences;
    int syncRequests = 0;
    int filePickerRequests = 0;
    std::string today = "2026-01-01", timestamp = "2026-01-01T00:00:00";
    double clock = 0;
};

Host& host();

}  // namespace prevplan::native
