import { createRoot, createSignal } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { Credentials } from "../../api/auth"
import type { ServerEntry } from "../../lib/registry/server"
import { fakeStreams } from "../../../tests/builders/fake-streams"
import { makeServer } from "../../../tests/builders/server"
import { createConnectionPool, LINGER_MS } from "./pool"

const connected = { type: "server.connected", properties: {} }
const idle = (sessionID: string) => ({ type: "session.idle", properties: { sessionID } })

let dispose: (() => void) | undefined
beforeEach(() => void vi.useFakeTimers())
afterEach(() => {
  dispose?.()
  dispose = undefined
  vi.useRealTimers()
})

function setup(initial: ServerEntry[] = [makeServer("alpha"), makeServer("beta")]) {
  const streams = fakeStreams()
  const [servers, setServers] = createSignal(initial)
  const [offline, setOffline] = createSignal<ReadonlySet<string>>(new Set())
  const [passwords, setPasswords] = createSignal<Record<string, string>>({})
  const credentialsFor = (server: ServerEntry): Credentials | undefined => {
    const password = passwords()[server.id]
    return password === undefined ? undefined : { username: "opencode", password }
  }
  const pool = createRoot((d) => {
    dispose = d
    return createConnectionPool({ servers, credentialsFor, connect: streams.connect, unreachable: (server) => offline().has(server.id) })
  })
  return { pool, streams, setServers, setPasswords, setOffline }
}

/** Runs `fn` under its own owner, like a view that mounts; the returned function unmounts it. */
function mount<T>(fn: () => T): [T, () => void] {
  let unmount = () => {}
  const value = createRoot((d) => {
    unmount = d
    return fn()
  })
  return [value, unmount]
}

