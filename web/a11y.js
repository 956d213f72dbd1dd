// The screen-reader mirror (docs/accessibility.md). The app draws into a canvas, which assistive
// technology sees as one image; each frame that changes what is on screen, the app sends a
// description of its windows, tables and widgets (src/platform/web/a11y_web.cpp), and this file
// keeps an off-screen DOM tree in step with it, element by element: a widget keeps its element
// from frame to frame, and only what changed is touched. ImGui's keyboard focus moves the DOM
// focus; a screen reader's click, focus or Enter on an element goes back to the same widget.
// Two live regions say the save state, import results and errors (polite) and the abuse and
// DGASPC alerts (assertive). Loaded by the page before prevplan.js.
(function () {
  var canvas = document.getElementById('canvas');
  var hidden = 'position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap';
  var root = document.createElement('main');
  root.id = 'a11y';
  root.setAttribute('aria-label', 'PrevPlan');
  root.style.cssText = hidden;
  var region = function (live) {
    var r = document.createElement('div');
    r.setAttribute('aria-live', live);
    r.setAttribute('role', live === 'assertive' ? 'alert' : 'status');
    r.style.cssText = hidden;
    document.body.appendChild(r);
    return r;
  };
  document.body.appendChild(root);
  var polite = region('polite'), assertive = region('assertive');

  var elements = new Map();  // key → element
  var sentFocus = 0;
  var placingFocus = false;  // the focus being moved here, not by the reader

  // The element for a description entry {k key, p parent, r role, n name, v value, i ImGui id,
  // c checked, e expanded, d disabled, l level, rows, cols, ri row index, ci column index,
  // ctl the key of what it controls}. A text is a paragraph, but in a cell only words.
  var tagOf = function (n, parentRole) {
    if (n.r === 'heading') return 'h' + Math.min(Math.max(n.l || 2, 1), 6);
    if (n.r === 'button' || n.r === 'textbox') return n.r === 'button' ? 'button' : 'input';
    if (n.r === 'text') return parentRole === 'cell' || parentRole === 'columnheader' ? 'span' : 'p';
    return 'div';
  };
  var domId = function (key) { return 'a11y-' + key; };
  var ariaRole = function (n) {
    if (n.r === 'menu' && n.i) return 'menuitem';  // an item that opens a menu
    if (n.r === 'group' || n.r === 'text' || n.r === 'heading' || n.r === 'button' || n.r === 'textbox') return null;
    return n.r;
  };
  var attributes = ['role', 'aria-label', 'aria-checked', 'aria-selected', 'aria-expanded', 'aria-haspopup',
    'aria-disabled', 'aria-modal', 'aria-rowcount', 'aria-colcount', 'aria-rowindex', 'aria-colindex',
    'aria-controls', 'id', 'tabindex'];
  var paint = function (el, n, nameOf) {
    attributes.forEach(function (a) { el.removeAttribute(a); });
    var role = ariaRole(n);
    if (role) el.setAttribute('role', role);
    if (n.i) el.setAttribute('tabindex', '-1');
    if (n.d) el.setAttribute('aria-disabled', 'true');
    if (n.c !== undefined) el.setAttribute(n.r === 'tab' || n.r === 'option' ? 'aria-selected' : 'aria-checked', n.c ? 'true' : 'false');
    else if (n.r === 'option') el.setAttribute('aria-selected', 'false');
    if (n.e !== undefined) el.setAttribute('aria-expanded', n.e ? 'true' : 'false');
    if (n.r === 'menu' && n.i) el.setAttribute('aria-haspopup', 'menu');
    if (n.r === 'combobox') {
      el.setAttribute('aria-expanded', n.e ? 'true' : 'false');
      el.setAttribute('aria-haspopup', 'listbox');
    }
    if (n.ctl) el.setAttribute('aria-controls', domId(n.ctl));
    if (n.r === 'listbox') el.id = domId(n.k);
    if (n.rows) el.setAttribute('aria-rowcount', n.rows);
    if (n.cols) el.setAttribute('aria-colcount', n.cols);
    if (n.ri) el.setAttribute('aria-rowindex', n.ri);
    if (n.ci) el.setAttribute('aria-colindex', n.ci);
    if (n.r === 'textbox') {
      el.type = 'text';
      el.setAttribute('aria-label', n.n || '');
      if (el.value !== (n.v || '')) el.value = n.v || '';
    } else if (n.r === 'combobox') {
      el.setAttribute('aria-label', n.n || '');
      el.textContent = n.v || '';
    } else if (n.i || n.r === 'text' || n.r === 'heading' || n.r === 'columnheader') {
      el.textContent = n.n || '';
    } else if (n.r === 'dialog') {
      el.setAttribute('aria-modal', 'true');
      el.setAttribute('aria-label', n.n || nameOf(n.k) || 'PrevPlan');
    } else if (n.n && role) {
      el.setAttribute('aria-label', n.n);
    }
    if (n.r === 'button') el.type = 'button';
    el.prevplanId = n.i || 0;
    el.prevplanText = n.r === 'textbox';
  };

  var apply = function (list) {
    var seen = new Set(), last = new Map(), firstName = new Map(), roles = new Map();
    list.forEach(function (n) { if (n.n && n.p && !firstName.has(n.p)) firstName.set(n.p, n.n); });
    var nameOf = function (k) { return firstName.get(k); };
    list.forEach(function (n) {
      seen.add(n.k);
      roles.set(n.k, n.r);
      var tag = tagOf(n, roles.get(n.p));
      var el = elements.get(n.k), sig = JSON.stringify(n);
      if (el && el.tagName.toLowerCase() !== tag) { el.remove(); el = null; }
      if (!el) {
        el = document.createElement(tag);
        elements.set(n.k, el);
      }
      if (el.prevplanSig !== sig) {
        paint(el, n, nameOf);
        el.prevplanSig = sig;
      }
      // In drawing order, moving an element only when it is not already in its place.
      var host = (n.p && elements.get(n.p)) || root;
      var before = last.get(host);
      var next = before ? before.nextSibling : host.firstChild;
      if (el !== next) host.insertBefore(el, next);
      last.set(host, el);
    });
    elements.forEach(function (el, k) {
      if (seen.has(k)) return;
      el.remove();
      elements.delete(k);
    });
  };

  var say = function (message) {
    var r = message.assertive ? assertive : polite;
    var p = document.createElement('p');
    p.textContent = message.text;
    r.appendChild(p);
    while (r.childNodes.length > 3) r.removeChild(r.firstChild);
  };

  var inMirror = function (el) { return !!el && (el === canvas || root.contains(el)); };

  // ImGui moved its keyboard focus (Tab, arrows): the reader follows, unless the person is in
  // another element of the page.
  var follow = function (focus) {
    if (focus === sentFocus) return;
    sentFocus = focus;
    var el = focus && elements.get(String(focus));
    var active = document.activeElement;
    if (!el || el === active || !(active === document.body || inMirror(active))) return;
    placingFocus = true;
    el.focus({ preventScroll: true });
    placingFocus = false;
  };

  var call = function (name, args) {
    Module.ccall(name, null, args.map(function () { return 'number'; }), args);
  };
  var widget = function (target) {
    for (var el = target; el && el !== root; el = el.parentNode) if (el.prevplanId) return el;
    return null;
  };
  root.addEventListener('click', function (e) {
    var el = widget(e.target);
    if (!el) return;
    e.preventDefault();
    call('prevplan_a11y_activate', [el.prevplanId, el.prevplanText ? 1 : 0]);
  });
  // The reader put its focus here: ImGui's focus goes to the same widget, and a field starts
  // taking text.
  root.addEventListener('focusin', function (e) {
    var el = widget(e.target);
    if (!el || placingFocus) return;
    sentFocus = el.prevplanId;
    call('prevplan_a11y_focus', [el.prevplanId]);
    if (el.prevplanText) call('prevplan_a11y_activate', [el.prevplanId, 1]);
  });
  // Keys reach ImGui through the window (GLFW listens there): Enter and Space on a mirror button
  // must not also click it.
  var keepKey = function (e) {
    if ((e.key === 'Enter' || e.key === ' ') && !(widget(e.target) || {}).prevplanText) e.preventDefault();
  };
  root.addEventListener('keydown', keepKey);
  root.addEventListener('keyup', keepKey);
  // GLFW lets go of every held key when anything in the page loses focus; between the canvas and
  // its mirror that would drop a held Shift in the middle of Shift+Tab.
  window.addEventListener('blur', function (e) {
    if (e.target !== window && inMirror(e.target) && inMirror(e.relatedTarget)) e.stopImmediatePropagation();
  }, true);

  Module.prevplanA11y = {
    update: function (tree, said, focus, lang) {
      if (root.lang !== lang) {
        root.lang = polite.lang = assertive.lang = document.documentElement.lang = lang;
      }
      if (tree) apply(JSON.parse(tree));
      if (said) JSON.parse(said).forEach(say);
      follow(focus);
    },
  };
})();
