#pragma once
// Shared by the libFuzzer harnesses (scripts/fuzz.sh): the input as text, a fixed "today" so a
// run is reproducible, and the checks that stop the run. A harness calls the core the way the
// app or the CLI does and catches nothing they would not catch, so an exception that escapes
// is a crash the user would see too.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/base/date.h"
#include "core/model/model.h"
#include "core/workspace/workspace_json.h"

namespace prevplan::fuzz {

inline const Date kToday{2026, 3, 1};

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A broken invariant: libFuzzer reports it as a crash and keeps the input.
inline void require(bool holds) {
    if (!holds) __builtin_trap();
}

// What the app's autosave does after an edit: the workspace is written and must load again,
// else the next start would find unreadable storage.
inline void requireSavedLoads(const Plan& plan) {
    Workspace ws;
    ws.plans.push_back(std::make_shared<const Plan>(plan));
    const std::string saved = saveWorkspace(ws);
    const LoadResult again = loadWorkspace(saved);
    require(again.workspace.has_value() && saveWorkspace(*again.workspace) == saved);
}

}  // namespace prevplan::fuzz
