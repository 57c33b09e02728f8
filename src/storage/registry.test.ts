// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { ServerEntry } from "../lib/registry/server"
import { makeMemoryKv } from "./kv"
import { ACTIVE_KEY, loadLastActive, loadRegistry, migrateRegistry, REGISTRY_KEY, saveLastActive, updateRegistry } from "./registry"

const makeServer = (id: string): ServerEntry => ({ id, name: id.toUpperCase(), url: `http://${id}.example.com`, color: "#123456" })
const alpha = makeServer("alpha")
const beta = makeServer("beta")

describe("migrateRegistry", () => {
  it.each<[string, unknown]>([
    ["undefined", undefined],
    ["null", null],
    ["a string", "garbage"],
    ["an array", [alpha]],
    ["servers missing", { version: 1 }],
    ["servers not a list", { version: 1, servers: { alpha } }],
  ])("turns %s into undefined", (_label, value) => {
    expect(migrateRegistry(value)).toBeUndefined()
  })

  it("reads the current shape", () => {
    expect(migrateRegistry({ version: 1, servers: [alpha, beta], legacyMigrated: true })).toEqual({ version: 2, servers: [alpha, beta], legacyMigrated: true })
  })

  it.each<[string, unknown, ServerEntry]>([
    ["version 1 (before groups)", { version: 1, servers: [alpha], legacyMigrated: true }, alpha],
    ["version 2 with a group", { version: 2, servers: [{ ...alpha, group: "dev" }], legacyMigrated: true }, { ...alpha, group: "dev" }],
  ])("reads %s", (_label, value, server) => {
    expect(migrateRegistry(value)).toEqual({ version: 2, servers: [server], legacyMigrated: true })
  })

  it("drops unreadable entries and keeps the rest", () => {
    const stored = { version: 1, servers: [alpha, { id: "x", name: "X", url: "javascript:alert(1)" }, 42, beta], legacyMigrated: false }
    expect(migrateRegistry(stored)).toEqual({ version: 2, servers: [alpha, beta], legacyMigrated: false })
  })

  it.each<[unknown, boolean]>([
    [true, true],
    ["true", false],
    [1, false],
    [undefined, false],
  ])("legacyMigrated %j → %s", (flag, expected) => {
    expect(migrateRegistry({ servers: [], legacyMigrated: flag })?.legacyMigrated).toBe(expected)
  })

  it("normalizes what an older build stored (URL, color case), so comparisons stay exact", () => {
    expect(migrateRegistry({ servers: [{ ...alpha, url: "alpha.example.com/", color: "#ABCDEF" }] })?.servers).toEqual([{ ...alpha, color: "#abcdef" }])
  })
})

describe("loadRegistry / updateRegistry", () => {
  it("loads nothing from an empty store", async () => {
    expect(await loadRegistry(makeMemoryKv())).toBeUndefined()
  })

  it("loads nothing from a store holding garbage", async () => {
    const kv = makeMemoryKv()
    await kv.set(REGISTRY_KEY, "garbage")
    expect(await loadRegistry(kv)).toBeUndefined()
  })

  it("creates the registry on the first update", async () => {
    const kv = makeMemoryKv()
    const result = await updateRegistry(kv, (servers) => ({ servers: [...servers, alpha] }))
    expect(result).toEqual({ version: 2, servers: [alpha], legacyMigrated: false })
    expect(await kv.get(REGISTRY_KEY)).toEqual(result)
  })

  it("applies the change to what is stored, not to a stale copy held elsewhere", async () => {
    const kv = makeMemoryKv()
    await updateRegistry(kv, () => ({ servers: [alpha] }))
    const staleCopy = (await loadRegistry(kv))?.servers ?? []
    await updateRegistry(kv, (servers) => ({ servers: [...servers, beta] }))
    const result = await updateRegistry(kv, (servers) => ({ servers: [...servers, makeServer("gamma")] }))
    expect(staleCopy).toEqual([alpha])
    expect(result.servers.map((s) => s.id)).toEqual(["alpha", "beta", "gamma"])
  })

  it("hands the change the whole current record and keeps fields it does not return", async () => {
    const kv = makeMemoryKv()
    await kv.set(REGISTRY_KEY, { version: 1, servers: [alpha], legacyMigrated: true })
    const result = await updateRegistry(kv, (servers, current) => {
      expect(current).toEqual({ version: 2, servers: [alpha], legacyMigrated: true })
      return { servers: servers.filter((s) => s.id !== "alpha") }
    })
    expect(result).toEqual({ version: 2, servers: [], legacyMigrated: true })
  })

  it("rewrites a garbage store instead of failing", async () => {
    const kv = makeMemoryKv()
    await kv.set(REGISTRY_KEY, { servers: "nope" })
    expect(await updateRegistry(kv, (servers) => ({ servers: [...servers, alpha] }))).toEqual({ version: 2, servers: [alpha], legacyMigrated: false })
  })

  it("keeps the current version whatever the change returns", async () => {
    const kv = makeMemoryKv()
    const result = await updateRegistry(kv, () => ({ servers: [alpha] }))
    expect(result.version).toBe(2)
  })
})

describe("last active server", () => {
  it("round-trips an id", async () => {
    const kv = makeMemoryKv()
    expect(await loadLastActive(kv)).toBeUndefined()
    await saveLastActive(kv, "alpha")
    expect(await loadLastActive(kv)).toBe("alpha")
  })

  it.each([42, null, { id: "alpha" }])("ignores a stored %j", async (value) => {
    const kv = makeMemoryKv()
    await kv.set(ACTIVE_KEY, value)
    expect(await loadLastActive(kv)).toBeUndefined()
  })
})
