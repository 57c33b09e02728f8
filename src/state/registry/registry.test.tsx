import { createRoot } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { parseRuntimeConfig } from "../../lib/registry/config"
import { PALETTE, type ServerEntry } from "../../lib/registry/server"
import { previewImport } from "../../lib/registry/transfer"
import { makeMemoryKv, type Kv } from "../../storage/kv"
import { ACTIVE_KEY, loadLastActive, loadRegistry, REGISTRY_KEY } from "../../storage/registry"
import { createRegistry, type Channel, type Registry, type RegistryDeps } from "./registry"

const makeServer = (id: string, overrides: Partial<ServerEntry> = {}): ServerEntry => ({
  id,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  url: `http://${id}.example.com:4000`,
  color: "#123456",
  ...overrides,
})
const alpha = makeServer("alpha")
const beta = makeServer("beta")
const LOCAL = { id: "local", name: "Local OpenCode", url: "http://localhost:4000", color: PALETTE[0] }

/** BroadcastChannel stand-ins: a message reaches every other member of the hub, a task later. */
function makeChannelHub() {
  const members: { listeners: Set<() => void> }[] = []
  let sent = 0
  return {
    get sent() {
      return sent
    },
    open(): Channel {
      const self = { listeners: new Set<() => void>() }
      members.push(self)
      return {
        postMessage: () => {
          sent++
          for (const m of members) if (m !== self) setTimeout(() => m.listeners.forEach((l) => l()), 0)
        },
        addEventListener: (_type, listener) => void self.listeners.add(listener),
        removeEventListener: (_type, listener) => void self.listeners.delete(listener),
      }
    },
  }
}

/** Lets channel messages arrive and the reloads they start finish. */
const settle = () => vi.advanceTimersByTimeAsync(10)

// Fake timers: each step of the test moves the clock on purpose, never waits on the wall clock.
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())


const roots: (() => void)[] = []
afterEach(() => roots.splice(0).forEach((dispose) => dispose()))

async function open(deps: RegistryDeps): Promise<Registry> {
  const registry = await createRoot((dispose) => {
    roots.push(dispose)
    return createRegistry(deps)
  })
  roots.push(registry.dispose)
  return registry
}

const seed = (kv: Kv, servers: ServerEntry[], legacyMigrated = true) => kv.set(REGISTRY_KEY, { version: 1, servers, legacyMigrated })
const storedIds = async (kv: Kv) => (await loadRegistry(kv))?.servers.map((s) => s.id)

describe("createRegistry: where the first list comes from", () => {
  it("falls back to http://localhost:4000 and stores it", async () => {
    const kv = makeMemoryKv()
    const registry = await open({ kv })
    expect(registry.servers()).toEqual([LOCAL])
    expect((await loadRegistry(kv))?.servers).toEqual([LOCAL])
    expect(registry.init).toEqual({ passwords: {}, problems: [] })
    expect(registry.lastActive()).toBeUndefined()
    expect(registry.persistent).toBe(false)
  })

  it("uses build-time servers over the default", async () => {
    const registry = await open({ kv: makeMemoryKv(), buildServers: [{ name: "Build Box", url: "box.example.com:4000" }] })
    expect(registry.servers().map((s) => [s.id, s.url])).toEqual([["build-box", "http://box.example.com:4000"]])
  })

  it("uses config.json over build-time servers, with its passwords (this tab only) and default server", async () => {
    const kv = makeMemoryKv()
    const runtimeConfig = parseRuntimeConfig({
      servers: [
        { id: "one", name: "One", url: "http://one.example.com", password: "pw1" },
        { id: "two", name: "Two", url: "http://two.example.com" },
      ],
      defaultServerId: "two",
    })
    const registry = await open({ kv, runtimeConfig, buildServers: [{ name: "Build", url: "http://build.example.com" }] })
    expect(registry.servers().map((s) => s.id)).toEqual(["one", "two"])
    expect(registry.init).toEqual({ passwords: { one: "pw1" }, problems: [], defaultActiveId: "two" })
    expect(registry.lastActive()).toBe("two")
    expect(JSON.stringify(await kv.get(REGISTRY_KEY))).not.toContain("pw1")
  })

  it("prefers what IndexedDB holds over config.json, and still reports config.json problems", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [alpha])
    const runtimeConfig = parseRuntimeConfig({ servers: [{ id: "one", name: "One", url: "http://one.example.com" }, { name: "Bad", url: "ftp://x" }] })
    const registry = await open({ kv, runtimeConfig })
    expect(registry.servers()).toEqual([alpha])
    expect(registry.init.problems).toEqual(["config.json server Bad: Only http:// and https:// URLs are allowed (got ftp:)."])
  })

  it("restores the last active server saved in an earlier visit over config.json's default", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [alpha, beta])
    await kv.set(ACTIVE_KEY, "beta")
    const registry = await open({ kv, runtimeConfig: parseRuntimeConfig({ servers: [alpha], defaultServerId: "alpha" }) })
    expect(registry.lastActive()).toBe("beta")
  })
})

