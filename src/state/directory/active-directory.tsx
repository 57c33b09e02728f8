import type { Accessor, ParentProps } from "solid-js"
import type { Scope } from "../../api/connection"
import { makeContext } from "../context"
import { useActiveServer } from "../connection/active-server"

/** The directory (project) being worked on, on the active server. Keyed by directory in the routes. */
export type ActiveDirectory = {
  directory: Accessor<string>
  /** The directory on its server: what every per-directory API call takes. */
  scope: Scope
}

const ctx = makeContext<ActiveDirectory>("Directory")
export const useDirectory = ctx.use

export function DirectoryProvider(props: ParentProps<{ directory: string }>) {
  const active = useActiveServer()
  // eslint-disable-next-line solid/reactivity -- keyed by directory in the routes: fixed for this provider's life
  const directory = props.directory
  const value: ActiveDirectory = { directory: () => directory, scope: active.connection.at(directory) }
  return <ctx.Provider value={value}>{props.children}</ctx.Provider>
}
