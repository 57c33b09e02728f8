import type { Accessor, ParentProps } from "solid-js"
import type { Connection } from "../../api/connection"
import type { ServerEntry } from "../../lib/registry/server"
import { makeContext } from "../context"
import type { LiveServer } from "./live-server"

/**
 * The server the person is looking at (the switcher, the URL): a UI notion only. Its connection
 * comes from the pool like any other server's, so other views (the fleet, panes) share it.
 */
export type ActiveServer = {
  server: Accessor<ServerEntry>
  connection: Connection
  live: LiveServer
}

const ctx = makeContext<ActiveServer>("ActiveServer")
export const useActiveServer = ctx.use

/** Holds the server's live connection while mounted (keyed by server in the routes). */
export function ActiveServerProvider(props: ParentProps<{ live: LiveServer }>) {
  // eslint-disable-next-line solid/reactivity -- keyed by server above: the live connection is fixed for this provider's life
  const live = props.live
  const value: ActiveServer = { server: live.server, connection: live.connection, live }
  return <ctx.Provider value={value}>{props.children}</ctx.Provider>
}
