// PrevPlan browser storage, run before main().
//
// IndexedDB is reached through Emscripten's IDBFS mounted at /persist. The mount is
// populated before main() starts (a file written earlier would be wiped by the populate),
// only one tab writes (Web Locks), syncs never overlap, and a failed populate disables
// writing so that an empty in-memory copy can never be mirrored over stored data.
var Module = typeof Module != 'undefined' ? Module : {};

Module.prevplanStorage = {
  ok: false,        // populated from IndexedDB; writes are allowed
  error: '',        // why storage is unavailable
  writer: true,     // this tab holds the writer lock
  syncing: false,
  pending: false,
  releaseLock: null,
  // The files of /persist written or removed since they were last mirrored (platform_web.cpp
  // names each one), so that a sync puts exactly those instead of walking the whole store.
  changed: {},
  exact: false,     // IndexedDB holds /persist but for `changed` (a populate or a whole sync landed)
  wholeNext: false, // the next sync mirrors the whole folder (asked for, or after a failed sync)
};

Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  var S = Module.prevplanStorage;
  FS.mkdir('/persist');

  if (navigator.locks && navigator.locks.request) {
    addRunDependency('prevplan-lock');
    navigator.locks.request('prevplan-writer', { ifAvailable: true }, function (lock) {
      S.writer = !!lock;
      removeRunDependency('prevplan-lock');
      if (!lock) return undefined;
      return new Promise(function (resolve) { S.releaseLock = resolve; });
    });
  }

  var idb = null;
  try { idb = window.indexedDB; } catch (e) { S.error = String(e && e.message || e); }
  if (!idb) {
    S.error = S.error || 'IndexedDB is not available';
    return;
  }
  FS.mount(IDBFS, {}, '/persist');
  addRunDependency('prevplan-populate');
  var settled = false;
  var finish = function (err) {
    if (settled) return;
    settled = true;
    clearTimeout(watchdog);
    S.ok = !err;
    S.exact = !err;
    if (err) S.error = String(err && (err.message || err.name) || err);
    removeRunDependency('prevplan-populate');
  };
  // A blocked or hung IndexedDB must not keep the app from starting.
  var watchdog = setTimeout(function () { finish(new Error('IndexedDB did not answer within 15 s')); }, 15000);
  try {
    FS.syncfs(true, finish);
  } catch (e) {
    finish(e);
  }
});

// The vault: the journal of changes not yet durable is encrypted with AES-256-GCM under a random
// key made once per browser profile, non-extractable (its bytes never reach JavaScript), and kept
// in its own IndexedDB database. The app prepares the ciphertext after each change (prepare), so
// pagehide only stores a ready string; the journal found at start is decrypted before main().
// Without Web Crypto (a page not served over HTTPS) there is no journal at all.
Module.prevplanVault = {
  journalKey: 'prevplan-journal',
  keysDb: 'prevplan-keys',
  key: null,
  ready: '',        // the newest prepared journal, stored at pagehide
  latest: 0,        // the number of the newest accepted ciphertext
  requested: 0,     // the number of the newest request
  dropped: 0,       // requests up to this one are worthless
  busy: false,      // an encryption is running
  next: null,       // the newest journal waiting for it: { plain, number }
  found: null,      // the journal found at start: { plain: Uint8Array | null (undecryptable) }
  foundText: '',    // a journal sealed with the workspace key, decrypted at unlock
  forgotten: false,
  // Protection at rest with a passphrase: the derived key, its salt (base64) and iterations.
  workspaceKey: null,
  salt: '',
  iterations: 0,
};

