/** Owns one registered server as the API layer sees it: who it is, and its SDK clients per directory. */
import { basicToken, type Credentials } from "./auth"
import { makeClient, type OpencodeClient } from "./client"
import { paceCall } from "./pace"

/** What the API layer needs to know of a registry entry; read per call, so a rename shows at once. */
export type ServerIdentity = { readonly id: string; readonly name: string; readonly url: string }

/**
 * One server: every server-wide API call takes it. Clients are cached per directory and rebuilt
 * when the URL or the password changes, so a new password applies to the next call.
 */
export type Connection = {
  server(): ServerIdentity
  /** The SDK client for the whole server, or scoped to `directory` (loaded on first use, then cached). */
  client(directory?: string): Promise<OpencodeClient>
  /** The same server scoped to one directory. */
  at(directory: string): Scope
}

/** One directory on one server: every per-directory API call takes it. */
export type Scope = {
  readonly connection: Connection
  readonly directory: string
  client(): Promise<OpencodeClient>
}

export type ConnectionDeps = {
  server: () => ServerIdentity
  credentials: () => Credentials | undefined
  fetch?: typeof fetch
  /** Waits for the call's turn (src/api/pace.ts); tests may pass one that never waits. */
  pace?: () => Promise<void>
}

/** "list sessions" → "list sessions on Alpha": every failure a person reads names the server. */
export function onServer(target: Connection | Scope, action: string): string {
  const connection = "connection" in target ? target.connection : target
  return `${action} on ${connection.server().name}`
}

export function makeConnection(deps: ConnectionDeps): Connection {
  const pace = deps.pace ?? paceCall
  let cacheKey = ""
  let clients = new Map<string, Promise<OpencodeClient>>()
  const cached = (directory?: string): Promise<OpencodeClient> => {
    const credentials = deps.credentials()
    const key = `${deps.server().url} ${credentials ? basicToken(credentials) : ""}`
    if (key !== cacheKey) {
      cacheKey = key
      clients = new Map()
    }
    const slot = directory ?? ""
    let made = clients.get(slot)
    if (!made) {
      const cache = clients
      made = makeClient({ url: deps.server().url, ...(directory ? { directory } : {}), ...(credentials ? { credentials } : {}), ...(deps.fetch ? { fetch: deps.fetch } : {}) })
      // A client that could not be made is not kept: the next call tries again.
      made.catch(() => cache.delete(slot))
      clients.set(slot, made)
    }
    return made
  }
  // Paced after the client is ready: calls waiting for the SDK to load would otherwise all start in the task it arrives in.
  const client = async (directory?: string): Promise<OpencodeClient> => {
    const ready = await cached(directory)
    await pace()
    return ready
  }
  const connection: Connection = {
    server: deps.server,
    client,
    at: (directory) => ({ connection, directory, client: () => client(directory) }),
  }
  return connection
}
