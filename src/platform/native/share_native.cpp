// The native stand-in for sharing: a "new tab" is a file in the downloads folder, and there is no
// Web Crypto here, so passphrase protection says it is unavailable.
#include "platform/native/native_host.h"

namespace prevplan::platform {

void openFilesPicker(const std::string&) { ++native::host().filePickerRequests; }

void openHtml(const std::string& filename, const std::string& html) { download(filename, "text/html", html); }

bool cryptoAvailable() { return false; }

void seal(const std::string&, const std::string&, int, std::function<void(std::optional<Sealed>)> done) { done(std::nullopt); }

void unseal(const Sealed&, const std::string&, int, std::function<void(std::optional<std::string>)> done) { done(std::nullopt); }

bool atRestProtected() { return native::host().atRest; }

void protectAtRest(const std::string& passphrase, int, std::function<void(bool)> done) {
    native::host().atRest = true;
    native::host().atRestPassphrase = passphrase;
    done(true);
}

void unprotectAtRest() { native::host().atRest = false; }

void unlockAtRest(const SealedAtRest& stored, const std::string& passphrase,
                  std::function<void(std::optional<std::string>)> done) {
    native::Host& h = native::host();
    auto plain = native::fakeOpen(stored.data);
    if (passphrase != h.atRestPassphrase || !plain) return done(std::nullopt);
    h.atRest = true;
    done(std::move(plain));
}

void sealAtRest(const std::string& plain, std::function<void(std::optional<SealedAtRest>)> done) {
    native::host().seals.emplace_back(plain, std::move(done));
}

void lockAtRest(bool) {
    native::host().atRest = false;
    ++native::host().locks;
}

}  // namespace prevplan::platform

namespace prevplan::native {

std::string fakeSeal(const std::string& plain) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : plain) {
        const unsigned x = c ^ 0x5Au;
        out += hex[x >> 4];
        out += hex[x & 15u];
    }
    return out;
}

std::optional<std::string> fakeOpen(const std::string& sealed) {
    if (sealed.size() % 2 || sealed.find_first_not_of("0123456789abcdef") != std::string::npos) return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < sealed.size(); i += 2)
        out += static_cast<char>(std::stoi(sealed.substr(i, 2), nullptr, 16) ^ 0x5A);
    return out;
}

void answerSeals(bool ok) {
    auto seals = std::move(host().seals);
    host().seals.clear();
    for (auto& [plain, done] : seals) {
        if (!ok) {
            done(std::nullopt);
            continue;
        }
        done(platform::SealedAtRest{"c2FsdHNhbHRzYWx0c2FsdA==", "aXZpdml2aXZpdml2", fakeSeal(plain), 600000});
    }
}

}  // namespace prevplan::native
