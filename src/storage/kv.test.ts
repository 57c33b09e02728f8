// @vitest-environment node
import { IDBFactory } from "fake-indexeddb"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { makeMemoryKv, openIdbKv, type Kv } from "./kv"

type Factory = { name: string; open: () => Promise<Kv>; persistent: boolean }

const factories: Factory[] = [
  { name: "memory", open: async () => makeMemoryKv(), persistent: false },
  { name: "IndexedDB", open: () => openIdbKv(), persistent: true },
]

beforeEach(() => {
  vi.stubGlobal("indexedDB", new IDBFactory())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe.each(factories)("$name kv", ({ open, persistent }) => {
  it("says whether it outlives the tab", async () => {
    expect((await open()).persistent).toBe(persistent)
  })

  it("reads undefined for a missing key, then what was set, then undefined after del", async () => {
    const kv = await open()
    expect(await kv.get("k")).toBeUndefined()
    await kv.set("k", { a: [1, 2] })
    expect(await kv.get("k")).toEqual({ a: [1, 2] })
    await kv.del("k")
    expect(await kv.get("k")).toBeUndefined()
  })

  it("update passes the stored value (undefined when missing), stores and returns the result", async () => {
    const kv = await open()
    const seen: unknown[] = []
    const first = await kv.update("n", (old) => {
      seen.push(old)
      return 1
    })
    const second = await kv.update("n", (old) => {
      seen.push(old)
      return typeof old === "number" ? old + 1 : -1
    })
    expect(seen).toEqual([undefined, 1])
    expect([first, second]).toEqual([1, 2])
    expect(await kv.get("n")).toBe(2)
  })

  it("loses no write when many updates run at once", async () => {
    const kv = await open()
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => kv.update("list", (old) => [...(Array.isArray(old) ? old : []), i])),
    )
    const stored = await kv.get("list")
    expect(Array.isArray(stored) && [...stored].sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i))
  })

  it("keeps the stored value when the updater throws", async () => {
    const kv = await open()
    await kv.set("k", "before")
    await expect(
      kv.update("k", () => {
        throw new Error("refused")
      }),
    ).rejects.toThrow("refused")
    expect(await kv.get("k")).toBe("before")
  })

  it("stores copies: changing a value after set, or what get returned, does not change the store", async () => {
    const kv = await open()
    const value = { list: ["a"] }
    await kv.set("k", value)
    value.list.push("changed after set")
    const read = await kv.get("k")
    if (typeof read === "object" && read !== null && "list" in read && Array.isArray(read.list)) read.list.push("changed after get")
    expect(await kv.get("k")).toEqual({ list: ["a"] })
  })
})

describe("memory kv update", () => {
  it("hands the updater a copy, so mutating it without returning it changes nothing", async () => {
    const kv = makeMemoryKv()
    await kv.set("k", { n: 1 })
    await kv.update("k", (old) => {
      if (typeof old === "object" && old !== null && "n" in old) Object.assign(old, { n: 99 })
      return { n: 2 }
    })
    expect(await kv.get("k")).toEqual({ n: 2 })
  })

  it("two memory kvs do not share data", async () => {
    const a = makeMemoryKv()
    const b = makeMemoryKv()
    await a.set("k", 1)
    expect(await b.get("k")).toBeUndefined()
  })
})

describe("openIdbKv", () => {
  it("two handles on the same database see each other's writes (like two tabs)", async () => {
    const tabA = await openIdbKv()
    const tabB = await openIdbKv()
    await tabA.set("registry", ["a"])
    expect(await tabB.get("registry")).toEqual(["a"])
    await Promise.all([tabA.update("registry", (old) => [...(Array.isArray(old) ? old : []), "from A"]), tabB.update("registry", (old) => [...(Array.isArray(old) ? old : []), "from B"])])
    const stored = await tabA.get("registry")
    expect(Array.isArray(stored) && [...stored].sort()).toEqual(["a", "from A", "from B"])
  })

  it("fails at open, not later, when IndexedDB is unavailable", async () => {
    vi.stubGlobal("indexedDB", {
      open: () => {
        throw new DOMException("The user denied permission to access the database.", "SecurityError")
      },
    })
    await expect(openIdbKv()).rejects.toThrow("The user denied permission")
  })

  it("leaves no probe key behind", async () => {
    const kv = await openIdbKv()
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = indexedDB.open("opencode-portal")
      request.onerror = () => reject(request.error)
      request.onsuccess = () => {
        const all = request.result.transaction("kv").objectStore("kv").getAllKeys()
        all.onsuccess = () => resolve(all.result)
        all.onerror = () => reject(all.error)
      }
    })
    expect(keys).toEqual([])
    expect(kv.persistent).toBe(true)
  })
})
