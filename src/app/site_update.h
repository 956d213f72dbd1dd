#pragma once
// Moving to a new version of the site: the service worker has it ready in the background, and
// the running session keeps its own until the user chooses to reload. Then the changes are saved
// first, and the page reloads only once they are durable, or when this tab has nothing it could
// save (another tab holds the workspace, the browser keeps nothing, the store is held unread).
#include "app/autosave.h"
#include "core/model/history.h"

namespace prevplan {

class SiteUpdate {
public:
    bool ready() const;
    bool requested() const { return requested_; }
    // The user chose to reload: saving starts at once.
    void request(AutoSave& autosave, const History& history, double now);
    // Every frame and idle tick: reloads, once, when the work is safe.
    void tick(const AutoSave& autosave, const History& history);

private:
    bool requested_ = false, reloading_ = false;
};

}  // namespace prevplan
