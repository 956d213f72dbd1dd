// The browser side of sharing: a generated page in a new tab, a multi-file picker, and
// passphrase protection with Web Crypto (AES-256-GCM, PBKDF2-SHA-256). Web Crypto answers
// asynchronously: JavaScript calls prevplan_crypto_done with the request's number.
#include <emscripten.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/base/html_escape.h"
#include "platform/platform.h"
#include "platform/web/web_host.h"

// The tab gets no handle on the app (opener cut before its document loads); the document itself
// is made inert by the caller (inertHtml).
EM_JS(int, js_open_html, (const char* name, const char* data, int size), {
    var url = URL.createObjectURL(new Blob([HEAPU8.slice(data, data + size)], { type: "text/html;charset=utf-8" }));
    var tab = window.open(url, "_blank");
    if (tab) tab.opener = null;
    setTimeout(function () { URL.revokeObjectURL(url); }, 600000);
    return tab ? 1 : 0;
});

EM_JS(void, js_open_files, (const char* accept), {
    var input = document.createElement("input");
    input.type = "file";
    input.multiple = true;
    input.accept = UTF8ToString(accept);
    input.style.display = "none";
    input.addEventListener("change", function () {
        for (var i = 0; input.files && i < input.files.length; ++i) Module.prevplanOpenFile(input.files[i]);
        input.remove();
    });
    document.body.appendChild(input);
    input.click();
});

EM_JS(int, js_crypto_available, (), {
    return typeof crypto !== "undefined" && crypto.subtle && window.isSecureContext ? 1 : 0;
});

// Both directions share the key derivation and the way back to C++.
EM_JS(void, js_crypto_install, (), {
    if (Module.prevplanCrypto) return;
    var enc = new TextEncoder();
    var toB64 = function (bytes) {
        var s = "";
        for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        return btoa(s);
    };
    var fromB64 = function (text) {
        var s = atob(text), out = new Uint8Array(s.length);
        for (var i = 0; i < s.length; ++i) out[i] = s.charCodeAt(i);
        return out;
    };
    var key = function (passphrase, salt, iterations, usage) {
        return crypto.subtle.importKey("raw", enc.encode(passphrase), "PBKDF2", false, ["deriveKey"]).then(function (base) {
            return crypto.subtle.deriveKey({ name: "PBKDF2", salt: salt, iterations: iterations, hash: "SHA-256" }, base,
                                           { name: "AES-GCM", length: 256 }, false, [usage]);
        });
    };
    var done = function (id, ok, bytes) {
        var ptr = _malloc(bytes.length || 1);
        HEAPU8.set(bytes, ptr);
        Module.ccall("prevplan_crypto_done", null, ["number", "number", "number", "number"], [id, ok, ptr, bytes.length]);
        _free(ptr);
    };
    var fail = function (id) { return function () { done(id, 0, new Uint8Array(0)); }; };
    Module.prevplanCrypto = {
        seal: function (id, plain, passphrase, iterations) {
            try {
                var salt = crypto.getRandomValues(new Uint8Array(16)), iv = crypto.getRandomValues(new Uint8Array(12));
                key(passphrase, salt, iterations, "encrypt").then(function (k) {
                    return crypto.subtle.encrypt({ name: "AES-GCM", iv: iv }, k, plain);
                }).then(function (sealed) {
                    var text = JSON.stringify({ salt: toB64(salt), iv: toB64(iv), data: toB64(new Uint8Array(sealed)) });
                    done(id, 1, enc.encode(text));
                }).catch(fail(id));
            } catch (e) { fail(id)(); }
        },
        unseal: function (id, salt, iv, data, passphrase, iterations) {
            try {
                var s = fromB64(salt), v = fromB64(iv), d = fromB64(data);
                key(passphrase, s, iterations, "decrypt").then(function (k) {
                    return crypto.subtle.decrypt({ name: "AES-GCM", iv: v }, k, d);
                }).then(function (plain) { done(id, 1, new Uint8Array(plain)); }).catch(fail(id));
            } catch (e) { fail(id)(); }
        },
    };
});

EM_JS(void, js_seal, (int id, const char* plain, int size, const char* passphrase, int iterations), {
    Module.prevplanCrypto.seal(id, HEAPU8.slice(plain, plain + size), UTF8ToString(passphrase), iterations);
});

EM_JS(void, js_unseal, (int id, const char* salt, const char* iv, const char* data, const char* passphrase, int iterations), {
    Module.prevplanCrypto.unseal(id, UTF8ToString(salt), UTF8ToString(iv), UTF8ToString(data), UTF8ToString(passphrase), iterations);
});

namespace {

// Requests in flight, by number; each answered once.
std::map<int, std::function<void(bool, std::string)>>& requests() {
    static std::map<int, std::function<void(bool, std::string)>> all;
    return all;
}

int track(std::function<void(bool, std::string)> answer) {
    js_crypto_install();
    return prevplan::web::trackCrypto(std::move(answer));
}

}  // namespace

int prevplan::web::trackCrypto(std::function<void(bool, std::string)> answer) {
    static int next = 0;
    requests()[++next] = std::move(answer);
    return next;
}

namespace prevplan::platform {

void openFilesPicker(const std::string& accept) { js_open_files(accept.c_str()); }

void openHtml(const std::string& filename, const std::string& html) {
    const std::string inert = inertHtml(html);
    if (!js_open_html(filename.c_str(), inert.data(), static_cast<int>(inert.size())))
        download(filename, "text/html;charset=utf-8", html);  // a blocked pop-up still gets the document
}

bool cryptoAvailable() { return js_crypto_available() != 0; }

void seal(const std::string& plain, const std::string& passphrase, int iterations, std::function<void(std::optional<Sealed>)> done) {
    const int id = track([done = std::move(done)](bool ok, std::string result) {
        const auto j = nlohmann::json::parse(result, nullptr, false);
        if (!ok || !j.is_object()) return done(std::nullopt);
        done(Sealed{j.value("salt", ""), j.value("iv", ""), j.value("data", "")});
    });
    js_seal(id, plain.data(), static_cast<int>(plain.size()), passphrase.c_str(), iterations);
}

void unseal(const Sealed& sealed, const std::string& passphrase, int iterations,
            std::function<void(std::optional<std::string>)> done) {
    const int id = track([done = std::move(done)](bool ok, std::string plain) {
        if (!ok) return done(std::nullopt);
        done(std::move(plain));
    });
    js_unseal(id, sealed.salt.c_str(), sealed.iv.c_str(), sealed.data.c_str(), passphrase.c_str(), iterations);
}

}  // namespace prevplan::platform

extern "C" EMSCRIPTEN_KEEPALIVE void prevplan_crypto_done(int id, int ok, const char* data, int size) {
    prevplan::web::wake();
    const auto it = requests().find(id);
    if (it == requests().end()) return;
    auto answer = std::move(it->second);
    requests().erase(it);
    answer(ok != 0, std::string(data, static_cast<std::size_t>(size)));
}
