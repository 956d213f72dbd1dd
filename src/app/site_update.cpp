#include "app/site_update.h"

#include "platform/platform.h"

namespace prevplan {

bool SiteUpdate::ready() const { return platform::siteUpdateReady(); }

void SiteUpdate::request(AutoSave& autosave, const History& history, double now) {
    requested_ = true;
    autosave.flush(history, now);
}

void SiteUpdate::tick(const AutoSave& autosave, const History& history) {
    if (!requested_ || reloading_) return;
    const platform::StorageInfo info = platform::storageInfo();
    const bool nothingToSave = !info.persistent || !info.writer || autosave.held();
    if (!nothingToSave && !autosave.allSaved(history)) return;
    reloading_ = true;
    platform::reloadSite();
}

}  // namespace prevplan
