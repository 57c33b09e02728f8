// @vitest-environment jsdom
import { createRoot } from "solid-js"
import { beforeEach, describe, expect, it } from "vitest"
import type { ServerEntry } from "../../lib/registry/server"
import { CREDENTIALS_KEY } from "../../storage/credentials"
import type { LocalStore } from "../../storage/drafts"
import { makeMemoryKv, type Kv } from "../../storage/kv"
import { makeMemoryStore } from "../../storage/memory-store"
import { createCredentials, type CredentialsStore } from "./credentials"

const SESSION_KEY = "opencode-portal.passwords"
const makeServer = (id: string, username?: string): ServerEntry => ({ id, name: id, url: `http://${id}.example.com`, color: "#123456", ...(username ? { username } : {}) })

const open = (kv: Kv, session: LocalStore = window.sessionStorage): Promise<CredentialsStore> => createRoot(() => createCredentials({ kv, session }))
const sessionMap = (): unknown => JSON.parse(window.sessionStorage.getItem(SESSION_KEY) ?? "null")

/** A kv whose writes fail, like IndexedDB over quota. */
function failingWrites(kv: Kv): Kv {
  const refuse = () => Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"))
  return { ...kv, set: refuse, update: refuse }
}

beforeEach(() => window.sessionStorage.clear())

describe("createCredentials", () => {
  it("reads remembered passwords and this tab's, the tab's winning", async () => {
    const kv = makeMemoryKv()
    await kv.set(CREDENTIALS_KEY, { alpha: "remembered", beta: "remembered-b" })
    window.sessionStorage.setItem(SESSION_KEY, JSON.stringify({ beta: "tab-b", gamma: "tab-g" }))
    const creds = await open(kv)
    expect(["alpha", "beta", "gamma", "delta"].map((id) => creds.password(id))).toEqual(["remembered", "tab-b", "tab-g", undefined])
    expect(creds.all()).toEqual({ alpha: "remembered", beta: "tab-b", gamma: "tab-g" })
    expect(creds.isRemembered("alpha")).toBe(true)
    expect(creds.isRemembered("gamma")).toBe(false)
  })

  it.each([
    ["the default user", makeServer("alpha"), { username: "opencode", password: "pw" }],
    ["the server's user", makeServer("alpha", "admin"), { username: "admin", password: "pw" }],
    ["nothing without a password", makeServer("beta"), undefined],
  ])("credentialsFor gives %s", async (_label, server, expected) => {
    const kv = makeMemoryKv()
    await kv.set(CREDENTIALS_KEY, { alpha: "pw" })
    expect((await open(kv)).credentialsFor(server)).toEqual(expected)
  })

  it("keeps a password for this tab only unless asked to remember it", async () => {
    const kv = makeMemoryKv()
    const creds = await open(kv)
    await creds.set("alpha", "tab-only", false)
    expect(creds.password("alpha")).toBe("tab-only")
    expect(sessionMap()).toEqual({ alpha: "tab-only" })
    expect(await kv.get(CREDENTIALS_KEY)).toBeUndefined()
    expect(creds.isRemembered("alpha")).toBe(false)
  })

  it("remembers a password in IndexedDB and takes it out of the tab's storage", async () => {
    const kv = makeMemoryKv()
    const creds = await open(kv)
    await creds.set("alpha", "first", false)
    await creds.set("alpha", "kept", true)
    expect(creds.password("alpha")).toBe("kept")
    expect(await kv.get(CREDENTIALS_KEY)).toEqual({ alpha: "kept" })
    expect(sessionMap()).toEqual({})
    expect(creds.isRemembered("alpha")).toBe(true)
  })

  it("forgets a remembered password when it is saved again without Remember", async () => {
    const kv = makeMemoryKv()
    await kv.set(CREDENTIALS_KEY, { alpha: "old", beta: "b" })
    const creds = await open(kv)
    await creds.set("alpha", "new", false)
    expect(await kv.get(CREDENTIALS_KEY)).toEqual({ beta: "b" })
    expect(creds.password("alpha")).toBe("new")
    expect(creds.isRemembered("alpha")).toBe(false)
  })

  it("clears a password everywhere", async () => {
    const kv = makeMemoryKv()
    await kv.set(CREDENTIALS_KEY, { alpha: "old" })
    const creds = await open(kv)
    await creds.set("alpha", undefined, false)
    expect(creds.password("alpha")).toBeUndefined()
    expect(await kv.get(CREDENTIALS_KEY)).toEqual({})
  })

  it("a new tab (same kv, fresh sessionStorage) sees only remembered passwords", async () => {
    const kv = makeMemoryKv()
    const first = await open(kv)
    await first.set("alpha", "remembered", true)
    await first.set("beta", "tab-only", false)
    window.sessionStorage.clear()
    const second = await open(kv)
    expect(second.all()).toEqual({ alpha: "remembered" })
  })

  it("reload picks up what another tab remembered", async () => {
    const kv = makeMemoryKv()
    const tabA = await open(kv)
    const tabB = await open(kv)
    await tabA.set("alpha", "from-a", true)
    expect(tabB.password("alpha")).toBeUndefined()
    await tabB.reload()
    expect(tabB.password("alpha")).toBe("from-a")
  })

  it("starts empty when IndexedDB cannot be read, and works on the memory stand-in for a refused sessionStorage", async () => {
    const kv: Kv = { ...makeMemoryKv(), get: () => Promise.reject(new Error("blocked")) }
    const creds = await open(kv, makeMemoryStore())
    expect(creds.all()).toEqual({})
    await creds.set("alpha", "pw", false)
    expect(creds.password("alpha")).toBe("pw")
  })

  it("keeps the password it had when remembering it fails, and says so", async () => {
    const kv = makeMemoryKv()
    const creds = await open(failingWrites(kv))
    await creds.set("alpha", "typed", false)
    await expect(creds.set("alpha", "typed", true)).rejects.toThrow("quota")
    expect(creds.password("alpha")).toBe("typed")
    expect(sessionMap()).toEqual({ alpha: "typed" })
  })

  it("says so when this tab's storage refuses the password (quota), and keeps it for this page", async () => {
    const full: LocalStore = {
      ...makeMemoryStore(),
      setItem: () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError")
      },
    }
    const creds = await open(makeMemoryKv(), full)
    await expect(creds.set("alpha", "typed", false)).rejects.toThrow("this tab's storage refused it (The quota has been exceeded.); it works until the page reloads")
    expect(creds.password("alpha")).toBe("typed")
  })
})
