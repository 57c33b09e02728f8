import "@unocss/reset/tailwind-compat.css"
import "virtual:uno.css"
import "./styles.css"
import { render } from "solid-js/web"
import { renderApp } from "./app"
import { boot } from "./boot"
import { errorText } from "./lib/error-text"
import { createRegistry } from "./state/registry/registry"
import { createCredentials } from "./state/connection/credentials"
import { preloadRoute } from "./routes/index"
import { preloadSdk } from "./api/client"
import { callsServersAtOnce, pathSegments } from "./lib/routing/route-match"

const root = document.getElementById("root")
if (!root) throw new Error("index.html has no #root element.")

async function start(mount: HTMLElement) {
  // A task after this one: asking for the page's chunks costs the main thread a few ms.
  setTimeout(() => {
    preloadRoute(window.location.pathname, import.meta.env.BASE_URL)
    // A page that calls servers at once would otherwise ask for the API code only once storage has
    // opened and it has rendered: every server's event stream then waits for that download.
    if (callsServersAtOnce(pathSegments(window.location.pathname, import.meta.env.BASE_URL))) preloadSdk()
  })
  const booted = await boot()
  const channel = typeof BroadcastChannel === "undefined" ? undefined : new BroadcastChannel("opencode-portal")
  const registry = await createRegistry({
    kv: booted.kv,
    ...(channel ? { channel } : {}),
    ...(booted.runtimeConfig ? { runtimeConfig: booted.runtimeConfig } : {}),
    buildServers: booted.buildServers,
    ...(booted.legacy ? { legacy: booted.legacy } : {}),
  })
  const credentials = await createCredentials({ kv: booted.kv, session: booted.session.store })
  const storageProblems = [...booted.storageProblems]
  for (const [id, password] of Object.entries(registry.init.passwords)) {
    // A refused tab storage still leaves the password working for this page; the banner says so.
    if (credentials.password(id) !== password) await credentials.set(id, password, false).catch((err: unknown) => storageProblems.push(`Could not keep the password config.json gave for ${id}: ${errorText(err)}`))
  }
  // Replaces the loading shell that index.html painted.
  mount.textContent = ""
  render(() => renderApp({ registry, credentials, stores: { kv: booted.kv, local: booted.local, session: booted.session }, storageProblems }), mount)
}

start(root).catch((err: unknown) => {
  root.textContent = `OpenCode Portal could not start: ${errorText(err)}`
})
