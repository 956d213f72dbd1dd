// The native stand-in for sharing: a "new tab" is a file in the downloads folder, and there is no
// Web Crypto here, so passphrase protection says it is unavailable.
#include <cstdint>
#include <cstdio>

#include "platform/native/native_host.h"

namespace prevplan::platform {

void openFilesPicker(const std::string&) { ++native::host().filePickerRequests; }

void openHtml(const std::string& filename, const std::string& html) { download(filename, "text/html", html); }

void paginateDocument(const std::string& html, std::function<void(std::string)> done) { done(html); }

bool cryptoAvailable() { return false; }

void seal(const std::string&, const std::string&, int, std::function<void(std::optional<Sealed>)> done) {
    done(std::nullopt);
}

void unseal(const Sealed&, const std::string&, int, std::function<void(std::optional<std::string>)> done) {
    done(std::nullopt);
}

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

void sealFilesAtRest(const NamedTexts& files, std::function<void(std::optional<SealedFiles>)> done) {
    native::host().seals.emplace_back(files, std::move(done));
}

void unlockFilesAtRest(const std::string&, int, const std::string& passphrase, const NamedTexts& files,
                       std::function<void(std::optional<OpenedFiles>)> done) {
    native::Host& h = native::host();
    OpenedFiles opened;
    for (const auto& [name, sealed] : files) opened.push_back(native::fakeOpenFile(name, sealed));
    if (passphrase != h.atRestPassphrase || opened.empty() || !opened.front()) return done(std::nullopt);
    h.atRest = true;
    done(std::move(opened));
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

static std::string checksum(const std::string& name, const std::string& plain) {
    std::uint32_t h = 2166136261u;
    for (const std::string* part : {&name, &plain}) {
        for (unsigned char c : *part) h = (h ^ c) * 16777619u;
        h = (h ^ 0xFFu) * 16777619u;  // the boundary, so name and contents cannot trade bytes
    }
    char out[9];
    std::snprintf(out, sizeof out, "%08x", static_cast<unsigned>(h));
    return out;
}

std::string fakeSealFile(const std::string& name, const std::string& plain) {
    return fakeSeal(plain) + ":" + checksum(name, plain);
}

std::optional<std::string> fakeOpenFile(const std::string& name, const std::string& sealed) {
    const auto colon = sealed.rfind(':');
    if (colon == std::string::npos) return std::nullopt;
    auto plain = fakeOpen(sealed.substr(0, colon));
    if (!plain || sealed.substr(colon + 1) != checksum(name, *plain)) return std::nullopt;
    return plain;
}

void answerSeals(bool ok) {
    auto seals = std::move(host().seals);
    host().seals.clear();
    for (auto& [files, done] : seals) {
        if (!ok) {
            done(std::nullopt);
            continue;
        }
        platform::SealedFiles sealed{"c2FsdHNhbHRzYWx0c2FsdA==", 600000, {}};
        for (const auto& [name, plain] : files) sealed.files.push_back(fakeSealFile(name, plain));
        done(std::move(sealed));
    }
}

}  // namespace prevplan::native
