// The browser host: IDBFS storage (web/pre.js), localStorage preferences, downloads,
// the file picker and drag-and-drop, and the clipboard.
#include <emscripten.h>
#include <imgui.h>

#include <dirent.h>

#include <cstdio>
#include <memory>
#include <string>

#include "app/app.h"
#include "platform/platform.h"
#include "platform/web/web_host.h"

// ---- JavaScript ------------------------------------------------------------------------------

EM_JS(int, js_storage_flags, (), {
    var S = Module.prevplanStorage;
    return (S.ok ? 1 : 0) | (S.writer && !S.handingOver ? 2 : 0);
});

EM_JS(char*, js_new_string, (const char* which), {
    // Returns a malloc’d UTF-8 copy of a string the page holds; the caller frees it.
    var key = UTF8ToString(which);
    var value = "";
    if (key == "storage-error") value = Module.prevplanStorage.error || "";
    else if (key == "timestamp" || key == "today") {
        var d = new Date();
        var pad = function(n) { return (n < 10 ? "0" : "") + n; };
        value = d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
        if (key == "timestamp")
            value += "T" + pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds());
    } else if (key.indexOf("pref:") == 0) {
        try {
            value = localStorage.getItem(key.substring(5)) || "";
        } catch (e) {
            value = "";
        }
    }
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
});

EM_JS(void, js_set_preference, (const char* key, const char* value), {
    try {
        var v = UTF8ToString(value);
        if (v) localStorage.setItem(UTF8ToString(key), v);
        else localStorage.removeItem(UTF8ToString(key));
    } catch (e) {
        console.warn("PrevPlan: preference not stored", e);
    }
});

EM_JS(void, js_request_sync, (int whole), { Module.prevplanSync(!!whole); });

// The next sync puts this file (or deletes it from IndexedDB), without walking the whole store.
EM_JS(void, js_stored, (const char* name), { Module.prevplanStored(UTF8ToString(name)); });

EM_JS(void, js_prepare_journal, (const char* data, int size),
      { Module.prevplanVault.prepare(HEAPU8.slice(data, data + size)); });

EM_JS(void, js_drop_journal, (), { Module.prevplanVault.drop(); });

// 0: no journal, 1: decrypted (the text is returned by js_found_journal_text), 2: undecryptable.
EM_JS(int, js_found_journal, (), {
    var V = Module.prevplanVault;
    if (!V.found) return V.foundText ? 2 : 0;  // sealed with a passphrase this store does not have
    return V.found.plain ? 1 : 2;  // null when it did not decrypt
});

EM_JS(char*, js_found_journal_text, (), {
    var plain = Module.prevplanVault.found.plain;
    var ptr = _malloc(plain.length + 1);
    HEAPU8.set(plain, ptr);
    HEAPU8[ptr + plain.length] = 0;
    return ptr;
});

EM_JS(int, js_found_journal_size, (), { return Module.prevplanVault.found.plain.length; });

EM_JS(void, js_forget, (), { Module.prevplanForget(); });

EM_JS(void, js_take_over, (), { Module.prevplanTakeOver(); });

EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
    var bytes = HEAPU8.slice(data, data + size);
    var url = URL.createObjectURL(new Blob([bytes], {
        type:
            UTF8ToString(mime)
    }));
    var a = document.createElement("a");
    a.href = url;
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(
        function() { URL.revokeObjectURL(url); }, 60000);
});

EM_JS(void, js_open_file_picker, (const char* accept), {
    var input = document.createElement("input");
    input.type = "file";
    input.accept = UTF8ToString(accept);
    input.style.display = "none";
    input.addEventListener(
        "change", function() {
            if (input.files && input.files[0]) Module.prevplanOpenFile(input.files[0]);
            input.remove();
        });
    document.body.appendChild(input);
    input.click();
});

EM_JS(void, js_copy_text, (const char* text), {
    var value = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(function(){});
});

EM_JS(void, js_install_paste, (), {
    // Text pasted from other programs arrives only through the page’s paste event.
    document.addEventListener(
        "paste", function(e) {
            var text = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
            if (!text) return;
            e.preventDefault();
            var size = lengthBytesUTF8(text) + 1;
            var ptr = _malloc(size);
            stringToUTF8(text, ptr, size);
            Module.ccall("prevplan_paste", null, ["number"], [ptr]);
            _free(ptr);
        });
});

static std::string takeString(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

// ---- platform.h ------------------------------------------------------------------------------

namespace prevplan::platform {

static std::string path(const std::string& name) { return "/persist/" + name; }

StorageInfo storageInfo() {
    static const std::string error = takeString(js_new_string("storage-error"));
    const int flags = js_storage_flags();
    return {(flags & 1) != 0, (flags & 2) != 0, (flags & 1) ? std::string() : error};
}

// C stdio, not fstreams: those would bring all of iostreams and locales into the download.
using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

std::optional<std::string> readFile(const std::string& name) {
    const File in(std::fopen(path(name).c_str(), "rb"), std::fclose);
    if (!in) return std::nullopt;
    std::string text;
    char chunk[8192];
    std::size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, in.get())) > 0) text.append(chunk, n);
    if (std::ferror(in.get())) return std::nullopt;
    return text;
}

