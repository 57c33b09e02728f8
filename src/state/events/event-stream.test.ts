import { createRoot } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { StreamEnd } from "../../api/events"
import { PortalError } from "../../api/errors"
import { backoffMs, CONNECT_TIMEOUT_MS, createEventStream, OFFLINE_AFTER, WATCHDOG_MS } from "./event-stream"

/** A fake server side: each connect() call is one connection the test can feed, close or fail. */
function makeFakeServer() {
  const connections: { signal: AbortSignal; send: (data: unknown) => void; end: (how: StreamEnd) => void }[] = []
  const connect = (signal: AbortSignal, onData: (data: unknown) => void) =>
    new Promise<StreamEnd>((resolve) => {
      signal.addEventListener("abort", () => resolve({ kind: "aborted" }))
      connections.push({ signal, send: onData, end: resolve })
    })
  const last = () => {
    const c = connections.at(-1)
    if (!c) throw new Error("no connection yet")
    return c
  }
  return { connections, connect, last }
}

const failed = (message: string): StreamEnd => ({ kind: "failed", error: new PortalError("unreachable", message) })

function setup() {
  const server = makeFakeServer()
  const onData = vi.fn()
  const onLive = vi.fn()
  const win = new EventTarget()
  const doc = Object.assign(new EventTarget(), { visibilityState: "visible" as DocumentVisibilityState })
  const { stream, dispose } = createRoot((dispose) => ({ stream: createEventStream({ connect: server.connect, onData, onLive, window: win, document: doc }), dispose }))
  return { server, onData, onLive, win, doc, stream, dispose }
}

/** Lets resolved connection promises run their `.then`. */
const settle = () => vi.advanceTimersByTimeAsync(0)

describe("createEventStream", () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it("goes live on the first payload, passes every payload on and tells whether it reconnected", async () => {
    const t = setup()
    expect(t.stream.state()).toEqual({ kind: "connecting" })
    t.server.last().send({ type: "server.connected" })
    t.server.last().send({ type: "server.heartbeat" })
    expect(t.stream.state()).toEqual({ kind: "live" })
    expect(t.onData).toHaveBeenCalledTimes(2)
    expect(t.onLive.mock.calls).toEqual([[false]])
    t.dispose()
  })

  it("retries failures with growing backoff, turns offline after a few, and live again resets", async () => {
    const t = setup()
    for (let attempt = 1; attempt <= OFFLINE_AFTER; attempt++) {
      t.server.last().end(failed("Could not follow live events on A: the server is unreachable."))
      await settle()
      expect(t.stream.state()).toMatchObject({ kind: attempt < OFFLINE_AFTER ? "reconnecting" : "offline", attempt })
      expect(t.server.connections).toHaveLength(attempt)
      await vi.advanceTimersByTimeAsync(backoffMs(attempt))
      expect(t.server.connections).toHaveLength(attempt + 1)
    }
    t.server.last().send({ type: "server.connected" })
    expect(t.stream.state()).toEqual({ kind: "live" })
    expect(t.onLive.mock.calls).toEqual([[false]])
    t.dispose()
  })

  it("resubscribes at once after a clean close (instance disposed) and reports the reconnect", async () => {
    const t = setup()
    t.server.last().send({ type: "server.connected" })
    t.server.last().end({ kind: "closed" })
    await settle()
    expect(t.server.connections).toHaveLength(2)
    expect(t.stream.state()).toMatchObject({ kind: "reconnecting" })
    t.server.last().send({ type: "server.connected" })
    expect(t.onLive.mock.calls).toEqual([[false], [true]])
    t.dispose()
  })

  it.each([
    ["a live stream that goes silent", true, WATCHDOG_MS],
    ["a connection that never answers", false, CONNECT_TIMEOUT_MS],
  ])("drops %s and connects again", async (_label, wasLive, timeout) => {
    const t = setup()
    if (wasLive) t.server.last().send({ type: "server.connected" })
    await vi.advanceTimersByTimeAsync(timeout - 1)
    expect(t.server.connections).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(t.server.connections[0]?.signal.aborted).toBe(true)
    await vi.advanceTimersByTimeAsync(backoffMs(1))
    expect(t.server.connections).toHaveLength(2)
    t.dispose()
  })

  it("heartbeats keep a quiet stream alive", async () => {
    const t = setup()
    for (let i = 0; i < 5; i++) {
      t.server.last().send({ type: "server.heartbeat" })
      await vi.advanceTimersByTimeAsync(10_000)
    }
    expect(t.server.connections).toHaveLength(1)
    t.dispose()
  })

  it.each([
    ["the browser comes back online", (t: ReturnType<typeof setup>) => t.win.dispatchEvent(new Event("online"))],
    ["the tab becomes visible", (t: ReturnType<typeof setup>) => t.doc.dispatchEvent(new Event("visibilitychange"))],
  ])("reconnects at once when %s while waiting to retry", async (_label, trigger) => {
    const t = setup()
    t.server.last().end(failed("down"))
    await settle()
    trigger(t)
    expect(t.server.connections).toHaveLength(2)
    t.dispose()
  })

  it("stays closed after stop() until reconnect(), and dispose() aborts and stops listening", async () => {
    const t = setup()
    t.server.last().send({ type: "server.connected" })
    t.stream.stop()
    expect(t.server.last().signal.aborted).toBe(true)
    await vi.advanceTimersByTimeAsync(WATCHDOG_MS * 2)
    expect(t.server.connections).toHaveLength(1)
    t.stream.reconnect()
    expect(t.server.connections).toHaveLength(2)
    t.dispose()
    expect(t.server.last().signal.aborted).toBe(true)
    t.win.dispatchEvent(new Event("online"))
    await vi.advanceTimersByTimeAsync(WATCHDOG_MS * 2)
    expect(t.server.connections).toHaveLength(2)
  })
})
