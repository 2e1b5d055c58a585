// The app shell's service worker (docs/app.md "Installable"). The hub serves this file filled in (WebApp/
// ServiceWorkerScript.cs): SHELL lists every file of wwwroot ("/" for index.html), VERSION is made from their contents,
// so an upgraded hub serves a different script, the browser installs it, and its cache replaces the old one.
//
// Only the shell is cached: the API, the event stream, /healthz and /metrics always go to the hub, so what the app
// shows is live or visibly unavailable — never an old answer. With the hub stopped the app still opens and says so.
const VERSION = '__SHELL_VERSION__';
const SHELL = [/*__SHELL_FILES__*/];
const CACHE = `aiothub-shell-${VERSION}`;
const Live = ['/api/', '/healthz', '/metrics', '/openapi'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(SHELL.map((path) => new Request(path, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('aiothub-shell-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || Live.some((prefix) => url.pathname.startsWith(prefix))) return;
  // Every route of the app is index.html (the hub answers it for each); files are looked up by path.
  const key = request.mode === 'navigate' ? '/' : url.pathname;
  event.respondWith((async () => (await caches.match(key, { cacheName: CACHE })) ?? fetch(request))());
});