describe("createConnectionPool", () => {
  it("gives two directories of one server one shared stream, each hearing only its own events", () => {
    const { pool, streams } = setup()
    const heard: string[] = []
    const [, unmountA] = mount(() => pool.use("alpha")?.listen({ directory: "/srv/a", onEvent: (p) => heard.push(`a ${JSON.stringify(p)}`) }))
    const [, unmountB] = mount(() => pool.use("alpha")?.listen({ directory: "/srv/b", onEvent: (p) => heard.push(`b ${JSON.stringify(p)}`) }))
    expect(streams.of("alpha")).toHaveLength(1)
    streams.of("alpha")[0]?.send(idle("ses_1"), "/srv/b")
    streams.of("alpha")[0]?.send(idle("ses_2"), "/srv/other")
    expect(heard).toEqual([`b ${JSON.stringify(idle("ses_1"))}`])
    unmountA()
    unmountB()
  })

  it("gives a second server a stream of its own", () => {
    const { pool, streams } = setup()
    mount(() => [pool.use("alpha"), pool.use("beta")])
    expect(streams.open().map((o) => o.server).sort()).toEqual(["alpha", "beta"])
  })

  it("hands every server-wide event to a listener without a directory, with the event's directory", () => {
    const { pool, streams } = setup()
    const heard: [unknown, string | undefined][] = []
    mount(() => pool.use("alpha")?.listen({ onEvent: (payload, directory) => heard.push([payload, directory]) }))
    streams.of("alpha")[0]?.send(connected)
    streams.of("alpha")[0]?.send(idle("ses_1"), "/srv/a")
    expect(heard).toEqual([
      [connected, undefined],
      [idle("ses_1"), "/srv/a"],
    ])
  })

  it("closes a server's stream once the last view of it is gone (after the linger), not before", () => {
    const { pool, streams } = setup()
    const [, unmountA] = mount(() => pool.use("alpha"))
    const [, unmountB] = mount(() => pool.use("alpha"))
    unmountA()
    vi.advanceTimersByTime(LINGER_MS)
    expect(streams.of("alpha")).toHaveLength(1)
    unmountB()
    vi.advanceTimersByTime(LINGER_MS - 1)
    expect(streams.of("alpha")).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(streams.of("alpha")).toHaveLength(0)
    expect(pool.connected()).toEqual([])
  })

  it("keeps the same stream for a view that comes back within the linger (a route change)", () => {
    const { pool, streams } = setup()
    const [first, unmount] = mount(() => pool.use("alpha"))
    streams.of("alpha")[0]?.send(connected)
    unmount()
    vi.advanceTimersByTime(LINGER_MS - 1)
    const [second] = mount(() => pool.use("alpha"))
    vi.advanceTimersByTime(LINGER_MS * 2)
    expect(second).toBe(first)
    expect(streams.opened.filter((o) => o.server === "alpha")).toHaveLength(1)
    expect(streams.of("alpha")).toHaveLength(1)
  })

  it("drops a server removed from the registry at once, even while held", () => {
    const { pool, streams, setServers } = setup()
    mount(() => pool.use("beta"))
    setServers([makeServer("alpha")])
    expect(streams.of("beta")).toHaveLength(0)
    expect(pool.use("beta")).toBeUndefined()
  })

  it("tells listeners when the stream turns live, and a late listener at once", () => {
    const { pool, streams } = setup()
    const lives: string[] = []
    const [live] = mount(() => pool.use("alpha"))
    live?.listen({ onEvent: () => {}, onLive: () => lives.push("early") })
    expect(lives).toEqual([])
    streams.of("alpha")[0]?.send(connected)
    expect(live?.streamState().kind).toBe("live")
    live?.listen({ onEvent: () => {}, onLive: () => lives.push("late") })
    expect(lives).toEqual(["early", "late"])
  })

  it("reopens the stream with the new password when it changes", () => {
    const { pool, streams, setPasswords } = setup()
    mount(() => pool.use("alpha"))
    const first = streams.of("alpha")[0]
    setPasswords({ alpha: "secret" })
    expect(first?.signal.aborted).toBe(true)
    expect(streams.of("alpha")).toHaveLength(1)
  })

  it("stops hearing after unsubscribing, and releases a hold only once", () => {
    const { pool, streams } = setup()
    const heard: unknown[] = []
    const hold = pool.acquire("alpha")
    const other = pool.acquire("alpha")
    const stop = hold?.live.listen({ onEvent: (p) => heard.push(p) })
    stop?.()
    streams.of("alpha")[0]?.send(connected)
    expect(heard).toEqual([])
    hold?.release()
    hold?.release()
    vi.advanceTimersByTime(LINGER_MS)
    expect(streams.of("alpha")).toHaveLength(1)
    other?.release()
    vi.advanceTimersByTime(LINGER_MS)
    expect(streams.of("alpha")).toHaveLength(0)
  })

  it("opens no stream to a server its health check calls offline until the check finds it", async () => {
    const { pool, streams, setOffline } = setup()
    setOffline(new Set(["alpha"]))
    mount(() => [pool.use("alpha"), pool.use("beta")])
    expect(streams.open().map((o) => o.server)).toEqual(["beta"])
    setOffline(new Set<string>())
    await vi.advanceTimersByTimeAsync(0)
    expect(streams.open().map((o) => o.server).sort()).toEqual(["alpha", "beta"])
  })

  it("lets a stream that was live retry by its own backoff, whatever the health check says", async () => {
    const { pool, streams, setOffline } = setup()
    const [live] = mount(() => pool.use("alpha"))
    streams.of("alpha")[0]?.send(connected)
    setOffline(new Set(["alpha"]))
    live?.reconnect()
    await vi.advanceTimersByTimeAsync(0)
    expect(streams.of("alpha")).toHaveLength(1)
  })

  it("knows nothing of unregistered servers", () => {
    const { pool, streams } = setup()
    expect(pool.acquire("gamma")).toBeUndefined()
    expect(streams.opened).toEqual([])
  })

  it("closes every stream when the pool's owner goes", () => {
    const { pool, streams } = setup()
    mount(() => [pool.use("alpha"), pool.use("beta")])
    dispose?.()
    dispose = undefined
    expect(streams.open()).toEqual([])
  })
})
