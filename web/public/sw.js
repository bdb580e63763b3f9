// Offline reading of the weeks a trainee saved (web/src/features/offline, README "Slow connections").
// Deliberately small: it answers from its cache only what was saved, and otherwise stays out of the way.
const CACHE = 'campus-offline-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) {
    // Hashed names never change, so a saved copy is as good as the network's and saves the trip.
    event.respondWith(caches.open(CACHE).then(async (cache) => (await cache.match(request)) ?? fetch(request)));
  } else if (request.mode === 'navigate' && url.pathname.startsWith('/lessons/')) {
    // Online, the server's page as always; offline, the saved copy of the lesson, pre-rendered.
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(url.pathname, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true })) ?? Response.error()),
    );
  }
});
