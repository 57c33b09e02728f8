// @vitest-environment node
import { describe, expect, it } from "vitest"
import { CREDENTIALS_KEY, loadRemembered, loadSessionPasswords, saveSessionPasswords, setRemembered } from "./credentials"
import type { LocalStore } from "./drafts"
import { makeMemoryKv } from "./kv"
import { makeMemoryStore } from "./memory-store"

const SESSION_KEY = "opencode-portal.passwords"

const quota = () => new DOMException("The quota has been exceeded.", "QuotaExceededError")

/** An in-memory Storage; `failing` makes reads and writes throw like a disabled or full storage. */
function fakeStorage(initial: Record<string, string> = {}, failing = false): LocalStore {
  const store = makeMemoryStore(initial)
  if (!failing) return store
  const refuse = () => {
    throw quota()
  }
  return { ...store, getItem: refuse, setItem: refuse }
}

describe("remembered passwords (IndexedDB)", () => {
  it("start empty", async () => {
    expect(await loadRemembered(makeMemoryKv())).toEqual({})
  })

  it.each<[string, unknown, Record<string, string>]>([
    ["garbage", "garbage", {}],
    ["an array", ["pw"], {}],
    ["non-string values dropped", { alpha: "pw", beta: 42, gamma: null }, { alpha: "pw" }],
  ])("read %s safely", async (_label, stored, expected) => {
    const kv = makeMemoryKv()
    await kv.set(CREDENTIALS_KEY, stored)
    expect(await loadRemembered(kv)).toEqual(expected)
  })

  it("are added and removed one server at a time, keeping the others", async () => {
    const kv = makeMemoryKv()
    expect(await setRemembered(kv, "alpha", "a-pw")).toEqual({ alpha: "a-pw" })
    expect(await setRemembered(kv, "beta", "b-pw")).toEqual({ alpha: "a-pw", beta: "b-pw" })
    expect(await setRemembered(kv, "alpha", undefined)).toEqual({ beta: "b-pw" })
    expect(await loadRemembered(kv)).toEqual({ beta: "b-pw" })
  })

  it("keep an empty-string password (the server may use one)", async () => {
    const kv = makeMemoryKv()
    await setRemembered(kv, "alpha", "")
    expect(await loadRemembered(kv)).toEqual({ alpha: "" })
  })
})

describe("this tab's passwords (sessionStorage)", () => {
  it("round-trip", () => {
    const storage = fakeStorage()
    saveSessionPasswords(storage, { alpha: "pw", beta: "ünï" })
    expect(loadSessionPasswords(storage)).toEqual({ alpha: "pw", beta: "ünï" })
    expect(storage.getItem(SESSION_KEY)).toBe(JSON.stringify({ alpha: "pw", beta: "ünï" }))
  })

  it.each<[string, LocalStore, Record<string, string>]>([
    ["nothing stored", fakeStorage(), {}],
    ["bad JSON", fakeStorage({ [SESSION_KEY]: "{not json" }), {}],
    ["not an object", fakeStorage({ [SESSION_KEY]: "[1,2]" }), {}],
    ["mixed values", fakeStorage({ [SESSION_KEY]: JSON.stringify({ alpha: "pw", beta: 1 }) }), { alpha: "pw" }],
    ["storage that throws", fakeStorage({}, true), {}],
  ])("load from %s", (_label, storage, expected) => {
    expect(loadSessionPasswords(storage)).toEqual(expected)
  })

  it("lets a failing write (quota) reach the caller", () => {
    expect(() => saveSessionPasswords(fakeStorage({}, true), { alpha: "pw" })).toThrow("The quota has been exceeded.")
  })
})
