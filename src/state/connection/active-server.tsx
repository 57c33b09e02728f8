import { createMemo, type Accessor, type ParentProps } from "solid-js"
import { makeClient, type OpencodeClient } from "../../api/client"
import type { ServerEntry } from "../../lib/registry/server"
import { makeContext } from "../context"
import { useCredentials } from "./credentials"

/**
 * Everything bound to the active server. The provider sits under a keyed boundary, so switching
 * servers disposes it (and every stream, timer and socket created beneath it) and builds anew.
 */
export type ActiveServer = {
  server: Accessor<ServerEntry>
  /** The SDK client for this server, rebuilt when its password changes; one per directory. */
  client: (directory?: string) => OpencodeClient
}

const ctx = makeContext<ActiveServer>("ActiveServer")
export const useActiveServer = ctx.use

export function ActiveServerProvider(props: ParentProps<{ server: ServerEntry }>) {
  const credentials = useCredentials()
  const clients = createMemo(() => {
    const server = props.server
    const creds = credentials.credentialsFor(server)
    const cache = new Map<string, OpencodeClient>()
    return (directory?: string) => {
      const key = directory ?? ""
      let client = cache.get(key)
      if (!client) {
        client = makeClient({ url: server.url, ...(directory ? { directory } : {}), ...(creds ? { credentials: creds } : {}) })
        cache.set(key, client)
      }
      return client
    }
  })
  const value: ActiveServer = {
    server: () => props.server,
    client: (directory) => clients()(directory),
  }
  return <ctx.Provider value={value}>{props.children}</ctx.Provider>
}
