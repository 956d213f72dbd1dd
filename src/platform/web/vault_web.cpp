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

// The files travel as one JSON array of [name, contents] (one copy each way, one round trip).
EM_JS(void, js_seal_files_at_rest, (int id, const char* files, int size),
      { Module.prevplanVault.sealFiles(id, new TextDecoder().decode(HEAPU8.subarray(files, files + size))); });

EM_JS(void, js_unlock_files_at_rest,
      (int id, const char* passphrase, const char* salt, int iterations, const char* files, int size), {
          Module.prevplanVault.unlockFiles(id, UTF8ToString(passphrase), UTF8ToString(salt), iterations,
                                           new TextDecoder().decode(HEAPU8.subarray(files, files + size)));
      });

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

static std::string namedTextsJson(const NamedTexts& files) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& [name, text] : files) list.push_back({name, text});
    return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void sealFilesAtRest(const NamedTexts& files, std::function<void(std::optional<SealedFiles>)> done) {
    const int id = web::trackCrypto([done = std::move(done)](bool ok, std::string result) {
        auto j = nlohmann::json::parse(result, nullptr, false);
        if (!ok || !j.is_object() || !j["iterations"].is_number_integer() || !j["salt"].is_string() ||
            !j["files"].is_array())
            return done(std::nullopt);
        SealedFiles sealed{j["salt"].get<std::string>(), j["iterations"].get<int>(), {}};
        for (auto& file : j["files"]) {
            if (!file.is_string()) return done(std::nullopt);
            sealed.files.push_back(std::move(file.get_ref<std::string&>()));
        }
        done(std::move(sealed));
    });
    const std::string text = namedTextsJson(files);
    js_seal_files_at_rest(id, text.data(), static_cast<int>(text.size()));
}

void unlockFilesAtRest(const std::string& salt, int iterations, const std::string& passphrase, const NamedTexts& files,
                       std::function<void(std::optional<OpenedFiles>)> done) {
    const int id = web::trackCrypto([done = std::move(done)](bool ok, std::string result) {
        auto j = nlohmann::json::parse(result, nullptr, false);
        if (!ok || !j.is_array()) return done(std::nullopt);
        OpenedFiles opened;
        for (auto& file : j)
            opened.push_back(file.is_string() ? std::optional<std::string>(std::move(file.get_ref<std::string&>()))
                                              : std::nullopt);
        done(std::move(opened));
    });
    const std::string text = namedTextsJson(files);
    js_unlock_files_at_rest(id, passphrase.c_str(), salt.c_str(), iterations, text.data(),
                            static_cast<int>(text.size()));
}

void lockAtRest(bool keepJournal) { js_lock_at_rest(keepJournal ? 1 : 0); }

}  // namespace prevplan::platform