bool writeFileAtomic(const std::string& name, const std::string& data) {
    const std::string tmp = path(name) + ".tmp";
    File out(std::fopen(tmp.c_str(), "wb"), std::fclose);
    if (!out) return false;
    const bool written = std::fwrite(data.data(), 1, data.size(), out.get()) == data.size();
    // fclose flushes: a failed flush is a failed write.
    if (std::fclose(out.release()) != 0 || !written) return false;
    const bool renamed = std::rename(tmp.c_str(), path(name).c_str()) == 0;
    js_stored(name.c_str());
    return renamed;
}

std::vector<std::string> listFiles() {
    std::vector<std::string> names;
    DIR* dir = opendir("/persist");
    if (!dir) return names;
    while (const dirent* entry = readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..") names.push_back(name);
    }
    closedir(dir);
    return names;
}

void removeFile(const std::string& name) {
    std::remove(path(name).c_str());
    js_stored(name.c_str());
}

void requestSync(bool whole) { js_request_sync(whole ? 1 : 0); }

std::string preference(const std::string& key) { return takeString(js_new_string(("pref:" + key).c_str())); }
void setPreference(const std::string& key, const std::string& value) { js_set_preference(key.c_str(), value.c_str()); }

void prepareJournal(const std::string& plain) { js_prepare_journal(plain.data(), static_cast<int>(plain.size())); }

void dropJournal() { js_drop_journal(); }

FoundJournal foundJournal() {
    const int found = js_found_journal();
    if (found == 0) return {};
    if (found == 2) return {true, std::nullopt};
    const int size = js_found_journal_size();
    char* text = js_found_journal_text();
    std::string plain(text, static_cast<std::size_t>(size));
    std::free(text);
    return {true, std::move(plain)};
}

void forgetEverything() { js_forget(); }

void takeOverWriter() { js_take_over(); }

void download(const std::string& filename, const std::string& mime, const std::string& data) {
    js_download(filename.c_str(), mime.c_str(), data.data(), static_cast<int>(data.size()));
}

void openFilePicker(const std::string& accept) { js_open_file_picker(accept.c_str()); }

void requestFrames() { web::wake(); }

double secondsNow() { return emscripten_get_now() / 1000.0; }
std::string timestampNow() { return takeString(js_new_string("timestamp")); }
std::string todayIso() { return takeString(js_new_string("today")); }

}  // namespace prevplan::platform

// ---- clipboard -------------------------------------------------------------------------------

namespace prevplan::web {

static std::string g_clipboard;

static void setClipboard(void*, const char* text) {
    g_clipboard = text ? text : "";
    js_copy_text(g_clipboard.c_str());
}

// Ctrl+V pastes through the page's paste event (below), never from here: reading the
// system clipboard is asynchronous in browsers, so ImGui would paste stale text.
static const char* getClipboard(void*) { return ""; }

void installClipboard() {
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = setClipboard;
    io.GetClipboardTextFn = getClipboard;
    js_install_paste();
}

}  // namespace prevplan::web

// ---- called from the page ----------------------------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void prevplan_sync_done(int ok, const char* error) {
    prevplan::web::wake();
    prevplan::web::app().syncFinished(ok != 0, error ? error : "", emscripten_get_now() / 1000.0);
}

EMSCRIPTEN_KEEPALIVE void prevplan_flush() { prevplan::web::app().tabHidden(emscripten_get_now() / 1000.0); }

EMSCRIPTEN_KEEPALIVE void prevplan_reload() {
    prevplan::web::wake();
    prevplan::web::app().reloadFromStorage();
}

// A chosen file comes in two calls: the page copies its bytes straight into the string the app
// then keeps (one copy into the heap, however big the file), and says it is there.
static std::string g_openedFile;

EMSCRIPTEN_KEEPALIVE char* prevplan_file_buffer(int size) {
    try {
        g_openedFile.assign(static_cast<std::size_t>(size), '\0');
        return g_openedFile.data();
    } catch (const std::exception&) {
        g_openedFile = {};
        return nullptr;
    }
}

EMSCRIPTEN_KEEPALIVE void prevplan_file_opened(const char* name, int complete) {
    prevplan::web::wake();
    std::string bytes = std::move(g_openedFile);
    g_openedFile = {};
    if (complete) prevplan::web::app().fileOpened(name, std::move(bytes));
    else prevplan::web::app().fileNotRead(name);
}

EMSCRIPTEN_KEEPALIVE void prevplan_wake() { prevplan::web::wake(); }

EMSCRIPTEN_KEEPALIVE int prevplan_all_saved() { return prevplan::web::app().allSaved() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE void prevplan_paste(const char* text) {
    prevplan::web::wake();
    ImGui::GetIO().AddInputCharactersUTF8(text);
}

}  // extern "C"
