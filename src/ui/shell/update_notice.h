#pragma once
// The notice that a new version of PrevPlan is ready: a line at the top of the window with a
// Reload button; the running session keeps its version until the user presses it.
#include "ui/kit/context.h"

namespace prevplan::ui {

struct SiteUpdateState {
    bool ready = false;       // a new version waits
    bool requested = false;   // the user chose to reload: saving first
    bool memoryOnly = false;  // this browser keeps nothing: a reload loses the work
};

// Draws nothing until a new version is ready; true on the frame the user chooses to reload.
bool drawUpdateNotice(Context& ctx, const SiteUpdateState& state);

}  // namespace prevplan::ui
