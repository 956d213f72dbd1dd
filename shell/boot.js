// The page's start: the Module the Emscripten output reads, the status line, and the checks a
// person needs an answer to before the app loads (no WebGL2). A file, not an inline script, so
// that the page's Content-Security-Policy can forbid every inline script.
var Module = {
  canvas: document.getElementById('canvas'),
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); },
  onRuntimeInitialized: function () { document.getElementById('status').classList.add('hidden'); },
  onAbort: function (what) {
    var s = document.getElementById('status');
    s.classList.remove('hidden');
    s.innerHTML = '<p class="error">PrevPlan s-a oprit din cauza unei erori. Datele salvate nu au fost atinse; reîncărcați pagina.<br>' +
      '<small>PrevPlan stopped because of an error. Saved data was not touched; reload the page.</small></p>';
  },
};
Module.canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
Module.canvas.addEventListener('webglcontextlost', function (e) { e.preventDefault(); Module.onAbort('webgl'); });
(function () {
  var gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) {
    document.getElementById('status').innerHTML = '<p class="error">Browserul nu are WebGL2. Folosiți o versiune recentă de Firefox, Chrome sau Edge.<br>' +
      '<small>This browser lacks WebGL2. Use a recent Firefox, Chrome or Edge.</small></p>';
  }
})();

// Offline and updates (sw.js): the service worker keeps this version of the site for the next
// start without network. A newer version it finds waits whole in its own cache; the app shows
// "a new version is ready" (updateReady) and, when the user chooses, calls reload() once the work
// is saved: only then does the new worker take over, and the page reloads into it.
Module.prevplanSite = { updateReady: false, waiting: null };
(function () {
  var site = Module.prevplanSite;
  if (!('serviceWorker' in navigator)) return;
  var offer = function (worker) {
    site.waiting = worker;
    site.updateReady = true;
    if (Module.calledRun) Module.ccall('prevplan_wake', null, [], []);
  };
  var watch = function (registration) {
    if (!registration) return;  // a browser that blocks workers may resolve with nothing
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', function () {
      // The first install has nothing to update: only a worker replacing another one is offered.
      var worker = registration.installing, replacing = !!registration.active;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && replacing) offer(worker);
      });
    });
    // A tab left open for days looks for a new version now and then, as a new start would.
    setInterval(function () { registration.update().catch(function () { /* offline */ }); }, 3600 * 1000);
  };
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js').then(watch, function (e) { console.warn('PrevPlan: no offline copy', e); });
  });
  site.reload = function () {
    var worker = site.waiting;
    if (!worker || worker.state !== 'installed') return location.reload();  // already taken over by another tab
    navigator.serviceWorker.addEventListener('controllerchange', function () { location.reload(); });
    worker.postMessage('take-over');
  };
})();
