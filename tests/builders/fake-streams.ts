import type { Connection } from "../../src/api/connection"
import type { StreamEnd } from "../../src/api/events"

export type FakeStream = { server: string; signal: AbortSignal; send(payload: unknown, directory?: string): void }

/**
 * Test builder: a stand-in for each server's `/global/event`, for the pool's `connect`. Every
 * connection is recorded and stays open until aborted; `send` wraps a payload as the server does
 * (no directory for the server's own events).
 */
export function fakeStreams() {
  const opened: FakeStream[] = []
  const connect = (connection: Connection, signal: AbortSignal, onData: (data: unknown) => void) =>
    new Promise<StreamEnd>((resolve) => {
      opened.push({
        server: connection.server().id,
        signal,
        send: (payload, directory) => onData(directory === undefined ? { payload } : { directory, project: "p", payload }),
      })
      signal.addEventListener("abort", () => resolve({ kind: "aborted" }), { once: true })
    })
  const open = () => opened.filter((o) => !o.signal.aborted)
  return { connect, opened, open, of: (server: string) => open().filter((o) => o.server === server) }
}
