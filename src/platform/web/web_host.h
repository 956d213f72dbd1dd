#pragma once
// Glue between the browser page and the app (web build only).

namespace prevplan {
class App;
}

namespace prevplan::web {

App& app();
void setPixelRatio(float ratio);  // CSS pixels = physical pixels / ratio
void frameDrawn();                // resolves the test API's `ready` after the first frame
void installClipboard();
void installTestApi();            // only with ?test=1 in the page's address

}  // namespace prevplan::web
