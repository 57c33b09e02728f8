import { describe, expect, it } from "vitest"
import { makeMemoryStore } from "./memory-store"
import { loadThemeChoice, saveThemeChoice, THEME_KEY } from "./theme"

describe("theme storage", () => {
  it("defaults to system, without storage too", () => {
    expect(loadThemeChoice(makeMemoryStore())).toBe("system")
    expect(loadThemeChoice(undefined)).toBe("system")
    expect(loadThemeChoice(makeMemoryStore({ [THEME_KEY]: "purple" }))).toBe("system")
  })

  it("round-trips a choice and forgets system", () => {
    const store = makeMemoryStore()
    saveThemeChoice(store, "dark")
    expect(store.getItem(THEME_KEY)).toBe("dark")
    expect(loadThemeChoice(store)).toBe("dark")
    saveThemeChoice(store, "system")
    expect(store.getItem(THEME_KEY)).toBeNull()
  })

  it("reads as system when storage throws", () => {
    const store = { ...makeMemoryStore(), getItem: () => { throw new Error("denied") } }
    expect(loadThemeChoice(store)).toBe("system")
  })
})
