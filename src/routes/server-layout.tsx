import { useLocation, useParams, type RouteSectionProps } from "@solidjs/router"
import { createEffect, Show } from "solid-js"
import { links } from "../lib/routing/links"
import { normalizeServerUrl } from "../lib/registry/url"
import { Breadcrumbs } from "../components/ui/Breadcrumbs"
import { ConnectionGate } from "../components/servers/ConnectionGate"
import { UnknownServer } from "../components/servers/UnknownServer"
import { createTrail, TrailProvider } from "../state/breadcrumbs"
import { useRegistry } from "../state/registry/registry"
import { ActiveServerProvider } from "../state/connection/active-server"
import { useConnectionPool } from "../state/connection/pool"

/**
 * Everything under /s/<serverId>. The views are keyed by server id and URL, so a switch disposes
 * the old server's views; its live connection stays with the pool while other views hold it.
 */
export function ServerLayout(props: RouteSectionProps) {
  const params = useParams<{ serverId: string }>()
  const location = useLocation()
  const registry = useRegistry()
  const pool = useConnectionPool()
  const server = () => registry.byId(params.serverId)
  const key = () => {
    const s = server()
    return s ? `${s.id} ${s.url}` : undefined
  }
  const linkedUrl = () => {
    const raw = new URLSearchParams(location.search).get("url")
    const url = raw ? normalizeServerUrl(raw) : undefined
    return url?.ok ? url.url : undefined
  }
  createEffect(() => {
    const s = server()
    if (s) {
      registry.setLastActive(s.id)
      document.title = `${s.name} · OpenCode Portal`
    } else document.title = "Unknown server · OpenCode Portal"
  })
  return (
    <Show
      when={key()}
      keyed
      fallback={
        <UnknownServer
          serverId={params.serverId}
          url={linkedUrl()}
          addHref={linkedUrl() ? `${links.servers()}?add=${encodeURIComponent(linkedUrl() ?? "")}&id=${encodeURIComponent(params.serverId)}` : undefined}
        />
      }
    >
      {(_key) => (
        <Show when={server()}>
          {(s) => {
            const trail = createTrail()
            const live = pool.use(s().id)
            if (!live) return null
            return (
              <ActiveServerProvider live={live}>
                <TrailProvider value={trail}>
                  <Breadcrumbs server={s()} serverHref={links.server(s().id)} trail={trail.trail()} />
                  <ConnectionGate server={s()}>{props.children}</ConnectionGate>
                </TrailProvider>
              </ActiveServerProvider>
            )
          }}
        </Show>
      )}
    </Show>
  )
}
