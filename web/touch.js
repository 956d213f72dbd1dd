// Touch screens, run before main(). Emscripten 3.1.6's GLFW takes no coordinates from touch
// events and no text from an on-screen keyboard, so:
// - touches on the canvas are kept from GLFW (and from the mouse events a browser makes of them)
//   and handed to the app, which tells a tap from a drag (platform/web/touch_web.cpp);
// - while a text field takes typing, a hidden <input> sits at its caret with the focus, so the
//   tablet opens its keyboard; each change of its value (letters with diacritics, a composed
//   word, an autocorrect replacement, Backspace) goes to the field as Backspaces and text.
var Module = typeof Module != 'undefined' ? Module : {};

Module.prevplanTouch = (function () {
  var T = {
    input: null,
    value: '',        // what the app has been given of the input's value
    fieldId: 0,       // the text field the input stands for
    wantsText: false, // a text field takes typing
    overField: false, // the finger is over a text field
    finger: false,    // the last pointer was a finger
  };
  var coarse = window.matchMedia ? window.matchMedia('(pointer: coarse)') : null;
  T.coarse = function () { return T.finger || !!(coarse && coarse.matches); };

  var canvasPoint = function (touch) {
    var rect = Module.canvas.getBoundingClientRect();
    return [touch.clientX - rect.left, touch.clientY - rect.top];
  };
  var send = function (phase, touch) {
    if (!Module.calledRun) return;
    var p = canvasPoint(touch);
    Module.ccall('prevplan_touch', null, ['number', 'number', 'number'], [phase, p[0], p[1]]);
  };
  var makeInput = function () {
    var input = document.createElement('input');
    input.type = 'text';
    input.id = 'prevplan-touch-input';
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocapitalize', 'sentences');
    input.setAttribute('aria-hidden', 'true');
    input.tabIndex = -1;
    // Invisible but focusable, and 16 px so that no browser zooms in on it.
    input.style.cssText = 'position:absolute;left:0;top:0;width:8em;height:1.5em;font-size:16px;opacity:0;' +
      'border:0;padding:0;margin:0;background:transparent;color:transparent;caret-color:transparent;z-index:1;';
    document.body.appendChild(input);
    input.addEventListener('input', function () {
      if (!Module.calledRun) return;
      var after = input.value;
      if (after === T.value) return;
      Module.ccall('prevplan_touch_typed', null, ['string', 'string'], [T.value, after]);
      T.value = after;
    });
    input.addEventListener('blur', function () { T.value = input.value = ''; });
    return input;
  };
  var focusInput = function () {
    if (!T.input) T.input = makeInput();
    if (document.activeElement !== T.input) T.input.focus({ preventScroll: true });
  };

  // Called by the app after each frame in which the field, its caret or the finger's place changed.
  T.field = function (wantsText, overField, id, x, y, h) {
    T.overField = overField;
    if (id !== T.fieldId) {
      T.fieldId = id;
      if (T.input) T.value = T.input.value = '';
    }
    T.wantsText = wantsText;
    if (!wantsText) {
      if (T.input && document.activeElement === T.input) T.input.blur();
      return;
    }
    if (!T.finger) return;
    focusInput();
    var rect = Module.canvas.getBoundingClientRect();
    T.input.style.left = (rect.left + x) + 'px';
    T.input.style.top = (rect.top + y) + 'px';
    T.input.style.height = Math.max(h, 16) + 'px';
  };

  var onTouch = function (phase) {
    return function (e) {
      if (e.target !== Module.canvas) return;
      e.stopImmediatePropagation();  // not to GLFW
      e.preventDefault();            // no mouse events made of it, no page zoom or scroll
      T.finger = true;
      var touch = e.changedTouches[0];
      if (touch) send(phase, touch);
      // The keyboard opens only for a focus given inside the touch's own handler.
      if (phase === 2 && T.overField) focusInput();
    };
  };
  window.addEventListener('touchstart', onTouch(0), { capture: true, passive: false });
  window.addEventListener('touchmove', onTouch(1), { capture: true, passive: false });
  window.addEventListener('touchend', onTouch(2), { capture: true, passive: false });
  window.addEventListener('touchcancel', onTouch(3), { capture: true, passive: false });
  window.addEventListener('mousemove', function (e) {
    if (!T.finger || e.target !== Module.canvas || !Module.calledRun) return;
    T.finger = false;
    Module.ccall('prevplan_touch_mouse', null, [], []);
  }, true);

  // Keys typed into the hidden input are its own (they arrive as its value), except those that
  // are not text: Enter, Tab, Escape, the arrows, and Backspace once the input is empty.
  var own = function (e) {
    if (!T.input || e.target !== T.input) return;
    if (e.type === 'keypress' || e.keyCode === 229 || (e.keyCode === 8 && T.input.value !== '')) e.stopImmediatePropagation();
  };
  window.addEventListener('keydown', own, true);
  window.addEventListener('keypress', own, true);
  window.addEventListener('keyup', own, true);
  return T;
})();
