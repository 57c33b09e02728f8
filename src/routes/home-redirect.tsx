import { Navigate } from "@solidjs/router"
import { links } from "../lib/routing/links"
import { useRegistry } from "../state/registry/registry"

/**
 * `/` opens "All servers" when more than one server is registered (what waits anywhere comes
 * first); with one, that server (the last active, or the only one); with none, the server list.
 */
export function HomeRedirect() {
  const registry = useRegistry()
  const target = () => {
    if (registry.servers().length > 1) return links.all()
    const last = registry.lastActive()
    const id = (last && registry.byId(last)?.id) ?? registry.servers()[0]?.id
    return id ? links.server(id) : links.servers()
  }
  return <Navigate href={target()} />
}
