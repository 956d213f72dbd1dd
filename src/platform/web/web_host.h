#pragma once
// Glue between the browser page and the app (web build only).
#include <functional>
#include <string>

namespace prevplan {
class App;
}

namespace prevplan::web {

App& app();
// Something happened (input, a file, a finished save): draw frames again for a while.
void wake();
// Counts main-loop iterations, drawn or idle (the test API's frames()).
void loopTick();
void setPixelRatio(float ratio);  // CSS pixels = physical pixels / ratio
void frameDrawn();                // resolves the test API's `ready` after the first frame
void installClipboard();
void installTestApi();            // the test build with ?test=1 in the address only
// An asynchronous request (Web Crypto, the document's pagination): JavaScript answers
// prevplan_crypto_done(number, ok, bytes).
int trackCrypto(std::function<void(bool, std::string)> answer);

}  // namespace prevplan::web
