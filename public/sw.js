// The kiosk's service worker (registered by guard.js in kiosk mode only; scope: its own directory).
//  - Offline after the first visit: every file of the build is cached at install, and served from the
//    cache first (a navigation to the app, with any query, gets the cached index.html, with the
//    headers it was first sent with, its Content-Security-Policy included).
//  - A new deployment is a new sw.js (the build's version below changes): it installs beside the old
//    one and waits until the page asks for it, which guard.js does at a kiosk reset. Only the first
//    install takes over at once (so the first visit is already offline-ready).
//  - The watchdog: a kiosk page sends a heartbeat every 2 s; one that stays silent for more than 10 s
//    while visible has a frozen main thread, and is navigated to its own address again (its start view).
//    A same-site navigation would commit in the frozen page's own process, which never answers (seen
//    in Chromium: the navigation hangs); so that one navigation's response is made cross-origin
//    isolated (COOP same-origin + COEP require-corp; every file of the app is same-origin), which
//    puts the new page in a new process and lets the old one go.
// The line below is written by the build (.ci/sw.mjs): the build's version and its files.
const BUILD = { version: 'dev', files: [] };

const CACHE = `vnjp-${BUILD.version}`;
const SILENT_MS = 10_000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Hashed names (trunk's) never change content: the HTTP cache may answer; the rest afresh.
      const fresh = (f) => (/[-_][0-9a-f]{8,}[._]/.test(f) ? 'default' : 'reload');
      await cache.addAll(BUILD.files.map((f) => new Request(f, { cache: fresh(f) })));
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('vnjp-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(req, { ignoreSearch: req.mode === 'navigate' });
      const res = hit || (await fetch(req));
      if (req.mode !== 'navigate' || !healing) return res;
      healing = false;
      const headers = new Headers(res.headers);
      headers.set('cross-origin-opener-policy', 'same-origin');
      headers.set('cross-origin-embedder-policy', 'require-corp');
      return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
    })(),
  );
});

// Heartbeats, by client id: when each was last heard from, while its page is visible.
const beats = new Map();
let watching = null;
// The next navigation is the watchdog's (see above).
let healing = false;

function watch() {
  watching ??= setInterval(async () => {
    const now = Date.now();
    for (const [id, last] of beats) {
      if (now - last <= SILENT_MS) continue;
      beats.delete(id);
      const client = await self.clients.get(id);
      if (client && client.visibilityState === 'visible') {
        healing = true;
        client.navigate(client.url).catch(() => {});
      }
    }
    if (beats.size === 0) {
      clearInterval(watching);
      watching = null;
    }
  }, 1000);
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'activate') self.skipWaiting();
  if (data.type === 'beat' && event.source) {
    if (data.visible) {
      beats.set(event.source.id, Date.now());
      watch();
    } else beats.delete(event.source.id);
  }
  if (data.type === 'version') event.source?.postMessage({ type: 'version', version: BUILD.version });
});
