import { describe, expect, it } from "vitest"
import { makeMemoryStore } from "./memory-store"
import { readStoredJson } from "./stored-json"
import type { LocalStore } from "./drafts"

const refusing: LocalStore = {
  getItem: () => {
    throw new DOMException("denied", "SecurityError")
  },
  setItem: () => undefined,
  removeItem: () => undefined,
  key: () => null,
  length: 0,
}

describe("readStoredJson", () => {
  it.each<[string, LocalStore | undefined, unknown]>([
    ["a stored value", makeMemoryStore({ k: '{"a":1}' }), { a: 1 }],
    ["nothing stored", makeMemoryStore(), null],
    ["not JSON", makeMemoryStore({ k: "{" }), null],
    ["no store at all", undefined, null],
    ["a store that refuses reads", refusing, null],
  ])("%s", (_label, store, expected) => {
    expect(readStoredJson(store, "k")).toEqual(expected)
  })
})
