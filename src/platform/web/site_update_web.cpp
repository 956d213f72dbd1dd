// A new version of the site: shell/boot.js watches the service worker and holds the answer.
#include <emscripten.h>

#include "platform/platform.h"

EM_JS(int, js_site_update_ready, (), { return Module.prevplanSite && Module.prevplanSite.updateReady ? 1 : 0; });

EM_JS(void, js_reload_site, (), { Module.prevplanSite.reload(); });

namespace prevplan::platform {

bool siteUpdateReady() { return js_site_update_ready() != 0; }

void reloadSite() { js_reload_site(); }

}  // namespace prevplan::platform
