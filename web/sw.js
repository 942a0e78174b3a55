// The service worker: keeps the page usable offline and still shows new data as soon as the
// network answers. `golmok site` writes GOLMOK_RELEASE and GOLMOK_PRECACHE above this line.
//   - Files with a content hash in their name never change: served from the cache first.
//   - Pages and data (the association's bundles) are asked of the network first, so a visit
//     after the association publishes shows the new data; the cached copy answers when the
//     network does not, or does not answer in time.
'use strict';

const CACHE = 'golmok-' + GOLMOK_RELEASE;
const NETWORK_WAIT_MS = 4000;  // on a poor connection, the cached copy after this long

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(GOLMOK_PRECACHE)).then(() => self.skipWaiting()));
});

// A new release: drop the old ones' caches and take over the open pages at once.
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('golmok-') && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// The page asks to keep itself: the page a visitor first opened arrived before this worker ran.
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'keep' || typeof data.url !== 'string') return;
  const url = new URL(data.url, self.location.href);
  if (url.origin !== self.location.origin) return;
  url.hash = '';
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add(url.href)).catch(() => {}));
});

function isHashed(url) {
  return /\.[0-9a-f]{12}\.[a-z0-9]+$/.test(url.pathname);
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  // Whichever comes first of the network's answer and the wait; then the cache if there is one.
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, null));
  try {
    const response = await Promise.race([fromNetwork, timeout]);
    if (response) return response;
  } catch (error) {
    // offline or refused: the cache answers below
  }
  const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  if (cached) return cached;
  return fromNetwork;  // nothing cached: the network's answer or its error, however late
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Asked of the server itself, never of a cache: publishing reads the site as it is now.
  if (request.cache === 'no-store') return;
  event.respondWith(isHashed(url) ? cacheFirst(request) : networkFirst(request));
});
