import { describe, expect, it } from "vitest"
import { makeMemoryKv } from "./kv"
import { loadRecentDirs, MAX_RECENT, migrateRecentDirs, RECENT_DIRS_KEY, rememberDirectory } from "./recent-dirs"

describe("migrateRecentDirs", () => {
  it.each([
    ["nothing stored", undefined, { version: 1, servers: {} }],
    ["not an object", "junk", { version: 1, servers: {} }],
    ["servers not an object", { version: 1, servers: [] }, { version: 1, servers: {} }],
    [
      "drops unreadable entries",
      { version: 1, servers: { a: [{ directory: "/x", openedAt: 1 }, { directory: "", openedAt: 2 }, { directory: "/y" }, 5], b: "nope" } },
      { version: 1, servers: { a: [{ directory: "/x", openedAt: 1 }] } },
    ],
  ])("%s", (_label, stored, expected) => {
    expect(migrateRecentDirs(stored)).toEqual(expected)
  })
})

describe("recent directories per server", () => {
  it("keeps the newest first, without duplicates, per server", async () => {
    const kv = makeMemoryKv()
    await rememberDirectory(kv, "alpha", "/srv/a", 1)
    await rememberDirectory(kv, "alpha", "/srv/b", 2)
    await rememberDirectory(kv, "beta", "/srv/z", 3)
    expect(await rememberDirectory(kv, "alpha", "/srv/a", 4)).toEqual([
      { directory: "/srv/a", openedAt: 4 },
      { directory: "/srv/b", openedAt: 2 },
    ])
    expect(await loadRecentDirs(kv, "beta")).toEqual([{ directory: "/srv/z", openedAt: 3 }])
    expect(await loadRecentDirs(kv, "gamma")).toEqual([])
  })

  it(`keeps at most ${MAX_RECENT}`, async () => {
    const kv = makeMemoryKv()
    for (let i = 0; i < MAX_RECENT + 3; i++) await rememberDirectory(kv, "alpha", `/d${i}`, i)
    const list = await loadRecentDirs(kv, "alpha")
    expect(list).toHaveLength(MAX_RECENT)
    expect(list[0]?.directory).toBe(`/d${MAX_RECENT + 2}`)
  })

  it("stores under a versioned key", async () => {
    const kv = makeMemoryKv()
    await rememberDirectory(kv, "alpha", "/srv/a", 1)
    expect(await kv.get(RECENT_DIRS_KEY)).toEqual({ version: 1, servers: { alpha: [{ directory: "/srv/a", openedAt: 1 }] } })
  })
})