(function () {
  var V = Module.prevplanVault;
  var toB64 = function (bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  };
  var fromB64 = function (text) {
    var s = atob(text), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; ++i) out[i] = s.charCodeAt(i);
    return out;
  };
  // The journal is sealed with the workspace key when there is one, else with the device key.
  V.encrypt = function (plain) {
    var iv = crypto.getRandomValues(new Uint8Array(12));
    var key = V.workspaceKey || V.key, which = V.workspaceKey ? 'workspace' : 'device';
    return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, key, plain).then(function (sealed) {
      return JSON.stringify({ format: 'prevplan-journal', version: 1, key: which, iv: toB64(iv), data: toB64(new Uint8Array(sealed)) });
    });
  };
  V.journalKeyName = function (text) {
    try { return JSON.parse(text).key; } catch (e) { return ''; }
  };
  V.decrypt = function (text, key) {
    var j = JSON.parse(text);
    if (!j || j.format !== 'prevplan-journal' || j.version !== 1) throw new Error('not a journal');
    return crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(j.iv) }, key, fromB64(j.data)).then(function (plain) {
      return new Uint8Array(plain);
    });
  };
  // One encryption at a time: changes made meanwhile are coalesced into the next one (a fast
  // typist in a large commune does not queue a journal per keystroke).
  V.prepare = function (plain) {
    if (!(V.workspaceKey || V.key) || V.forgotten) return;
    var number = ++V.requested;
    if (V.busy) V.next = { plain: plain, number: number };
    else run(plain, number);
  };
  var run = function (plain, number) {
    V.busy = true;
    var finish = function () {
      V.busy = false;
      var next = V.next;
      V.next = null;
      if (next && next.number > V.dropped && !V.forgotten) run(next.plain, next.number);
    };
    V.encrypt(plain).then(function (text) {
      if (number > V.latest && number > V.dropped && !V.forgotten) {
        V.latest = number;
        V.ready = text;
      }
      finish();
    }).catch(function (e) { console.warn('PrevPlan: journal not prepared', e); finish(); });
  };
  V.drop = function () {
    V.dropped = V.requested;
    V.ready = '';
    V.found = null;
    V.foundText = '';
    try { localStorage.removeItem(V.journalKey); } catch (e) { /* nothing stored */ }
  };
  var answer = function (id, ok, bytes) {
    var ptr = _malloc(bytes.length || 1);
    HEAPU8.set(bytes, ptr);
    Module.ccall('prevplan_crypto_done', null, ['number', 'number', 'number', 'number'], [id, ok ? 1 : 0, ptr, bytes.length]);
    _free(ptr);
  };
  var fail = function (id) { return function () { answer(id, false, new Uint8Array(0)); }; };
  var derive = function (passphrase, salt, iterations) {
    var enc = new TextEncoder();
    return crypto.subtle.importKey('raw', enc.encode(passphrase), 'PBKDF2', false, ['deriveKey']).then(function (base) {
      return crypto.subtle.deriveKey({ name: 'PBKDF2', salt: salt, iterations: iterations, hash: 'SHA-256' }, base,
                                     { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    });
  };
  V.protect = function (id, passphrase, iterations) {
    try {
      var salt = crypto.getRandomValues(new Uint8Array(16));
      derive(passphrase, salt, iterations).then(function (key) {
        V.workspaceKey = key;
        V.salt = toB64(salt);
        V.iterations = iterations;
        answer(id, true, new Uint8Array(0));
      }).catch(fail(id));
    } catch (e) { fail(id)(); }
  };
  V.unprotect = function () {
    V.workspaceKey = null;
    V.salt = '';
    V.iterations = 0;
  };
  // The single sealed file of earlier versions: derives the key, opens it, then the journal sealed
  // with the same key.
  V.unlock = function (id, passphrase, salt, iterations, iv, data) {
    try {
      var key = null;
      derive(passphrase, fromB64(salt), iterations).then(function (k) {
        key = k;
        return crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(iv) }, key, fromB64(data));
      }).then(function (plain) {
        V.workspaceKey = key;
        V.salt = salt;
        V.iterations = iterations;
        var opened = new Uint8Array(plain);
        return openFoundJournal(key).then(function () { answer(id, true, opened); });
      }).catch(fail(id));
    } catch (e) { fail(id)(); }
  };
  // A protected workspace is stored split, each file sealed on its own with its name as the
  // additional data: a file put under another name does not open. One call per save or unlock.
  var enc = new TextEncoder();
  var sealFile = function (key, name, plain) {
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv, additionalData: enc.encode(name) }, key, enc.encode(plain))
      .then(function (sealed) { return JSON.stringify({ iv: toB64(iv), data: toB64(new Uint8Array(sealed)) }); });
  };
  var openFile = function (key, name, text) {
    return Promise.resolve().then(function () {
      var j = JSON.parse(text);
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(j.iv), additionalData: enc.encode(name) }, key, fromB64(j.data));
    }).then(function (plain) { return new TextDecoder('utf-8', { fatal: true }).decode(plain); });
  };
  V.sealFiles = function (id, text) {
    if (!V.workspaceKey) return fail(id)();
    try {
      var key = V.workspaceKey, salt = V.salt, iterations = V.iterations;
      Promise.all(JSON.parse(text).map(function (f) { return sealFile(key, f[0], f[1]); })).then(function (sealed) {
        answer(id, true, enc.encode(JSON.stringify({ salt: salt, iterations: iterations, files: sealed })));
      }).catch(fail(id));
    } catch (e) { fail(id)(); }
  };
  // The journal found at start, sealed with the workspace key, is opened with it.
  var openFoundJournal = function (key) {
    if (!V.foundText) return Promise.resolve();
    var text = V.foundText;
    V.foundText = '';
    var journal;
    try { journal = V.decrypt(text, key); } catch (e) { journal = Promise.reject(e); }
    return journal.then(function (p) { V.found = { plain: p }; }, function () { V.found = { plain: null }; });
  };
  // The first file is the sealed manifest: if it does not open, the passphrase is wrong. Any other
  // file that does not open comes back as null (damaged; the app refuses the store if it needs it).
  V.unlockFiles = function (id, passphrase, salt, iterations, text) {
    try {
      var files = JSON.parse(text), key = null;
      derive(passphrase, fromB64(salt), iterations).then(function (k) {
        key = k;
        return openFile(key, files[0][0], files[0][1]);
      }).then(function (manifest) {
        return Promise.all(files.slice(1).map(function (f) {
          return openFile(key, f[0], f[1]).catch(function () { return null; });
        })).then(function (rest) {
          V.workspaceKey = key;
          V.salt = salt;
          V.iterations = iterations;
          var opened = enc.encode(JSON.stringify([manifest].concat(rest)));
          return openFoundJournal(key).then(function () { answer(id, true, opened); });
        });
      }).catch(fail(id));
    } catch (e) { fail(id)(); }
  };
  // Locked: the key goes; a journal of changes not yet durable is stored first when asked.
  V.lock = function (keepJournal) {
    if (keepJournal && V.ready) {
      V.foundText = V.ready;  // opened again at the unlock
      try { localStorage.setItem(V.journalKey, V.ready); } catch (e) { /* too large */ }
    }
    V.dropped = V.requested;
    V.ready = '';
    V.workspaceKey = null;
  };
  // Opens the key database; `done(key or null)`.
  V.loadKey = function (done) {
    var request = indexedDB.open(V.keysDb, 1);
    request.onupgradeneeded = function () { request.result.createObjectStore('keys'); };
    request.onerror = function () { done(null); };
    request.onsuccess = function () {
      var db = request.result;
      var finish = function (key) { db.close(); done(key); };
      var get = db.transaction('keys', 'readonly').objectStore('keys').get('device');
      get.onerror = function () { finish(null); };
      get.onsuccess = function () {
        if (get.result) return finish(get.result);
        crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']).then(function (key) {
          var tx = db.transaction('keys', 'readwrite');
          tx.objectStore('keys').put(key, 'device');
          tx.oncomplete = function () { finish(key); };
          tx.onerror = tx.onabort = function () { finish(null); };
        }).catch(function () { finish(null); });
      };
    };
  };
  // The journal left in localStorage by a tab closed before its save landed.
  V.readFound = function (done) {
    var text = null;
    try { text = localStorage.getItem(V.journalKey); } catch (e) { text = null; }
    if (!text) return done();
    // Sealed with a workspace passphrase: it waits for the unlock.
    if (V.journalKeyName(text) == 'workspace') { V.foundText = text; return done(); }
    if (!V.key) { V.found = { plain: null }; return done(); }
    try {
      V.decrypt(text, V.key).then(function (plain) { V.found = { plain: plain }; done(); })
        .catch(function () { V.found = { plain: null }; done(); });
    } catch (e) {
      V.found = { plain: null };
      done();
    }
  };
})();

