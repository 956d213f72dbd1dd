#pragma once
// What the app needs from its host. The browser implementation lives in platform/web,
// a native stand-in (plain files in a folder) in platform/native for tests.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace prevplan::platform {

// The durable store: files under one folder (IDBFS at /persist in the browser).
struct StorageInfo {
    bool persistent = false;  // data survives closing the tab
    bool writer = true;       // this tab may write (another tab may hold the workspace)
    std::string error;        // why the store is not persistent
};
StorageInfo storageInfo();
std::optional<std::string> readFile(const std::string& name);
// Writes `name.tmp` then renames it over `name`, so a half-written file never replaces a good one.
bool writeFileAtomic(const std::string& name, const std::string& data);
// The files of the store, and removing one (mirrored to durable storage by the next sync).
std::vector<std::string> listFiles();
void removeFile(const std::string& name);
// Starts (or queues) copying the store to durable storage; the host later calls
// syncFinished() (autosave.h) with the outcome. The files written or removed since the last sync
// are copied by name; `whole` compares every stored file instead (a migration, a recovery).
void requestSync(bool whole = false);

// The journal (web/pre.js): the changes not yet durable, kept for a tab closed before its save
// lands. It is encrypted ahead of time with the at-rest key (a random AES-GCM key the browser
// keeps non-extractable in IndexedDB), so the page only stores a ready string when it is hidden;
// it never holds plain personal data.
void prepareJournal(const std::string& plain);  // asynchronous; the newest one prepared wins
void dropJournal();                             // forgets the prepared journal and the stored one
struct FoundJournal {
    bool present = false;              // a journal was stored when the app started
    std::optional<std::string> plain;  // decrypted before main; nullopt: it cannot be decrypted
};
FoundJournal foundJournal();

// Protection of the whole workspace at rest with a passphrase (web/pre.js, the vault). The key is
// derived once with PBKDF2-SHA-256 from the passphrase and a random 16-byte salt, and kept only in
// memory as a non-extractable AES-256-GCM key; every save is encrypted with a fresh 12-byte IV,
// and the journal with the same key. Answers are asynchronous and come once.
struct SealedAtRest {
    std::string salt, iv, data;  // base64
    int iterations = 0;
};
bool atRestProtected();  // a workspace key is in memory: saves and the journal are encrypted
// A new key (a fresh salt) from the passphrase; done(true) once it is in memory.
void protectAtRest(const std::string& passphrase, int iterations, std::function<void(bool)> done);
void unprotectAtRest();  // saves are plain again
// Derives the key from the passphrase and the stored salt and decrypts the stored workspace. On
// success the key stays in memory, the journal found at start is decrypted, and `done` gets the
// plain text; nullopt: wrong passphrase or damaged data. Only the single sealed file of earlier
// versions is opened this way (then stored split).
void unlockAtRest(const SealedAtRest& stored, const std::string& passphrase,
                  std::function<void(std::optional<std::string>)> done);
// A protected workspace is stored split (stored_layout.h) with each file sealed on its own, its
// name bound to its contents (AES-GCM additional data), so a file moved under another name does
// not open. One call seals every file of a save; `done` gets the sealed texts in order, with the
// salt and iterations the root keeps in clear.
using NamedTexts = std::vector<std::pair<std::string, std::string>>;  // name, contents
struct SealedFiles {
    std::string salt;
    int iterations = 0;
    std::vector<std::string> files;
};
void sealFilesAtRest(const NamedTexts& files, std::function<void(std::optional<SealedFiles>)> done);
// Derives the key from the passphrase, the root's salt and iterations, and opens the files; the
// first (the sealed manifest) must open, else nullopt (a wrong passphrase). Every other file's
// plain text, or nullopt where it does not open (damaged, moved, sealed with an older key). On
// success the key stays in memory and the journal found at start is decrypted, as unlockAtRest.
using OpenedFiles = std::vector<std::optional<std::string>>;
void unlockFilesAtRest(const std::string& salt, int iterations, const std::string& passphrase, const NamedTexts& files,
                       std::function<void(std::optional<OpenedFiles>)> done);
// Drops the key; the journal prepared with it is stored first when `keepJournal`.
void lockAtRest(bool keepJournal);

// Everything the app stored on this computer (store, journal, preferences, device key) is
// erased, then the app starts again empty.
void forgetEverything();

// Settings kept outside the workspace (language): localStorage in the browser.
std::string preference(const std::string& key);
void setPreference(const std::string& key, const std::string& value);

// Another tab holds the workspace: ask it to hand over, then reload here.
void takeOverWriter();

// A new version of the site, fetched in the background, waits until the user chooses it (the
// service worker, shell/boot.js); reloadSite() starts it, once the page may be left.
bool siteUpdateReady();
void reloadSite();

// Files in and out.
void download(const std::string& filename, const std::string& mime, const std::string& data);
void openFilePicker(const std::string& accept);  // the host calls App::fileOpened()

// Sharing (share_web.cpp; natively share_native.cpp). Several files at once, each to fileOpened().
void openFilesPicker(const std::string& accept);
// A generated HTML page in a new tab; downloaded instead when the browser blocks the tab.
void openHtml(const std::string& filename, const std::string& html);
// The plan document with its page breaks and the page numbers of its contents, laid out as it
// prints (paginate_web.cpp). `done` runs later, once, with the paged document, or with `html` as it
// was where it cannot be laid out (natively: no layout engine, the contents keep no numbers).
void paginateDocument(const std::string& html, std::function<void(std::string)> done);
// Passphrase protection with the browser's Web Crypto: AES-256-GCM, the key derived with
// PBKDF2-SHA-256 (random 16-byte salt, random 12-byte IV). Asynchronous: `done` runs later, once.
struct Sealed {
    std::string salt, iv, data;  // base64
};
bool cryptoAvailable();
void seal(const std::string& plain, const std::string& passphrase, int iterations,
          std::function<void(std::optional<Sealed>)> done);
// nullopt: the passphrase is wrong or the data damaged (GCM cannot tell them apart).
void unseal(const Sealed& sealed, const std::string& passphrase, int iterations,
            std::function<void(std::optional<std::string>)> done);

// The browser draws only after input; a screen that changes by itself (a running timer)
// asks for frames with this, every frame it needs one.
void requestFrames();

// Wall clock.
double secondsNow();         // monotonic
std::string timestampNow();  // local ISO 8601 "2026-11-25T16:30:00"
std::string todayIso();      // local "2026-11-25"

}  // namespace prevplan::platform
