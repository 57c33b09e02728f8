import { useLocation, useNavigate, useParams, type RouteSectionProps } from "@solidjs/router"
import { createEffect, Show } from "solid-js"
import { links } from "../lib/routing/links"
import { addServerHref, hasLinkedServer, readLinkedServer, withoutLinkedServer } from "../lib/routing/portable-link"
import { CopyLinkButton } from "../components/fleet/CopyLinkButton"
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
  const navigate = useNavigate()
  const linked = () => readLinkedServer(location.search)
  const addHref = () => {
    const l = linked()
    return l ? addServerHref(links.servers(), params.serverId, l, `${location.pathname}${withoutLinkedServer(location.search)}`) : undefined
  }
  // A portable link's server params did their job once the server is known: keep the address short.
  createEffect(() => {
    if (server() && hasLinkedServer(location.search)) navigate(`${location.pathname}${withoutLinkedServer(location.search)}`, { replace: true })
  })
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
          linked={linked()}
          addHref={addHref()}
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
                  <Breadcrumbs server={s()} serverHref={links.server(s().id)} trail={trail.trail()} end={<CopyLinkButton server={s()} />} />
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
