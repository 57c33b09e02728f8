import { createSignal } from "solid-js"
import { makeConnection } from "../../src/api/connection"
import type { LiveServer, ServerListener } from "../../src/state/connection/live-server"
import type { StreamState } from "../../src/lib/events/stream-state"
import type { ServerEntry } from "../../src/lib/registry/server"

/** Test builder: a LiveServer whose events the test pushes; `listeners` shows who hears it. */
export function makeFakeLive(server: ServerEntry) {
  const listeners = new Set<ServerListener>()
  const [streamState, setStreamState] = createSignal<StreamState>({ kind: "connecting" })
  const live: LiveServer = {
    id: server.id,
    server: () => server,
    connection: makeConnection({ server: () => server, credentials: () => undefined }),
    streamState,
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    reconnect: () => undefined,
  }
  return {
    live,
    listeners,
    /** The stream turns live: listeners refetch. */
    goLive() {
      setStreamState({ kind: "live" })
      for (const l of listeners) l.onLive?.()
    },
    emit(type: string, properties: Record<string, unknown>, directory?: string) {
      for (const l of listeners) l.onEvent({ type, properties }, directory)
    },
    setStreamState,
  }
}
