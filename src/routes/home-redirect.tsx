import { Navigate } from "@solidjs/router"
import { paths } from "../lib/paths"
import { useRegistry } from "../state/registry"

/** `/` reopens the last active server, or the first one, or the server list. */
export function HomeRedirect() {
  const registry = useRegistry()
  const target = () => {
    const last = registry.lastActive()
    const id = (last && registry.byId(last)?.id) ?? registry.servers()[0]?.id
    return id ? paths.server(id) : paths.servers()
  }
  return <Navigate href={target()} />
}