describe("createRegistry: migrating the older localStorage keys", () => {
  const legacyServers = [
    { id: "dev", name: "Dev", url: "http://localhost:4096", color: "#ff0000" },
    { id: "prod", name: "Prod", url: "https://prod.example.com" },
    { id: "evil", name: "Evil", url: "javascript:alert(1)" },
  ]

  it("imports the valid legacy servers once, with the legacy active server", async () => {
    const kv = makeMemoryKv()
    const registry = await open({ kv, legacy: { servers: legacyServers, activeId: "prod" } })
    // The migrated servers stand in for the localhost:4000 placeholder.
    expect(registry.servers().map((s) => s.id)).toEqual(["dev", "prod"])
    expect(registry.lastActive()).toBe("prod")
    expect(await kv.get(REGISTRY_KEY)).toMatchObject({ legacyMigrated: true })
    expect(registry.init.problems).toEqual([expect.stringContaining("An older portal's server Evil could not be migrated")])
  })

  it("does not import again on the next load, so a deleted legacy server stays deleted", async () => {
    const kv = makeMemoryKv()
    const legacy = { servers: legacyServers, activeId: "dev" }
    const first = await open({ kv, legacy })
    await first.remove("dev")
    first.dispose()
    const second = await open({ kv, legacy })
    expect(second.servers().map((s) => s.id)).toEqual(["prod"])
  })

  it("merges into a stored registry that predates the migration, matching by URL", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [makeServer("mine", { url: "http://localhost:4096" })], false)
    const registry = await open({ kv, legacy: { servers: legacyServers } })
    expect(registry.servers().map((s) => s.id)).toEqual(["mine", "prod"])
    expect(registry.servers()[0]?.name).toBe("Dev")
  })

  it("points the last active server at the migrated entry even when its id had to change", async () => {
    const kv = makeMemoryKv()
    // A stored server already owns the id "local"; the legacy "local" is another address.
    await seed(kv, [LOCAL], false)
    const legacy = { servers: [{ id: "local", name: "Laptop", url: "http://127.0.0.1:4100" }], activeId: "local" }
    const registry = await open({ kv, legacy })
    expect(registry.servers().map((s) => [s.id, s.url])).toEqual([
      ["local", "http://localhost:4000"],
      ["laptop", "http://127.0.0.1:4100"],
    ])
    expect(registry.lastActive()).toBe("laptop")
  })

  it("points the last active server at the existing entry a legacy server matched by URL", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [makeServer("mine", { url: "http://localhost:4096" })], false)
    const registry = await open({ kv, legacy: { servers: legacyServers, activeId: "dev" } })
    expect(registry.lastActive()).toBe("mine")
  })

  it("marks the migration done even when nothing in it was valid", async () => {
    const kv = makeMemoryKv()
    await open({ kv, legacy: { servers: [{ nonsense: true }] } })
    expect(await kv.get(REGISTRY_KEY)).toEqual({ version: 2, servers: [LOCAL], legacyMigrated: true })
  })
})

describe("createRegistry: changes", () => {
  it("saves a new server, stores it and tells the other tabs", async () => {
    const kv = makeMemoryKv()
    const hub = makeChannelHub()
    const registry = await open({ kv, channel: hub.open() })
    const result = await registry.save({ name: "Project Alpha", url: "alpha.example.com:4000/" })
    const added = { id: "project-alpha", name: "Project Alpha", url: "http://alpha.example.com:4000", color: PALETTE[1] }
    expect(result).toEqual({ ok: true, server: added })
    expect(registry.servers()).toEqual([LOCAL, added])
    expect(registry.byId("project-alpha")).toEqual(added)
    expect(await storedIds(kv)).toEqual(["local", "project-alpha"])
    expect(hub.sent).toBe(1)
  })

  it("refuses an invalid draft without writing or announcing anything", async () => {
    const kv = makeMemoryKv()
    const hub = makeChannelHub()
    const registry = await open({ kv, channel: hub.open() })
    expect(await registry.save({ name: "", url: "javascript:alert(1)" })).toEqual({
      ok: false,
      errors: { name: "Name is required.", url: "Only http:// and https:// URLs are allowed (got javascript:)." },
    })
    expect(await storedIds(kv)).toEqual(["local"])
    expect(hub.sent).toBe(0)
  })

  it("edits in place and keeps the id", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [alpha, beta])
    const registry = await open({ kv })
    const result = await registry.save({ id: "alpha", name: "Renamed", url: "http://alpha.example.com:4001" })
    expect(result.ok).toBe(true)
    expect(registry.servers()).toEqual([{ ...alpha, name: "Renamed", url: "http://alpha.example.com:4001" }, beta])
  })

  it("validate() checks a draft against the current list", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [alpha])
    const registry = await open({ kv })
    expect(registry.validate({ name: "Copy", url: alpha.url })).toEqual({ ok: false, errors: { url: `${alpha.url} is already registered as "Alpha".` } })
  })

  it("removes a server, and undo puts it back at its place", async () => {
    const kv = makeMemoryKv()
    const gamma = makeServer("gamma")
    await seed(kv, [alpha, beta, gamma])
    const registry = await open({ kv })
    const removed = await registry.remove("beta")
    expect(removed).toEqual({ server: beta, index: 1, nextActive: undefined })
    expect(await storedIds(kv)).toEqual(["alpha", "gamma"])
    if (!removed) throw new Error("nothing removed")
    await registry.restore(removed.server, removed.index)
    expect(registry.servers()).toEqual([alpha, beta, gamma])
    expect(await storedIds(kv)).toEqual(["alpha", "beta", "gamma"])
  })

  it("moves the last active server to the neighbour when the active one is removed, and saves it", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [alpha, beta, makeServer("gamma")])
    const registry = await open({ kv })
    registry.setLastActive("beta")
    const { remove } = registry
    expect((await remove("beta"))?.nextActive).toBe("gamma")
    expect(registry.lastActive()).toBe("gamma")
    expect(await loadLastActive(kv)).toBe("gamma")
  })

  it("returns undefined for an unknown id and changes nothing", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [alpha])
    const registry = await open({ kv })
    expect(await registry.remove("ghost")).toBeUndefined()
    expect(await storedIds(kv)).toEqual(["alpha"])
  })

  it("imports with merge or replace", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [alpha, beta])
    const registry = await open({ kv })
    const gamma = makeServer("gamma")
    const rows = previewImport(registry.servers(), [{ server: { ...alpha, name: "Alpha 2" } }, { server: gamma }], [{ index: 2, label: "Bad", reason: "bad URL" }])
    expect(rows.map((r) => r.status)).toEqual(["updated", "added", "rejected"])
    await registry.importRows(rows, "merge")
    expect(registry.servers()).toEqual([{ ...alpha, name: "Alpha 2" }, beta, gamma])
    await registry.importRows(previewImport(registry.servers(), [{ server: gamma }]), "replace")
    expect(registry.servers()).toEqual([gamma])
    expect(await storedIds(kv)).toEqual(["gamma"])
  })
})

