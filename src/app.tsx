import { Router } from "@solidjs/router"
import { createEffect, type JSX } from "solid-js"
import { probeServer } from "./api/health"
import { refusesConnections } from "./lib/connection/health"
import { Shell } from "./components/ui/Shell"
import { routes } from "./routes/index"
import { BrowserStoresProvider, type BrowserStores } from "./state/browser-stores"
import { CredentialsProvider, type CredentialsStore } from "./state/connection/credentials"
import { createHealth, HealthProvider } from "./state/connection/health"
import { ConnectionPoolProvider, createConnectionPool } from "./state/connection/pool"
import { FleetRoot } from "./state/fleet/provider"
import { AppUpdateProvider, createAppUpdate } from "./state/pwa/app-update"
import { RegistryProvider, type Registry } from "./state/registry/registry"
import { createToasts, ToastsProvider } from "./state/toasts"
import { createTheme, ThemeProvider } from "./state/ui/theme"

export type AppDeps = { registry: Registry; credentials: CredentialsStore; stores: BrowserStores; storageProblems: string[] }

/** The router's base follows Vite's `base`, so the portal also works under a sub-path. */
const routerBase = import.meta.env.BASE_URL.replace(/\/$/, "")

/** Builds the app from stores made once at start-up (plain deps, not reactive props). */
export function renderApp(deps: AppDeps): JSX.Element {
  const toasts = createToasts()
  const health = createHealth({
    servers: deps.registry.servers,
    credentialsFor: deps.credentials.credentialsFor,
    probe: probeServer,
    pageOrigin: window.location.origin,
    document,
  })
  const theme = createTheme({ store: deps.stores.local.store, media: window.matchMedia?.("(prefers-color-scheme: dark)"), root: document.documentElement })
  // Production builds only: the dev server has no sw.js.
  const update = createAppUpdate({
    container: import.meta.env.PROD ? navigator.serviceWorker : undefined,
    scriptUrl: `${import.meta.env.BASE_URL}sw.js`,
    scope: import.meta.env.BASE_URL,
    reload: () => window.location.reload(),
    document,
  })
  createEffect(() => {
    deps.registry.servers()
    health.sync()
  })
  const pool = createConnectionPool({
    servers: deps.registry.servers,
    credentialsFor: deps.credentials.credentialsFor,
    // A closed port fails its health check at once; its stream then waits for the next check that finds it.
    unreachable: (server) => refusesConnections(health.of(server.id)),
    window,
    document,
  })
  return (
    <BrowserStoresProvider value={deps.stores}>
      <RegistryProvider value={deps.registry}>
        <CredentialsProvider value={deps.credentials}>
          <HealthProvider value={health}>
            <ConnectionPoolProvider value={pool}>
              <ToastsProvider value={toasts}>
                <ThemeProvider value={theme}>
                  <AppUpdateProvider value={update}>
                    <Router
                      base={routerBase}
                      root={(root) => (
                        <FleetRoot>
                          <Shell storageProblems={deps.storageProblems}>{root.children}</Shell>
                        </FleetRoot>
                      )}
                    >
                      {routes}
                    </Router>
                  </AppUpdateProvider>
                </ThemeProvider>
              </ToastsProvider>
            </ConnectionPoolProvider>
          </HealthProvider>
        </CredentialsProvider>
      </RegistryProvider>
    </BrowserStoresProvider>
  )
}
