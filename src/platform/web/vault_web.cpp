// The browser side of the workspace's protection at rest (web/pre.js, Module.prevplanVault): the
// key lives only in JavaScript as a non-extractable CryptoKey; C++ hands over plain text and
// passphrases and gets ciphertext or plain text back through prevplan_crypto_done.
#include <emscripten.h>

#include <nlohmann/json.hpp>

#include "platform/platform.h"
#include "platform/web/web_host.h"

EM_JS(int, js_at_rest_protected, (), { return Module.prevplanVault.workspaceKey ? 1 : 0; });

EM_JS(void, js_protect_at_rest, (int id, const char* passphrase, int iterations),
      { Module.prevplanVault.protect(id, UTF8ToString(passphrase), iterations); });

EM_JS(void, js_unprotect_at_rest, (), { Module.prevplanVault.unprotect(); });

EM_JS(void, js_unlock_at_rest,
      (int id, const char* passphrase, const char* salt, int iterations, const char* iv, const char* data), {
          Module.prevplanVault.unlock(id, UTF8ToString(passphrase), UTF8ToString(salt), iterations, UTF8ToString(iv),
                                      UTF8ToString(data));
      });

EM_JS(void, js_seal_at_rest, (int id, const char* plain, int size),
      { Module.prevplanVault.sealAtRest(id, HEAPU8.slice(plain, plain + size)); });

EM_JS(void, js_lock_at_rest, (int keepJournal), { Module.prevplanVault.lock(!!keepJournal); });

namespace prevplan::platform {

bool atRestProtected() { return js_at_rest_protected() != 0; }

void protectAtRest(const std::string& passphrase, int iterations, std::function<void(bool)> done) {
    const int id = web::trackCrypto([done = std::move(done)](bool ok, std::string) { done(ok); });
    js_protect_at_rest(id, passphrase.c_str(), iterations);
}

void unprotectAtRest() { js_unprotect_at_rest(); }

void unlockAtRest(const SealedAtRest& stored, const std::string& passphrase,
                  std::function<void(std::optional<std::string>)> done) {
    const int id = web::trackCrypto([done = std::move(done)](bool ok, std::string plain) {
        if (!ok) return done(std::nullopt);
        done(std::move(plain));
    });
    js_unlock_at_rest(id, passphrase.c_str(), stored.salt.c_str(), stored.iterations, stored.iv.c_str(),
                      stored.data.c_str());
}

void sealAtRest(const std::string& plain, std::function<void(std::optional<SealedAtRest>)> done) {
    const int id = web::trackCrypto([done = std::move(done)](bool ok, std::string result) {
        const auto j = nlohmann::json::parse(result, nullptr, false);
        if (!ok || !j.is_object() || !j["iterations"].is_number_integer()) return done(std::nullopt);
        done(SealedAtRest{j.value("salt", ""), j.value("iv", ""), j.value("data", ""), j["iterations"].get<int>()});
    });
    js_seal_at_rest(id, plain.data(), static_cast<int>(plain.size()));
}

void lockAtRest(bool keepJournal) { js_lock_at_rest(keepJournal ? 1 : 0); }

}  // namespace prevplan::platform