Module.preRun.push(function () {
  var V = Module.prevplanVault;
  var canCrypt = false;
  try { canCrypt = !!(window.indexedDB && window.crypto && crypto.subtle && window.isSecureContext); } catch (e) { canCrypt = false; }
  if (!canCrypt) return;
  addRunDependency('prevplan-vault');
  var settled = false;
  var finish = function () {
    if (settled) return;
    settled = true;
    clearTimeout(watchdog);
    removeRunDependency('prevplan-vault');
  };
  var watchdog = setTimeout(finish, 10000);  // a hung IndexedDB must not keep the app from starting
  try {
    V.loadKey(function (key) {
      V.key = key;
      V.readFound(finish);
    });
  } catch (e) {
    finish();
  }
});

// "Forget this computer": erases the store, the key database, the journal and the preferences,
// then starts again empty. Other tabs let go of the databases and reload too.
Module.prevplanLetGo = function () {
  var S = Module.prevplanStorage, V = Module.prevplanVault;
  V.forgotten = true;
  V.key = null;
  V.workspaceKey = null;
  V.ready = '';
  S.ok = false;  // no more writes or syncs from this page
  try {
    if (typeof IDBFS != 'undefined' && IDBFS.dbs) {
      for (var name in IDBFS.dbs) {
        try { IDBFS.dbs[name].close(); } catch (e) { /* already closed */ }
        delete IDBFS.dbs[name];
      }
    }
  } catch (e) { /* nothing open */ }
};
Module.prevplanForget = function () {
  var V = Module.prevplanVault;
  Module.prevplanLetGo();
  if (Module.prevplanChannel) Module.prevplanChannel.postMessage({ type: 'forget' });
  try {
    FS.readdir('/persist').forEach(function (name) {
      if (name != '.' && name != '..') FS.unlink('/persist/' + name);
    });
  } catch (e) { /* not mounted */ }
  try {
    var keys = [];
    for (var i = 0; i < localStorage.length; ++i) keys.push(localStorage.key(i));
    keys.forEach(function (key) { if (key && key.indexOf('prevplan') == 0) localStorage.removeItem(key); });
  } catch (e) { /* no localStorage */ }
  var left = 2;
  var next = function () { if (--left == 0) location.reload(); };
  ['/persist', V.keysDb].forEach(function (name) {
    try {
      var request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = next;
    } catch (e) { next(); }
  });
};

