// The service worker (issue 5, "Print and offline"): after the first visit the dashboard, its
// bundled data and the embed page work without a network.
//
// Built by src/sw/plugin.ts, which prepends `const PRECACHE = [...]` (every file the build emits,
// relative to the scope) and `const VERSION = '…'` (a hash of those files' names and contents).
// A new build therefore means a new sw.js and a new cache; the old caches are deleted when the
// new worker takes over (after the pages of the old build are closed, so that a page of the old
// build never asks for a chunk that is already gone).
//
// Rules: only same-origin GET requests for precached files are answered, cache first; anything
// else (other origins, POST, files the build did not emit) goes to the network untouched and is
// never cached. Imported datasets live in IndexedDB and need nothing from here.
/* global PRECACHE, VERSION */

const PREFIX = 'dcci-shell-';
const CACHE = `${PREFIX}${VERSION}`;
const scope = () => self.registration.scope;
const precached = new Set(PRECACHE.map((p) => new URL(p, scope()).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload`: fetch past the HTTP cache, so the new cache never stores a stale copy.
      cache.addAll(PRECACHE.map((p) => new Request(new URL(p, scope()), { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      // The first visit is controlled at once, so it works offline without a second load.
      .then(() => self.clients.claim()),
  );
});

/** The precached URL that answers `url`, or null: a page URL without a file name is index.html. */
function cachedUrlFor(request) {
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return null;
  url.hash = '';
  if (request.mode === 'navigate') {
    // The view lives in the query string; the page is the same file for every view.
    url.search = '';
    if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  }
  return precached.has(url.href) ? url.href : null;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const key = cachedUrlFor(request);
  if (key === null) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreVary: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
