// The native stand-in for sharing: a "new tab" is a file in the downloads folder, and there is no
// Web Crypto here, so passphrase protection says it is unavailable.
#include "platform/native/native_host.h"

namespace prevplan::platform {

void openFilesPicker(const std::string&) { ++native::host().filePickerRequests; }

void openHtml(const std::string& filename, const std::string& html) { download(filename, "text/html", html); }

bool cryptoAvailable() { return false; }

void seal(const std::string&, const std::string&, int, std::function<void(std::optional<Sealed>)> done) { done(std::nullopt); }

void unseal(const Sealed&, const std::string&, int, std::function<void(std::optional<std::string>)> done) { done(std::nullopt); }

}  // namespace prevplan::platform