describe("createRegistry: two tabs", () => {
  it("never lose a server when both add one at the same time, and each sees the other's", async () => {
    const kv = makeMemoryKv()
    const hub = makeChannelHub()
    const tabA = await open({ kv, channel: hub.open() })
    const tabB = await open({ kv, channel: hub.open() })
    const [a, b] = await Promise.all([tabA.save({ name: "From A", url: "http://a.example.com" }), tabB.save({ name: "From B", url: "http://b.example.com" })])
    expect([a.ok, b.ok]).toEqual([true, true])
    expect(await storedIds(kv)).toEqual(["local", "from-a", "from-b"])
    await settle()
    expect(tabA.servers().map((s) => s.id)).toEqual(["local", "from-a", "from-b"])
    expect(tabB.servers().map((s) => s.id)).toEqual(["local", "from-a", "from-b"])
  })

  it("give two servers with the same name added at once distinct ids and colors", async () => {
    const kv = makeMemoryKv()
    const tabA = await open({ kv })
    const tabB = await open({ kv })
    const [a, b] = await Promise.all([tabA.save({ name: "Box", url: "http://a.example.com" }), tabB.save({ name: "Box", url: "http://b.example.com" })])
    const servers = [a, b].map((r) => (r.ok ? [r.server.id, r.server.color] : r.errors))
    expect(servers).toEqual([
      ["box", PALETTE[1]],
      ["box-2", PALETTE[2]],
    ])
  })

  it("refuses a URL the other tab registered a moment ago, naming that server", async () => {
    const kv = makeMemoryKv()
    const tabA = await open({ kv })
    const tabB = await open({ kv })
    await tabA.save({ name: "Alpha", url: "http://same.example.com" })
    expect(tabB.servers().map((s) => s.id)).toEqual(["local"])
    expect(await tabB.save({ name: "Other", url: "same.example.com" })).toEqual({
      ok: false,
      errors: { url: `http://same.example.com is already registered as "Alpha".` },
    })
    expect(await storedIds(kv)).toEqual(["local", "alpha"])
  })

  it("show another tab's edit and delete after its message", async () => {
    const kv = makeMemoryKv()
    await seed(kv, [alpha, beta])
    const hub = makeChannelHub()
    const tabA = await open({ kv, channel: hub.open() })
    const tabB = await open({ kv, channel: hub.open() })
    await tabA.save({ id: "alpha", name: "Alpha edited", url: alpha.url })
    await tabA.remove("beta")
    expect(tabB.servers()).toEqual([alpha, beta])
    await settle()
    expect(tabB.servers()).toEqual([{ ...alpha, name: "Alpha edited" }])
  })

  it("stop listening after dispose", async () => {
    const kv = makeMemoryKv()
    const hub = makeChannelHub()
    const tabA = await open({ kv, channel: hub.open() })
    const tabB = await open({ kv, channel: hub.open() })
    tabB.dispose()
    await tabA.save({ name: "Late", url: "http://late.example.com" })
    await settle()
    expect(tabB.servers().map((s) => s.id)).toEqual(["local"])
  })
})
