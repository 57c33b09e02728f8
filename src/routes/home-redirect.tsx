import { Navigate } from "@solidjs/router"
import { links } from "../lib/routing/links"
import { useRegistry } from "../state/registry/registry"

/** `/` reopens the last active server, or the first one, or the server list. */
export function HomeRedirect() {
  const registry = useRegistry()
  const target = () => {
    const last = registry.lastActive()
    const id = (last && registry.byId(last)?.id) ?? registry.servers()[0]?.id
    return id ? links.server(id) : links.servers()
  }
  return <Navigate href={target()} />
}
