// The test API, in the test build only (build/web/site-test, cmake/web.cmake): with ?test=1 the
// browser tests click widgets by their visible labels and read the workspace. The site itself
// has neither this file nor the C functions it calls (src/platform/web/test/).
var Module = typeof Module != 'undefined' ? Module : {};

if (/[?&]test=1(&|$)/.test(location.search)) {
  Module.prevplanTestMode = true;  // platform/web/test_api.cpp records the widgets
  var readyResolve;
  var ready = new Promise(function (resolve) { readyResolve = resolve; });
  Module.prevplanFirstFrame = function () { readyResolve(); };
  var json = function (name) { return JSON.parse(UTF8ToString(Module.ccall(name, 'number', [], []))); };
  window.prevplanTest = {
    ready: ready,
    items: function () {
      var rect = Module.canvas.getBoundingClientRect();
      return json('prevplan_test_items').map(function (it) {
        return { id: it.id, label: it.label, window: it.window, x: it.x + rect.left, y: it.y + rect.top, w: it.w, h: it.h, vw: it.vw };
      });
    },
    state: function () { return json('prevplan_test_state'); },
    saved: function () {
      return new Promise(function (resolve) {
        (function poll() {
          if (Module.ccall('prevplan_all_saved', 'number', [], [])) resolve(true);
          else setTimeout(poll, 30);
        })();
      });
    },
    // Playwright cannot type non-ASCII into this GLFW; tests inject text as a keyboard would.
    type: function (text) { Module.ccall('prevplan_paste', null, ['string'], [text]); },
    frames: function () { return Module.ccall('prevplan_test_frames', 'number', [], []); },
    // The id (as items() lists it) of the widget with the keyboard focus; 0 when none.
    focused: function () { return Module.ccall('prevplan_test_focus', 'number', [], []) >>> 0; },
    importErrors: function () { return json('prevplan_test_import_errors'); },
    // The bench's needs report timing: {children, households, recording, longestSlice, firstReport,
    // samples (ms) and median after an edit, fromRecords(Samples), fromPlan(Samples)}
    // (src/platform/web/test/test_exports.cpp).
    timeReport: function (children, runs) {
      return JSON.parse(UTF8ToString(Module.ccall('prevplan_test_time_report', 'number', ['number', 'number'], [children, runs])));
    },
  };
}
