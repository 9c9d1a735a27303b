// The client portal's service worker (scope /portal/): the app shell opens without a network.
// - install: caches the portal's page, the files it names (its scripts, styles, manifest, icons);
// - navigations: the network first, the cached page when there is none (the app then says it is offline);
// - the build's files (/assets/, named by their content): from the cache, else fetched and kept;
// - /api: never cached, always the network (the data is the customer's and changes).
const CACHE = 'interlock-portal-v1';
const SHELL = '/portal/index.html';
const STATIC = ['/portal/manifest.webmanifest', '/portal/icons/icon-192.png', '/portal/icons/icon-512.png'];

/** The same-origin files a page names in src="…" and href="…" (its entry script, preloaded chunks, styles). */
function filesOf(html) {
  const names = [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => match[1]);
  return names.filter((name) => name.startsWith('/assets/') || name.startsWith('/portal/'));
}

async function cacheShell() {
  const cache = await caches.open(CACHE);
  const page = await fetch(SHELL, { cache: 'no-cache' });
  if (!page.ok) throw new Error(`The portal's page answered ${page.status}`);
  const html = await page.clone().text();
  await cache.put(SHELL, page);
  await cache.addAll([...new Set([...filesOf(html), ...STATIC])]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** A page of the portal: the network's answer (kept as the new shell), else the cached shell. */
async function navigation(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SHELL, response.clone());
    return response;
  } catch {
    return (await cache.match(SHELL)) ?? Response.error();
  }
}

/** A file of the build: its name changes with its content, so a cached copy is always right. */
async function buildFile(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate' && url.pathname.startsWith('/portal/')) event.respondWith(navigation(request));
  else if (url.pathname.startsWith('/assets/') || STATIC.includes(url.pathname)) event.respondWith(buildFile(request));
});
