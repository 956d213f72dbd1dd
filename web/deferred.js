// The app's wasm comes in two parts (docs/hosting.md, "The first load"): prevplan.wasm holds what
// draws the start page, and the deferred part holds every other screen. The deferred part is
// fetched and compiled once the first frame is drawn, so that a slow connection shows the start
// page sooner; it is instantiated as soon as it is compiled, which puts its functions in the
// shared table in place of the primary's placeholders. Should a placeholder be called before
// that (a click faster than the download), Emscripten's SPLIT_MODULE code calls loadSplitModule
// below, which loads the part synchronously: slower, never wrong.
//
// Its name carries a hash of its bytes, written in by scripts/split-wasm.py at the build, so a
// primary never runs with the deferred part of another version.
Module.prevplanDeferred = {
  file: 'prevplan.deferred.wasm',
  module: null,
  ready: false,
  firstFrameAt: 0,  // performance.now() of the first frame and of the moment the part is in use
  readyAt: 0,
};

(function () {
  var D = Module.prevplanDeferred;
  var waiters = [];
  D.whenReady = new Promise(function (resolve) { waiters.push(resolve); });

  var instantiate = function (module) {
    if (D.ready) return;
    D.module = module;
    new WebAssembly.Instance(module, { primary: Module.asm });
    D.ready = true;
    D.readyAt = performance.now();
    waiters.forEach(function (resolve) { resolve(); });
  };

  // The host may send the file without application/wasm, which compileStreaming refuses.
  var compile = function () {
    var request = fetch(D.file, { credentials: 'same-origin' });
    var fromBytes = function () {
      return fetch(D.file, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error(D.file + ': HTTP ' + response.status);
        return response.arrayBuffer();
      }).then(function (bytes) { return WebAssembly.compile(bytes); });
    };
    if (!WebAssembly.compileStreaming) return fromBytes();
    return WebAssembly.compileStreaming(request).catch(fromBytes);
  };

  var attempts = 0;
  var load = function () {
    if (D.ready) return;
    compile().then(instantiate, function (error) {
      // Offline with no offline copy yet, or the host is away: try again a little later; the
      // start page works meanwhile, and a step opened before then loads the part synchronously.
      console.warn('PrevPlan: the rest of the app did not load yet', error);
      if (++attempts < 20) setTimeout(load, 3000 * attempts);
    });
  };

  // After the first frame: the main loop draws on animation frames once main() has run.
  var frames = 0;
  var afterFirstFrame = function () {
    if (!Module.calledRun) return requestAnimationFrame(afterFirstFrame);
    if (++frames < 2) return requestAnimationFrame(afterFirstFrame);
    D.firstFrameAt = performance.now();
    load();
  };
  requestAnimationFrame(afterFirstFrame);

  // Called by a placeholder of the primary whose function is not there yet.
  Module.loadSplitModule = function () {
    if (D.ready) return;
    if (!D.firstFrameAt) D.neededBeforeFirstFrame = true;  // the first part's function list is stale
    if (D.module) return instantiate(D.module);
    var xhr = new XMLHttpRequest();
    xhr.open('GET', D.file, false);
    xhr.overrideMimeType('text/plain; charset=x-user-defined');  // bytes, in a synchronous request
    xhr.send(null);
    if (xhr.status !== 200 && xhr.status !== 0) throw new Error(D.file + ': HTTP ' + xhr.status);
    var text = xhr.responseText, bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i) & 0xff;
    instantiate(new WebAssembly.Module(bytes));
  };
})();