Module.prevplanStored = function (name) { Module.prevplanStorage.changed[name] = true; };

// Puts exactly the named files of /persist into IndexedDB (deleting those no longer there), all in
// one transaction, with IDBFS's own entries ({timestamp, mode, contents} under '/persist/name'):
// what a whole `syncfs` would have written for them, so a plain IDBFS mount reads the same store.
// A save's files go in batches of about a megabyte, each batch put once the previous one is
// stored, so a big save does not copy everything into IndexedDB in one task; the transaction
// stays one (all or nothing) until the last batch.
Module.prevplanSyncNames = function (names, done) {
  if (!names.length) return done(null);
  IDBFS.getDB('/persist', function (err, db) {
    if (err) return done(err);
    var tx, failed = null, next = 0;
    try { tx = db.transaction([IDBFS.DB_STORE_NAME], 'readwrite'); } catch (e) { return done(e); }
    var store = tx.objectStore(IDBFS.DB_STORE_NAME);
    var fail = function (e) {
      if (failed) return;
      failed = e || new Error('IndexedDB error');
      try { tx.abort(); } catch (x) { /* already finished */ }
    };
    // IDBFS's entry functions lose a request's error (Emscripten 3.1.6): it reaches the transaction.
    tx.addEventListener('error', function (e) { e.preventDefault(); fail(e.target && e.target.error); });
    tx.onabort = function () { done(failed || tx.error || new Error('IndexedDB transaction aborted')); };
    tx.oncomplete = function () { done(failed); };
    var batch = function () {
      var bytes = 0, path = '';
      var stored = function (err) { if (err) fail(err); };
      while (next < names.length && bytes < 1 << 20 && !failed) {
        path = '/persist/' + names[next++];
        if (!FS.analyzePath(path).exists) {
          IDBFS.removeRemoteEntry(store, path, stored);
          continue;
        }
        IDBFS.loadLocalEntry(path, function (err, entry) {
          if (err) return fail(err);
          bytes += entry.contents ? entry.contents.length : 0;
          IDBFS.storeRemoteEntry(store, path, entry, stored);
        });
      }
      // The next batch once this one is stored: requests run in order, so a small one (counting
      // one key) after the batch answers after it, and keeps the transaction open meanwhile.
      if (next < names.length && !failed) store.count(path).onsuccess = batch;
    };
    batch();
  });
};

