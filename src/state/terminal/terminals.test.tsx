import { createRoot, createSignal } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { PortalError } from "../../api/errors"
import type { Pty, PtySize } from "../../api/terminal/pty"
import type { PtySocketOptions } from "../../api/terminal/pty-socket"
import type { PtyEvent } from "../../lib/terminal/pty-events"
import { TERMINALS_KEY } from "../../storage/terminals"
import { createTerminals, RESIZE_DEBOUNCE_MS, type TerminalsDeps } from "./terminals"
import type { LocalStore } from "../../storage/drafts"
import { makeMemoryStore } from "../../storage/memory-store"

type Handlers = Pick<PtySocketOptions, "onOutput" | "onReset" | "onState">

function remembered(storage: LocalStore, ids: string[], active?: string) {
  storage.setItem(TERMINALS_KEY, JSON.stringify({ version: 1, terminals: { "alpha /ws": { ids, ...(active ? { active } : {}) } } }))
}

const makePty = (over: Partial<Pty> & Pick<Pty, "id" | "title">): Pty => ({ command: "/bin/bash", args: ["-l"], cwd: "/ws", status: "running", pid: 1, ...over })

function setup(running: Array<{ id: string; title: string }>, storage = makeMemoryStore()) {
  const ptys = running.map(makePty)
  const find = (id: string) => ptys.find((p) => p.id === id) ?? makePty({ id, title: "?" })
  const calls = { removed: [] as string[], resized: [] as Array<[string, PtySize]>, retried: 0, closedLinks: 0 }
  const links = new Map<string, Handlers>()
  const notices: string[] = []
  let onEvent: ((event: PtyEvent) => void) | undefined
  let removeError: PortalError | undefined
  let listError: PortalError | undefined
  const [online, setOnline] = createSignal(true)
  let n = 0
  const deps: TerminalsDeps = {
    serverId: "alpha",
    directory: "/ws",
    api: {
      list: async () => {
        if (listError) throw listError
        return ptys
      },
      create: async (title) => {
        const pty = makePty({ id: `new_${++n}`, title })
        ptys.push(pty)
        return pty
      },
      rename: async (id) => find(id),
      resize: async (id, size) => (calls.resized.push([id, size]), find(id)),
      remove: async (id) => {
        if (removeError) throw removeError
        calls.removed.push(id)
      },
    },
    connect(id, handlers) {
      links.set(id, handlers)
      return { send: () => true, retryNow: () => void calls.retried++, close: () => void calls.closedLinks++ }
    },
    watch: (listener) => {
      onEvent = listener
      return () => void (onEvent = undefined)
    },
    storage,
    notify: (message) => void notices.push(message),
    online,
  }
  let dispose = () => {}
  const store = createRoot((d) => {
    dispose = d
    return createTerminals(deps)
  })
  const stored = () => JSON.parse(storage.getItem(TERMINALS_KEY) ?? "null")
  return {
    store, calls, links, notices, stored, dispose, setOnline,
    emit: (event: PtyEvent) => onEvent?.(event),
    failRemove: (e: PortalError) => void (removeError = e),
    failList: (e: PortalError | undefined) => void (listError = e),
  }
}

const flush = () => vi.advanceTimersByTimeAsync(0)
const ids = (t: ReturnType<typeof setup>) => t.store.tabs().map((tab) => tab.id)

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe("createTerminals: which PTYs a view shows", () => {
  it("with nothing remembered, opens Shell 1 and leaves other clients' PTYs alone", async () => {
    const t = setup([{ id: "theirs", title: "Terminal AB12" }])
    await flush()
    expect(t.store.tabs().map((tab) => [tab.id, tab.title])).toEqual([["new_1", "Shell 1"]])
    expect(t.store.active()).toBe("new_1")
    expect(t.stored().terminals["alpha /ws"]).toEqual({ ids: ["new_1"], active: "new_1" })
  })

  it("reattaches to remembered PTYs that still run, in order, with the remembered active one", async () => {
    const storage = makeMemoryStore()
    remembered(storage, ["p1", "p2"], "p2")
    const t = setup([{ id: "p2", title: "Shell 2" }, { id: "theirs", title: "x" }, { id: "p1", title: "Shell 1" }], storage)
    await flush()
    expect(ids(t)).toEqual(["p1", "p2"])
    expect(t.store.active()).toBe("p2")
  })

  it("forgets remembered PTYs that ended, and opens a new one if none is left", async () => {
    const storage = makeMemoryStore()
    remembered(storage, ["ended"])
    const t = setup([], storage)
    await flush()
    expect(ids(t)).toEqual(["new_1"])
    expect(t.stored().terminals["alpha /ws"].ids).toEqual(["new_1"])
  })

  it("a failed list is shown and can be retried", async () => {
    const t = setup([])
    t.failList(new PortalError("unreachable", "Could not list terminals on Alpha: the server is unreachable."))
    await t.store.reload()
    expect(t.store.error()).toBe("Could not list terminals on Alpha: the server is unreachable.")
    t.failList(undefined)
    await t.store.reload()
    expect(t.store.error()).toBeUndefined()
    expect(ids(t)).toEqual(["new_1"])
  })
})

