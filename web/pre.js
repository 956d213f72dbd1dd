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

// Mirrors /persist to IndexedDB; one sync at a time, a request during a sync runs after it.
Module.prevplanSync = function () {
  var S = Module.prevplanStorage;
  if (!S.ok || !S.writer) return;
  if (S.syncing) { S.pending = true; return; }
  S.syncing = true;
  var settled = false;
  var done = function (err) {
    if (settled) return;
    settled = true;
    clearTimeout(watchdog);
    S.syncing = false;
    var message = err ? String(err.name === 'QuotaExceededError' ? 'quota' : (err.message || err.name || err)) : '';
    Module.ccall('prevplan_sync_done', null, ['number', 'string'], [err ? 0 : 1, message]);
    if (S.pending) { S.pending = false; Module.prevplanSync(); }
  };
  var watchdog = setTimeout(function () { done(new Error('IndexedDB did not confirm the write within 10 s')); }, 10000);
  try {
    FS.syncfs(false, done);
  } catch (e) {
    done(e);
  }
};

// Opens a File (picker or drop) in the app: bytes are copied into the heap, not passed on the stack.
Module.prevplanOpenFile = function (file) {
  var reader = new FileReader();
  reader.onload = function () {
    var bytes = new Uint8Array(reader.result);
    var ptr = _malloc(bytes.length || 1);
    HEAPU8.set(bytes, ptr);
    Module.ccall('prevplan_file_opened', null, ['string', 'number', 'number'], [file.name, ptr, bytes.length]);
    _free(ptr);
  };
  reader.readAsArrayBuffer(file);
};

// Two tabs: the one asking to take over tells the writer, which saves, steps down and
// releases the lock; the asker then reloads what was saved and becomes the writer.
Module.prevplanChannel = typeof BroadcastChannel != 'undefined' ? new BroadcastChannel('prevplan') : null;
if (Module.prevplanChannel) {
  Module.prevplanChannel.onmessage = function (e) {
    var S = Module.prevplanStorage;
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
      if (err) S.error = String(err.message || err);
      S.writer = true;
      Module.ccall('prevplan_reload', null, [], []);
    });
    return new Promise(function (resolve) { S.releaseLock = resolve; });
  });
};

// A sync started while the page unloads never lands; a small synchronous journal does.
window.addEventListener('pagehide', function () {
  if (!Module.calledRun) return;
  var S = Module.prevplanStorage;
  if (!S.writer || !S.ok) return;
  var journal = UTF8ToString(Module.ccall('prevplan_journal', 'number', [], []));
  if (!journal) return;
  try { localStorage.setItem('prevplan-journal', journal); } catch (e) { /* too large: the last debounce is lost */ }
});
window.addEventListener('beforeunload', function (e) {
  if (!Module.calledRun || !Module.prevplanStorage.ok || !Module.prevplanStorage.writer) return undefined;
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