// Mirrors /persist to IndexedDB; one sync at a time, a request during a sync runs after it. The
// files changed since the last sync are put by name; the whole folder is compared (IDBFS's
// `syncfs`, which reads every stored key's timestamp) when asked (a migration, a copy kept aside,
// the store rewritten), when the store was not populated whole, or after a failed sync.
Module.prevplanSync = function (whole) {
  var S = Module.prevplanStorage;
  if (!S.ok || !S.writer) return;
  if (whole) S.wholeNext = true;
  if (S.syncing) { S.pending = true; return; }
  S.syncing = true;
  var names = Object.keys(S.changed), all = S.wholeNext || !S.exact;
  S.changed = {};
  S.wholeNext = false;
  var settled = false;
  var done = function (err) {
    if (settled) return;
    settled = true;
    clearTimeout(watchdog);
    S.syncing = false;
    if (err) {
      names.forEach(function (name) { S.changed[name] = true; });
      S.exact = false;  // what reached IndexedDB is unknown: the next sync compares everything
    } else if (all) {
      S.exact = true;
    }
    var message = err ? String(err.name === 'QuotaExceededError' ? 'quota' : (err.message || err.name || err)) : '';
    Module.ccall('prevplan_sync_done', null, ['number', 'string'], [err ? 0 : 1, message]);
    if (S.pending) { S.pending = false; Module.prevplanSync(); }
  };
  var watchdog = setTimeout(function () { done(new Error('IndexedDB did not confirm the write within 10 s')); }, 10000);
  try {
    if (all) FS.syncfs(false, done);
    else Module.prevplanSyncNames(names, done);
  } catch (e) {
    done(e);
  }
};

// Opens a File (picker or drop) in the app: its bytes go once into the heap, straight into the
// string the app keeps (not on the stack, not through a second buffer).
Module.prevplanOpenFile = function (file) {
  var reader = new FileReader();
  reader.onload = function () {
    var bytes = new Uint8Array(reader.result);
    var ptr = Module.ccall('prevplan_file_buffer', 'number', ['number'], [bytes.length]);
    if (ptr) HEAPU8.set(bytes, ptr);  // HEAPU8 read after the call: the heap may have grown
    Module.ccall('prevplan_file_opened', null, ['string', 'number'], [file.name, ptr ? 1 : 0]);
  };
  reader.readAsArrayBuffer(file);
};

// Two tabs: the one asking to take over tells the writer, which saves, steps down and
// releases the lock; the asker then reloads what was saved and becomes the writer.
Module.prevplanChannel = typeof BroadcastChannel != 'undefined' ? new BroadcastChannel('prevplan') : null;
if (Module.prevplanChannel) {
  Module.prevplanChannel.onmessage = function (e) {
    var S = Module.prevplanStorage;
    if (e.data && e.data.type == 'forget') {
      Module.prevplanLetGo();
      setTimeout(function () { location.reload(); }, 500);
      return;
    }
    if (!e.data || e.data.type != 'takeover' || !S.writer || !S.releaseLock) return;
    Module.ccall('prevplan_flush', null, [], []);
    S.handingOver = true;
    var wait = setInterval(function () {
      if (S.syncing || S.pending) return;
      clearInterval(wait);
      S.writer = false;
      S.handingOver = false;
      var release = S.releaseLock;
      S.releaseLock = null;
      release();
      Module.ccall('prevplan_wake', null, [], []);
    }, 50);
  };
}

Module.prevplanTakeOver = function () {
  var S = Module.prevplanStorage;
  if (!navigator.locks || S.writer) return;
  if (Module.prevplanChannel) Module.prevplanChannel.postMessage({ type: 'takeover' });
  navigator.locks.request('prevplan-writer', function () {
    FS.syncfs(true, function (err) {
      S.ok = !err;
      S.exact = !err;
      S.changed = {};
      if (err) S.error = String(err.message || err);
      S.writer = true;
      Module.ccall('prevplan_reload', null, [], []);
    });
    return new Promise(function (resolve) { S.releaseLock = resolve; });
  });
};

// A sync started while the page unloads never lands; a small synchronous journal does. It is
// the ciphertext the vault prepared after the last change (never plain personal data).
window.addEventListener('pagehide', function () {
  if (!Module.calledRun) return;
  var S = Module.prevplanStorage, V = Module.prevplanVault;
  if (!S.writer || !S.ok || V.forgotten || !V.ready) return;
  if (Module.ccall('prevplan_all_saved', 'number', [], [])) return;
  try { localStorage.setItem(V.journalKey, V.ready); } catch (e) { /* too large: the last changes are lost */ }
});
window.addEventListener('beforeunload', function (e) {
  if (!Module.calledRun || Module.prevplanVault.forgotten || !Module.prevplanStorage.ok || !Module.prevplanStorage.writer) return undefined;
  if (Module.ccall('prevplan_all_saved', 'number', [], [])) return undefined;
  e.preventDefault();
  e.returnValue = '';
  return '';
});

// Files dropped anywhere on the page are imported.
window.addEventListener('dragover', function (e) { e.preventDefault(); });
window.addEventListener('drop', function (e) {
  e.preventDefault();
  var files = e.dataTransfer && e.dataTransfer.files;
  if (files && files[0] && Module.calledRun) Module.prevplanOpenFile(files[0]);
});
