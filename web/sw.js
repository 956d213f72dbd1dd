// PrevPlan's service worker: after one visit the app starts and works with no network.
//
// Each version of the site lives whole in one cache, named after a hash of its files' contents;
// the worker serves the page and its files only from its own version's cache, so a new version
// fetched in the background never mixes its .js or .wasm into a running session. A new worker
// waits until the page asks it to take over (the user chose "reload"), then drops the old caches.
// The plans in IndexedDB are not the worker's: it never touches them.
//
// scripts/build-web.sh stamps the two lines below into the site's sw.js (scripts/stamp-worker.py):
// the version and every site file with its SHA-256, which the install checks, so that a file
// changed on the host mid-install (or a stale copy from the HTTP cache) never enters a version.
var VERSION = '';
var FILES = {};

// Caches are per origin: two copies of the site on one host (sub-paths) keep theirs apart.
var PREFIX = 'prevplan ' + self.registration.scope + ' ';
var CACHE = PREFIX + VERSION;

function hex(buffer) {
  return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
}

// The file as the browser decoded it (a host may send it brotli- or gzip-encoded), with only its
// type: the encoding and length headers describe bytes that are no longer there.
function fetchChecked(name) {
  return fetch(name, { cache: 'no-cache' }).then(function (response) {
    if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
    var type = response.headers.get('Content-Type') || 'application/octet-stream';
    return response.arrayBuffer().then(function (body) {
      return crypto.subtle.digest('SHA-256', body).then(function (digest) {
        if (hex(digest) !== FILES[name]) throw new Error(name + ': not the file of version ' + VERSION);
        return new Response(body, { headers: { 'Content-Type': type } });
      });
    });
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(Object.keys(FILES).map(function (name) {
      return fetchChecked(name).then(function (response) { return cache.put(name, response); });
    }));
  }).catch(function (error) {
    // Half a version is no version: the next visit tries again.
    return caches.delete(CACHE).then(function () { throw error; });
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf(PREFIX) === 0 && name !== CACHE; })
      .map(function (name) { return caches.delete(name); }));
  }));
});

// Sent by the page (shell/boot.js) when the user chooses to reload into the new version.
self.addEventListener('message', function (event) {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') return;
  var scope = new URL(self.registration.scope), url = new URL(request.url);
  if (url.origin !== scope.origin || url.pathname.indexOf(scope.pathname) !== 0) return;
  var name = url.pathname.slice(scope.pathname.length);
  if (name === '' && request.mode === 'navigate') name = 'index.html';  // the site's address, with any ?query
  if (!Object.prototype.hasOwnProperty.call(FILES, name)) return;
  event.respondWith(caches.open(CACHE).then(function (cache) { return cache.match(name); }).then(function (cached) {
    return cached || fetch(request);  // the cache was evicted: the network, as without a worker
  }));
});
