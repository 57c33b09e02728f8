// @vitest-environment node
import { describe, expect, it } from "vitest"
import { makeMemoryStore } from "./memory-store"
import { loadPrefs, migratePrefs, prefsStorageKey, savePrefs, type SessionPrefs } from "./session-prefs"

describe("session prefs", () => {
  it("round-trips model and agent per server and session", () => {
    const store = makeMemoryStore()
    savePrefs(store, "alpha", "ses_1", { model: { providerID: "mock", modelID: "mock-model" }, agent: "plan" })
    expect(loadPrefs(store, "alpha", "ses_1")).toEqual({ model: { providerID: "mock", modelID: "mock-model" }, agent: "plan" })
    expect(loadPrefs(store, "bravo", "ses_1")).toEqual({})
    expect(loadPrefs(store, "alpha", "ses_2")).toEqual({})
  })

  it("removes the entry when nothing is picked", () => {
    const store = makeMemoryStore()
    savePrefs(store, "alpha", "ses_1", { agent: "plan" })
    savePrefs(store, "alpha", "ses_1", {})
    expect(store.length).toBe(0)
  })

  const cases: { name: string; value: unknown; expected: SessionPrefs }[] = [
    { name: "nothing", value: undefined, expected: {} },
    { name: "a string", value: "plan", expected: {} },
    { name: "a partial model", value: { model: { providerID: "mock" } }, expected: {} },
    { name: "an empty agent", value: { agent: "" }, expected: {} },
    { name: "extra fields", value: { agent: "build", secret: 1 }, expected: { agent: "build" } },
    { name: "a model with extra fields", value: { model: { providerID: "p", modelID: "m", x: 1 } }, expected: { model: { providerID: "p", modelID: "m" } } },
  ]
  it.each(cases)("migrates $name", ({ value, expected }) => {
    expect(migratePrefs(value)).toEqual(expected)
  })

  it("reads a corrupt entry as no prefs", () => {
    const store = makeMemoryStore({ [prefsStorageKey("alpha", "ses_1")]: "{nope" })
    expect(loadPrefs(store, "alpha", "ses_1")).toEqual({})
  })
})
