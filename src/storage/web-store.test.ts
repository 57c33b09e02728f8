// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { LocalStore } from "./drafts"
import { makeMemoryStore } from "./memory-store"
import { openWebStore, webStorageProblem, type StorageHost, type WebStore } from "./web-store"

const quota = () => new DOMException("The quota has been exceeded.", "QuotaExceededError")

/** A storage whose writes fail the way a full or private-mode Safari one does. */
function fullStore(): LocalStore {
  return {
    ...makeMemoryStore(),
    setItem: () => {
      throw quota()
    },
  }
}

/** A host whose `localStorage` getter throws, as Chrome does when cookies are blocked. */
function deniedHost(): StorageHost {
  return Object.defineProperty({}, "localStorage", {
    get() {
      throw new DOMException("Access is denied for this document.", "SecurityError")
    },
  })
}

describe("openWebStore", () => {
  it("hands out the browser's storage when a probe write works, and leaves no probe behind", () => {
    const local = makeMemoryStore({ kept: "yes" })
    const opened = openWebStore("localStorage", { localStorage: local })
    expect(opened).toEqual({ kind: "localStorage", store: local, persistent: true })
    expect(local.length).toBe(1)
    expect(local.getItem("kept")).toBe("yes")
  })

  const refusals: { name: string; host: StorageHost; reason: string }[] = [
    { name: "reading the property throws (storage blocked)", host: deniedHost(), reason: "Access is denied for this document." },
    { name: "the probe write throws (quota, private mode)", host: { localStorage: fullStore() }, reason: "The quota has been exceeded." },
    { name: "there is no storage at all", host: {}, reason: "this browser has no localStorage" },
    { name: "the storage is null (disabled by policy)", host: { localStorage: null }, reason: "this browser has no localStorage" },
  ]
  it.each(refusals)("falls back to memory and says why when $name", ({ host, reason }) => {
    const opened = openWebStore("localStorage", host)
    expect(opened).toMatchObject({ kind: "localStorage", persistent: false, reason })
    opened.store.setItem("draft", "kept in memory")
    expect(opened.store.getItem("draft")).toBe("kept in memory")
  })

  it("opens sessionStorage apart from localStorage", () => {
    const session = makeMemoryStore()
    const host: StorageHost = { localStorage: fullStore(), sessionStorage: session }
    expect(openWebStore("sessionStorage", host)).toEqual({ kind: "sessionStorage", store: session, persistent: true })
    expect(openWebStore("localStorage", host).persistent).toBe(false)
  })
})

describe("webStorageProblem", () => {
  const ok = (kind: WebStore["kind"]): WebStore => ({ kind, store: makeMemoryStore(), persistent: true })
  const refused = (kind: WebStore["kind"], reason: string): WebStore => ({ kind, store: makeMemoryStore(), persistent: false, reason })
  const cases: { name: string; local: WebStore; session: WebStore; expected: string | undefined }[] = [
    { name: "both work", local: ok("localStorage"), session: ok("sessionStorage"), expected: undefined },
    {
      name: "localStorage refused",
      local: refused("localStorage", "quota"),
      session: ok("sessionStorage"),
      expected: "Browser storage (localStorage) is unavailable (quota). Drafts, picked models and the list of open terminals last only while this page is open.",
    },
    {
      name: "sessionStorage refused",
      local: ok("localStorage"),
      session: refused("sessionStorage", "denied"),
      expected: "Browser storage (sessionStorage) is unavailable (denied). Passwords you did not ask to remember last only while this page is open.",
    },
    {
      name: "both refused: one message",
      local: refused("localStorage", "denied"),
      session: refused("sessionStorage", "denied"),
      expected:
        "Browser storage (localStorage and sessionStorage) is unavailable (denied). Drafts, picked models, the list of open terminals and passwords you did not ask to remember last only while this page is open.",
    },
  ]
  it.each(cases)("$name", ({ local, session, expected }) => expect(webStorageProblem(local, session)).toBe(expected))
})
