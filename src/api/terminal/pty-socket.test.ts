import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { LinkState } from "../../lib/terminal/pty-link"
import { makeConnection } from "../connection"
import { PortalError } from "../errors"
import { connectPty, type OpenSocket, type SocketHandlers } from "./pty-socket"

type FakeSocket = { url: string; handlers: SocketHandlers; sent: string[]; closed: boolean }

function harness(tickets: Array<string | PortalError>) {
  const sockets: FakeSocket[] = []
  const states: LinkState[] = []
  const output: string[] = []
  let resets = 0
  let ticketCalls = 0
  const openSocket: OpenSocket = (url, handlers) => {
    const socket: FakeSocket = { url, handlers, sent: [], closed: false }
    sockets.push(socket)
    return {
      send: (data) => (socket.closed ? false : (socket.sent.push(data), true)),
      close: () => void (socket.closed = true),
    }
  }
  const link = connectPty({
    scope: makeConnection({ server: () => ({ id: "alpha", name: "Alpha", url: "http://127.0.0.1:4001/base" }), credentials: () => undefined }).at("/srv/ws"),
    ptyId: "pty_1",
    ticket: async () => {
      const next = tickets[Math.min(ticketCalls++, tickets.length - 1)]
      if (next === undefined || next instanceof PortalError) throw next ?? new Error("no ticket")
      return next
    },
    onOutput: (text) => output.push(text),
    onReset: () => resets++,
    onState: (state) => states.push(state),
    openSocket,
  })
  const last = () => {
    const socket = sockets.at(-1)
    if (!socket) throw new Error("no socket opened")
    return socket
  }
  return { link, sockets, states, output, last, resets: () => resets, ticketCalls: () => ticketCalls }
}

