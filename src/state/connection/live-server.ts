import type { Accessor } from "solid-js"
import type { Connection } from "../../api/connection"
import type { StreamState } from "../../lib/events/stream-state"
import type { ServerEntry } from "../../lib/registry/server"

/**
 * What a view of a server's events hears. `directory` narrows it to one directory's events (the
 * `/global/event` envelope's `directory`); without it every event of the server arrives.
 */
export type ServerListener = {
  directory?: string
  /** One `data:` payload (`{type, properties}`), parsed JSON but not validated. */
  onEvent(payload: unknown, directory: string | undefined): void
  /** The stream turned live: the first time and after every reconnect; refetch then. */
  onLive?(): void
}

/**
 * A server with its live stream: one `/global/event` stream per server, whatever the number of
 * views that listen, kept by the connection pool while anything holds it.
 */
export type LiveServer = {
  readonly id: string
  server: Accessor<ServerEntry>
  connection: Connection
  streamState: Accessor<StreamState>
  /** Starts hearing events; the returned function stops. */
  listen(listener: ServerListener): () => void
  /** Drops the stream and connects again now (a Retry button). */
  reconnect(): void
}
