import type { Accessor, ParentProps } from "solid-js"
import type { OpencodeClient } from "../../api/client"
import { makeContext } from "../context"
import { useActiveServer } from "../connection/active-server"

/** The directory (project) being worked on, on the active server. Keyed by directory in the routes. */
export type ActiveDirectory = {
  directory: Accessor<string>
  client: Accessor<OpencodeClient>
}

const ctx = makeContext<ActiveDirectory>("Directory")
export const useDirectory = ctx.use

export function DirectoryProvider(props: ParentProps<{ directory: string }>) {
  const active = useActiveServer()
  const value: ActiveDirectory = {
    directory: () => props.directory,
    client: () => active.client(props.directory),
  }
  return <ctx.Provider value={value}>{props.children}</ctx.Provider>
}
