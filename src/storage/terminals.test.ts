import { describe, expect, it } from "vitest"
import { loadTerminals, saveTerminals, TERMINALS_KEY } from "./terminals"
import { makeMemoryStore } from "./memory-store"

describe("terminal memory in localStorage", () => {
  it("saves and loads one directory's tabs", () => {
    const storage = makeMemoryStore()
    saveTerminals(storage, "a /ws", { ids: ["p1", "p2"], active: "p2" })
    expect(loadTerminals(storage, "a /ws")).toEqual({ ids: ["p1", "p2"], active: "p2" })
    expect(loadTerminals(storage, "b /ws")).toBeUndefined()
  })

  it("keeps other directories' entries that another tab wrote meanwhile", () => {
    const storage = makeMemoryStore()
    saveTerminals(storage, "a /ws", { ids: ["p1"] })
    saveTerminals(storage, "b /ws", { ids: ["q1"] })
    saveTerminals(storage, "a /ws", { ids: ["p1", "p3"] })
    expect(loadTerminals(storage, "b /ws")).toEqual({ ids: ["q1"] })
  })

  it("an empty list forgets the directory", () => {
    const storage = makeMemoryStore()
    saveTerminals(storage, "a /ws", { ids: ["p1"] })
    saveTerminals(storage, "a /ws", { ids: [] })
    expect(storage.getItem(TERMINALS_KEY)).toBe('{"version":1,"terminals":{}}')
  })

  it.each([
    ["not JSON", "{nope"],
    ["JSON of the wrong shape", '["x"]'],
  ])("reads %s as nothing, and writing repairs it", (_label, raw) => {
    const storage = makeMemoryStore({ [TERMINALS_KEY]: raw })
    expect(loadTerminals(storage, "a /ws")).toBeUndefined()
    saveTerminals(storage, "a /ws", { ids: ["p1"] })
    expect(loadTerminals(storage, "a /ws")).toEqual({ ids: ["p1"] })
  })

  it("without storage nothing is remembered and nothing throws", () => {
    expect(loadTerminals(undefined, "a /ws")).toBeUndefined()
    expect(() => saveTerminals(undefined, "a /ws", { ids: ["p1"] })).not.toThrow()
  })

  it("a full storage throws so the caller can tell the person", () => {
    const storage = makeMemoryStore()
    storage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError")
    }
    expect(() => saveTerminals(storage, "a /ws", { ids: ["p1"] })).toThrow("full")
  })
})
