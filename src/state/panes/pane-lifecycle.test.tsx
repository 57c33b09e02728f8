import { createRoot, createSignal } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { fakeStreams } from "../../../tests/builders/fake-streams"
import { makeServer } from "../../../tests/builders/server"
import { ActiveServerProvider, useActiveServer } from "../connection/active-server"
import { createConnectionPool, LINGER_MS, type ConnectionPool } from "../connection/pool"
import { DirectoryProvider } from "../directory/active-directory"
import { DirectoryDataProvider, useDirectoryData } from "../directory/provider"
import { createDirectoryStores, DirectoryStoresProvider, type DirectoryStores } from "../directory/shared-stores"
import type { DirectoryData } from "../directory/types"
import type { LiveServer } from "../connection/live-server"

const DIR = "/srv/app"
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } })
/** Answers the lists a directory store loads; nothing else is asked in these tests. */
const fetchStub = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(new Request(input, init).url)
  return json(url.pathname === "/session/status" ? {} : [])
}

const updated = (id: string, title: string) => ({ type: "session.updated", properties: { info: { id, directory: DIR, title, time: { created: 1, updated: 1 } } } })

/** Mounts what a pane mounts for one server and directory (the providers of components/panes/Pane). */
function mountPane(pool: ConnectionPool, serverId: string, stores?: DirectoryStores): { live: LiveServer; data: DirectoryData; close: () => void } {
  return createRoot((close) => {
    let seen: { live: LiveServer; data: DirectoryData } | undefined
    const Probe = () => {
      seen = { live: useActiveServer().live, data: useDirectoryData() }
      return null
    }
    const live = pool.use(serverId)
    if (!live) throw new Error(`no server ${serverId}`)
    // JSX runs as it is built, so the pane is built inside the registry's provider when there is one.
    const Pane = () => (
      <ActiveServerProvider live={live}>
        <DirectoryProvider directory={DIR}>
          <DirectoryDataProvider>
            <Probe />
          </DirectoryDataProvider>
        </DirectoryProvider>
      </ActiveServerProvider>
    )
    if (stores) {
      ;(
        <DirectoryStoresProvider value={stores}>
          <Pane />
        </DirectoryStoresProvider>
      )
    } else Pane()
    if (!seen) throw new Error("the pane did not mount")
    return { ...seen, close }
  })
}

let dispose: (() => void) | undefined
beforeEach(() => void vi.useFakeTimers())
afterEach(() => {
  dispose?.()
  dispose = undefined
  vi.useRealTimers()
})

function setup() {
  const streams = fakeStreams()
  const [servers] = createSignal([makeServer("alpha"), makeServer("beta")])
  const pool = createRoot((d) => {
    dispose = d
    return createConnectionPool({ servers, credentialsFor: () => undefined, connect: streams.connect, fetch: fetchStub })
  })
  return { pool, streams }
}

describe("panes on the connection pool", () => {
  it("gives two panes of one server one LiveServer and one stream; both hear its events", () => {
    const { pool, streams } = setup()
    const left = mountPane(pool, "beta")
    const right = mountPane(pool, "beta")
    expect(right.live).toBe(left.live)
    expect(streams.of("beta")).toHaveLength(1)
    streams.of("beta")[0]?.send(updated("ses_1", "Fix login"), DIR)
    expect(left.data.session("ses_1")?.title).toBe("Fix login")
    expect(right.data.session("ses_1")?.title).toBe("Fix login")
  })

  it("under the panes page's registry, two panes of one directory share one store, closed with the last", () => {
    const { pool, streams } = setup()
    const stores = createDirectoryStores()
    const left = mountPane(pool, "beta", stores)
    const right = mountPane(pool, "beta", stores)
    const other = mountPane(pool, "alpha", stores)
    expect(right.data).toBe(left.data)
    expect(other.data).not.toBe(left.data)
    expect(stores.size()).toBe(2)
    left.close()
    expect(stores.size()).toBe(2)
    streams.of("beta")[0]?.send(updated("ses_3", "Shared"), DIR)
    expect(right.data.session("ses_3")?.title).toBe("Shared")
    right.close()
    expect(stores.size()).toBe(1)
    other.close()
    expect(stores.size()).toBe(0)
  })

  it("closing one pane keeps the other's stream; closing the last frees it after the linger", () => {
    const { pool, streams } = setup()
    const left = mountPane(pool, "beta")
    const right = mountPane(pool, "beta")
    const other = mountPane(pool, "alpha")
    const stream = streams.of("beta")[0]
    stream?.send({ type: "server.connected", properties: {} })
    left.close()
    vi.advanceTimersByTime(LINGER_MS + 1)
    expect(streams.of("beta")).toHaveLength(1)
    expect(streams.of("beta")[0]).toBe(stream)
    stream?.send(updated("ses_2", "Still streaming"), DIR)
    expect(right.data.session("ses_2")?.title).toBe("Still streaming")
    // The closed pane's store no longer listens.
    expect(left.data.session("ses_2")).toBeUndefined()

    right.close()
    expect(streams.of("beta")).toHaveLength(1)
    vi.advanceTimersByTime(LINGER_MS)
    expect(streams.of("beta")).toHaveLength(0)
    expect(pool.connected()).toEqual(["alpha"])
    other.close()
  })
})