const meta = (cursor: number) => new Uint8Array([0, ...new TextEncoder().encode(JSON.stringify({ cursor }))]).buffer
const gone = new PortalError("not-found", "Could not connect the terminal on Alpha: PTY session not found.", 404)
const down = new PortalError("unreachable", "Could not connect the terminal on Alpha: the server is unreachable.")

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe("connectPty", () => {
  it("connects with a ticket, writes output but never the meta frame", async () => {
    const h = harness(["t1"])
    await vi.advanceTimersByTimeAsync(0)
    expect(h.last().url).toBe("ws://127.0.0.1:4001/base/pty/pty_1/connect?ticket=t1&directory=%2Fsrv%2Fws")
    h.last().handlers.open()
    h.last().handlers.message("prompt$ ")
    h.last().handlers.message(meta(8))
    h.last().handlers.message("ls\r\n")
    expect(h.output).toEqual(["prompt$ ", "ls\r\n"])
    expect(h.states).toEqual([{ kind: "connecting" }, { kind: "open" }])
    expect(h.link.send("x")).toBe(true)
    expect(h.last().sent).toEqual(["x"])
  })

  it("after a drop, reconnects with a fresh ticket from the cursor, so nothing repeats", async () => {
    const h = harness(["t1", "t2"])
    await vi.advanceTimersByTimeAsync(0)
    h.last().handlers.open()
    h.last().handlers.message("héllo ")
    h.last().handlers.message(meta(6))
    h.last().handlers.message("wörld")
    h.last().handlers.close(1006)
    expect(h.link.send("lost")).toBe(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(h.sockets).toHaveLength(2)
    expect(h.last().url).toContain("ticket=t2")
    expect(h.last().url).toContain("cursor=11")
    expect(h.resets()).toBe(0)
    h.last().handlers.open()
    expect(h.states.at(-1)).toEqual({ kind: "open" })
    expect(h.states).toContainEqual({ kind: "reconnecting", attempt: 1 })
  })

  it("dropped during the replay: clears the screen and replays from scratch", async () => {
    const h = harness(["t1", "t2"])
    await vi.advanceTimersByTimeAsync(0)
    h.last().handlers.open()
    h.last().handlers.message("half a replay")
    h.last().handlers.close(1006)
    await vi.advanceTimersByTimeAsync(0)
    expect(h.resets()).toBe(1)
    expect(h.last().url).not.toContain("cursor=")
  })

  it("a normal close followed by 404 means the shell exited", async () => {
    const h = harness(["t1", gone])
    await vi.advanceTimersByTimeAsync(0)
    h.last().handlers.open()
    h.last().handlers.close(1000)
    await vi.advanceTimersByTimeAsync(0)
    expect(h.states.at(-1)).toEqual({ kind: "exited" })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(h.ticketCalls()).toBe(2)
  })

  it("a PTY missing on first connect is gone, not exited", async () => {
    const h = harness([gone])
    await vi.advanceTimersByTimeAsync(0)
    expect(h.states).toEqual([{ kind: "connecting" }, { kind: "gone" }])
    expect(h.sockets).toHaveLength(0)
  })

  it("waits while the server is down and reattaches when it is back", async () => {
    const h = harness(["t1", down, down, "t4"])
    await vi.advanceTimersByTimeAsync(0)
    h.last().handlers.open()
    h.last().handlers.message(meta(0))
    h.last().handlers.close(1006)
    await vi.advanceTimersByTimeAsync(0)
    expect(h.states.at(-1)).toEqual({ kind: "waiting", reason: down.message, retryInMs: 500 })
    await vi.advanceTimersByTimeAsync(500)
    expect(h.states.at(-1)).toEqual({ kind: "waiting", reason: down.message, retryInMs: 1000 })
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sockets).toHaveLength(2)
    expect(h.last().url).toContain("cursor=0")
    h.last().handlers.open()
    expect(h.states.at(-1)).toEqual({ kind: "open" })
  })

  it("a PTY missing after the server was away is gone, even after a normal close", async () => {
    const h = harness(["t1", down, gone])
    await vi.advanceTimersByTimeAsync(0)
    h.last().handlers.open()
    h.last().handlers.close(1000)
    await vi.advanceTimersByTimeAsync(0)
    expect(h.states.at(-1)?.kind).toBe("waiting")
    await vi.advanceTimersByTimeAsync(500)
    expect(h.states.at(-1)).toEqual({ kind: "gone" })
  })

  it("retryNow skips the wait", async () => {
    const h = harness([down, "t2"])
    await vi.advanceTimersByTimeAsync(0)
    expect(h.states.at(-1)?.kind).toBe("waiting")
    h.link.retryNow()
    await vi.advanceTimersByTimeAsync(0)
    expect(h.sockets).toHaveLength(1)
  })

  it("a refused ticket (403, origin not allowed) stops with a reason", async () => {
    const h = harness([new PortalError("http", "Could not connect the terminal on Alpha: Invalid PTY connect token request.", 403)])
    await vi.advanceTimersByTimeAsync(0)
    expect(h.states.at(-1)).toEqual({ kind: "failed", reason: "Could not connect the terminal on Alpha: Invalid PTY connect token request." })
  })

  it("gives up after sockets that never open, naming the likely cause", async () => {
    const h = harness(["t"])
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(10_000)
      h.last().handlers.close(1006)
    }
    await vi.advanceTimersByTimeAsync(60_000)
    expect(h.sockets).toHaveLength(5)
    expect(h.states.at(-1)).toEqual({ kind: "failed", reason: "The terminal connection to Alpha could not be opened (5 tries). A proxy may be blocking WebSockets." })
  })

  it("a handshake that hangs is abandoned and retried", async () => {
    const h = harness(["t1", "t2"])
    await vi.advanceTimersByTimeAsync(15_001)
    expect(h.sockets[0]?.closed).toBe(true)
    expect(h.sockets).toHaveLength(2)
  })

  it("close() detaches for good: socket closed, no retries, no more states", async () => {
    const h = harness(["t1", "t2"])
    await vi.advanceTimersByTimeAsync(0)
    h.last().handlers.open()
    const before = h.states.length
    h.link.close()
    expect(h.last().closed).toBe(true)
    h.last().handlers.close(1005)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(h.sockets).toHaveLength(1)
    expect(h.states).toHaveLength(before)
  })
})
