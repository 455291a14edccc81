/*
 * The resident site's service worker: what a resident opened once opens again without a network, above
 * all the registration ticket (QR) at a door with no signal. Plain JavaScript served as is from /sw.js.
 *
 * - Pages: network first (a new build shows at once), the last copy when offline or after 4 s of a
 *   network that does not answer; any resident path falls back to the site's shell ('/').
 * - /assets/*: hashed names never change, so cache first. The page sends, once this worker controls it,
 *   the assets it loaded before (message 'xs-cache'), so the first visit is enough.
 * - The few API reads the ticket needs (my registrations, one registration, a public session, client
 *   config): network first, the last answer offline. They are the signed-in user's own: the site deletes
 *   this cache ('xs-data') at sign-out.
 * The console (/console) and the live room's socket are never touched.
 */
const VERSION = 'v1';
const SHELL = `xs-shell-${VERSION}`;
const DATA = 'xs-data';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const DATA_PATHS = [
  /^\/api\/v1\/me\/registrations$/,
  new RegExp(`^/api/v1/registrations/${UUID}$`),
  new RegExp(`^/api/v1/public/sessions/${UUID}$`),
  /^\/api\/v1\/public\/client-config$/,
  /^\/api\/v1\/registrations\/privacy-notice$/,
];
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((c) => c.add(new Request('/', { cache: 'no-cache' })))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('xs-shell-') && key !== SHELL) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'xs-cache' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) =>
        Promise.all(
          data.urls
            .filter(
              (u) => typeof u === 'string' && sameOrigin(u) && new URL(u).pathname.startsWith('/assets/'),
            )
            .map((u) => cache.match(u).then((hit) => hit || cache.add(u).catch(() => undefined))),
        ),
      ),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !sameOrigin(req.url)) return;
  const url = new URL(req.url);
  const path = url.pathname;
  if (path === '/console' || path.startsWith('/console/') || path.startsWith('/socket.io')) return;
  if (req.mode === 'navigate') return event.respondWith(page(req));
  if (path.startsWith('/assets/')) return event.respondWith(asset(req));
  if (DATA_PATHS.some((re) => re.test(path))) return event.respondWith(networkFirst(req, DATA));
});

function sameOrigin(u) {
  return new URL(u, self.location.href).origin === self.location.origin;
}

/** The network's answer within NETWORK_WAIT_MS, or a rejection. */
function fetchWithin(req) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network timeout')), NETWORK_WAIT_MS);
    fetch(req).then(
      (res) => {
        clearTimeout(timer);
        resolve(res);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

async function networkFirst(req, cacheName) {
  const cache = await caches.open(cacheName);
  try {
    const res = await fetchWithin(req);
    if (res.ok) await cache.put(req, res.clone());
    return res;
  } catch (err) {
    const hit = await cache.match(req, { ignoreVary: true });
    if (hit) return hit;
    throw err;
  }
}

async function page(req) {
  const cache = await caches.open(SHELL);
  try {
    const res = await fetchWithin(req);
    if (res.ok) {
      await cache.put(req, res.clone());
      await cache.put('/', res.clone());
    }
    return res;
  } catch (err) {
    const hit = (await cache.match(req, { ignoreSearch: true })) || (await cache.match('/'));
    if (hit) return hit;
    throw err;
  }
}

async function asset(req) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok) await cache.put(req, res.clone());
  return res;
}