describe("createTerminals: actions", () => {
  it("closing ends the PTY, drops the tab, and activates its neighbour", async () => {
    const t = setup([])
    await flush()
    await t.store.create()
    await t.store.create()
    t.store.select("new_2")
    await t.store.close("new_2")
    expect(t.calls.removed).toEqual(["new_2"])
    expect(ids(t)).toEqual(["new_1", "new_3"])
    expect(t.store.active()).toBe("new_3")
    expect(t.stored().terminals["alpha /ws"].ids).toEqual(["new_1", "new_3"])
  })

  it("a failed close keeps the tab and says why", async () => {
    const t = setup([])
    await flush()
    t.failRemove(new PortalError("http", "Could not close the terminal on Alpha: HTTP 500.", 500))
    await t.store.close("new_1")
    expect(ids(t)).toEqual(["new_1"])
    expect(t.store.tabs()[0]?.closing).toBe(false)
    expect(t.notices).toEqual(["Could not close the terminal on Alpha: HTTP 500."])
  })

  it("closing a tab whose shell exited needs no DELETE", async () => {
    const t = setup([])
    await flush()
    t.store.attach("new_1", { write() {}, reset() {} })
    t.links.get("new_1")?.onState({ kind: "exited" })
    await t.store.close("new_1")
    expect(t.calls.removed).toEqual([])
    expect(ids(t)).toEqual([])
  })

  it.each([
    ["empty", "  ", "A name is required."],
    ["taken", "Shell 2", 'Another terminal is already called "Shell 2".'],
    ["fine", " logs ", undefined],
  ])("rename: %s", async (_label, input, error) => {
    const t = setup([])
    await flush()
    await t.store.create()
    expect(await t.store.rename("new_1", input)).toBe(error)
    expect(t.store.tabs()[0]?.title).toBe(error ? "Shell 1" : "logs")
  })

  it("events set the exit code and follow renames made elsewhere", async () => {
    const t = setup([])
    await flush()
    t.emit({ type: "exited", id: "new_1", exitCode: 3 })
    t.emit({ type: "updated", id: "new_1", title: "renamed" })
    t.emit({ type: "exited", id: "unknown", exitCode: 1 })
    expect(t.store.tabs()).toMatchObject([{ id: "new_1", exitCode: 3, title: "renamed" }])
  })
})

describe("createTerminals: an attached view", () => {
  it("gets output, sends only the last size of a burst, and re-sends it when the link opens again", async () => {
    const t = setup([])
    await flush()
    const written: string[] = []
    const port = t.store.attach("new_1", { write: (text) => written.push(text), reset() {} })
    t.links.get("new_1")?.onOutput("hello")
    expect(written).toEqual(["hello"])
    port.resize({ rows: 10, cols: 40 })
    port.resize({ rows: 20, cols: 80 })
    await vi.advanceTimersByTimeAsync(RESIZE_DEBOUNCE_MS)
    expect(t.calls.resized).toEqual([["new_1", { rows: 20, cols: 80 }]])
    t.links.get("new_1")?.onState({ kind: "open" })
    await flush()
    expect(t.calls.resized).toHaveLength(2)
    expect(t.store.tabs()[0]?.link).toEqual({ kind: "open" })
    port.detach()
    expect(t.store.tabs()[0]?.link).toEqual({ kind: "idle" })
  })

  it("when the server is back online, waiting links retry at once", async () => {
    const t = setup([])
    await flush()
    t.store.attach("new_1", { write() {}, reset() {} })
    t.setOnline(false)
    t.setOnline(true)
    expect(t.calls.retried).toBe(1)
  })

  it("leaving the view closes the sockets, not the PTYs", async () => {
    const t = setup([])
    await flush()
    t.store.attach("new_1", { write() {}, reset() {} })
    t.dispose()
    expect(t.calls.closedLinks).toBe(1)
    expect(t.calls.removed).toEqual([])
  })
})
