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
