import { createEffect, createMemo, createRoot, getOwner, on, onCleanup, untrack } from "solid-js"
import type { Credentials } from "../../api/auth"
import { makeConnection, type Connection } from "../../api/connection"
import { streamServerEvents, type StreamEnd } from "../../api/events"
import { openEnvelope } from "../../lib/events/envelope"
import type { ServerEntry } from "../../lib/registry/server"
import { makeContext } from "../context"
import { createEventStream, type EventStreamDeps } from "../events/event-stream"
import type { LiveServer, ServerListener } from "./live-server"

export type { LiveServer, ServerListener }

export type PoolDeps = {
  servers: () => ServerEntry[]
  credentialsFor: (server: ServerEntry) => Credentials | undefined
  /** For the SDK clients; tests pass a fake server. */
  fetch?: typeof fetch
  /** Paces the connections' calls (api/pace.ts); tests pass one that never waits, for a set order. */
  pace?: () => Promise<void>
  /** Opens one connection to a server's event stream; tests pass a fake. */
  connect?: (connection: Connection, signal: AbortSignal, onData: (data: unknown) => void) => Promise<StreamEnd>
  /**
   * Whether the health check found nothing answering (a closed port). A stream that was never
   * live waits for the check to find the server, instead of failing and retrying on its own.
   */
  unreachable?: (server: ServerEntry) => boolean
  /** How long a server nothing holds stays live, so moving between views does not drop its stream. */
  lingerMs?: number
} & Pick<EventStreamDeps, "window" | "document">


/** Long enough to cover a route change (old view released, new one acquired); short enough to free a server soon. */
export const LINGER_MS = 3000

export type Hold = { live: LiveServer; release(): void }

type Entry = { live: LiveServer; holds: number; dispose: () => void; lingering?: ReturnType<typeof setTimeout> }

/**
 * The live connections of this tab, one per registered server that something holds: each owns
 * exactly one `/global/event` stream (reconnect, watchdog, resume on visibility and online, a
 * refetch signal after each reconnect) and fans its events out to every listening view. A server
 * is connected on first use and disconnected once nothing holds it for `lingerMs`, or at once when
 * it leaves the registry. Must be created under a reactive owner.
 */
export function createConnectionPool(deps: PoolDeps) {
  const lingerMs = deps.lingerMs ?? LINGER_MS
  // Thirty streams asked for at once do not open in one task: the connection paces its calls.
  const connect = deps.connect ?? ((connection, signal, onData) => streamServerEvents(connection, { signal, onData }))
  const entries = new Map<string, Entry>()
  const entryOf = (id: string) => deps.servers().find((s) => s.id === id)

  const open = (id: string, first: ServerEntry): Entry =>
    createRoot((dispose) => {
      // The registry entry as it is now; a rename or new URL shows at once, a removal keeps the last one.
      const server = createMemo<ServerEntry>((last) => entryOf(id) ?? last, first)
      const connection = makeConnection({ server, credentials: () => deps.credentialsFor(server()), ...(deps.fetch ? { fetch: deps.fetch } : {}), ...(deps.pace ? { pace: deps.pace } : {}) })
      const listeners = new Set<ServerListener>()
      const gate = createGate(() => deps.unreachable?.(server()) ?? false)
      let everLive = false
      const stream = createEventStream({
        // Once live, a dropped stream retries by its own backoff, whatever the last health check said.
        connect: (signal, onData) => {
          const start = () =>
            connect(connection, signal, (data) => {
              everLive = true
              onData(data)
            })
          if (everLive || !gate.shut()) return start()
          return gate.open(signal).then(() => (signal.aborted ? ABORTED : start()))
        },
        onData(raw) {
          const envelope = openEnvelope(raw)
          if (!envelope) return
          for (const listener of [...listeners]) {
            if (listener.directory === undefined || listener.directory === envelope.directory) listener.onEvent(envelope.payload, envelope.directory)
          }
        },
        onLive: () => [...listeners].forEach((listener) => listener.onLive?.()),
        ...(deps.window ? { window: deps.window } : {}),
        ...(deps.document ? { document: deps.document } : {}),
      })
      // A new address or password makes the open stream stale: connect again with them.
      createEffect(on(() => credentialsKey(server(), deps.credentialsFor(server())), () => stream.reconnect(), { defer: true }))
      const live: LiveServer = {
        id,
        server,
        connection,
        streamState: stream.state,
        listen(listener) {
          listeners.add(listener)
          if (stream.state().kind === "live") listener.onLive?.()
          return () => void listeners.delete(listener)
        },
        reconnect: stream.reconnect,
      }
      return { live, holds: 0, dispose }
    })

  const close = (id: string) => {
    const entry = entries.get(id)
    if (!entry) return
    clearTimeout(entry.lingering)
    entries.delete(id)
    entry.dispose()
  }

  // A server removed from the registry is dropped now, whoever holds it.
  createEffect(() => {
    const ids = new Set(deps.servers().map((s) => s.id))
    for (const id of [...entries.keys()]) if (!ids.has(id)) close(id)
  })
  onCleanup(() => [...entries.keys()].forEach(close))

  /** Holds a registered server's live connection until `release()`; undefined for unknown ids. */
  const acquire = (id: string): Hold | undefined => {
    const server = entryOf(id)
    if (!server) return undefined
    let entry = entries.get(id)
    if (!entry) {
      entry = open(id, server)
      entries.set(id, entry)
    }
    clearTimeout(entry.lingering)
    entry.lingering = undefined
    entry.holds += 1
    const held = entry
    let released = false
    return {
      live: held.live,
      release() {
        if (released) return
        released = true
        held.holds -= 1
        if (held.holds > 0 || entries.get(id) !== held) return
        held.lingering = setTimeout(() => close(id), lingerMs)
      },
    }
  }

  return {
    acquire,
    /** The live connection of a registered server, held until the calling reactive owner is disposed. */
    use(id: string): LiveServer | undefined {
      const hold = acquire(id)
      if (hold && getOwner()) onCleanup(hold.release)
      return hold?.live
    },
    /** Ids of the servers connected now (held or lingering). */
    connected: (): string[] => [...entries.keys()],
  }
}

const ABORTED: StreamEnd = { kind: "aborted" }

/** `open(signal)` resolves once `closed()` is false (or `signal` aborts). Create under a reactive owner. */
function createGate(closed: () => boolean) {
  const isShut = createMemo(closed)
  const waiting = new Set<() => void>()
  createEffect(() => {
    if (isShut()) return
    for (const resume of [...waiting]) resume()
  })
  return {
    shut: () => untrack(isShut),
    open(signal: AbortSignal): Promise<void> {
      return new Promise((resolve) => {
        const resume = () => {
          waiting.delete(resume)
          signal.removeEventListener("abort", resume)
          resolve()
        }
        waiting.add(resume)
        signal.addEventListener("abort", resume)
      })
    },
  }
}

export type ConnectionPool = ReturnType<typeof createConnectionPool>

const ctx = makeContext<ConnectionPool>("ConnectionPool")
export const useConnectionPool = ctx.use
export const ConnectionPoolProvider = ctx.Provider

/** What the stream was opened with; when it changes, the stream is reopened. */
const credentialsKey = (server: ServerEntry, credentials: Credentials | undefined) => JSON.stringify([server.url, credentials?.username, credentials?.password])
