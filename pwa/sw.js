/* The portal's service worker: keeps the app shell (index.html, the start-up scripts and styles,
 * icons) so the portal opens offline. It never touches OpenCode traffic: only GET requests for
 * this origin inside the portal's scope are answered, and config.json always goes to the network
 * (it may carry a password). index.html is network-first so a new deploy shows on the next load;
 * hashed files under assets/ never change, so they are cache-first. pwa/vite-plugin.ts fills in
 * VERSION and SHELL at build time; a new build means a new worker, which waits until the page's
 * "Reload to update" sends "skip-waiting". */
const VERSION = "__PORTAL_VERSION__"
const SHELL = __PORTAL_SHELL__
const CACHE = `portal-shell-${VERSION}`
const scope = self.registration.scope
const INDEX = new URL("./", scope).href
const ASSETS = new URL("assets/", scope).href
const NEVER = new Set([new URL("config.json", scope).href, new URL("sw.js", scope).href])

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL.map((path) => new Request(new URL(path, scope).href, { cache: "reload" })))),
  )
})

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("portal-shell-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting()
})

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE)
  try {
    const response = await fetch(request)
    if (response.ok) await cache.put(key, response.clone())
    return response
  } catch (err) {
    const cached = await cache.match(key)
    if (cached) return cached
    throw err
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  const cached = await cache.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

self.addEventListener("fetch", (event) => {
  const request = event.request
  const url = request.url.split("#")[0].split("?")[0]
  if (request.method !== "GET" || !url.startsWith(scope) || NEVER.has(url)) return
  if (request.mode === "navigate") event.respondWith(networkFirst(request, INDEX))
  else if (url.startsWith(ASSETS)) event.respondWith(cacheFirst(request))
  else if (SHELL.some((path) => new URL(path, scope).href === url)) event.respondWith(networkFirst(request, url))
})
