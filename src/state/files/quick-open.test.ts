// @vitest-environment node
import { createRoot } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { createQuickOpen } from "./quick-open"

// Fake timers: the debounce is stepped through on purpose, never waited out on the wall clock.
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe("createQuickOpen", () => {
  it("searches once typing pauses, with the trimmed query", () =>
    createRoot(async (dispose) => {
      const queries: string[] = []
      const search = createQuickOpen(async (q) => {
        queries.push(q)
        return [`${q}.ts`]
      }, 20)
      await vi.advanceTimersByTimeAsync(40)
      search.setQuery("h")
      search.setQuery("he")
      search.setQuery(" hel ")
      expect(search.searching()).toBe(true)
      await vi.advanceTimersByTimeAsync(19)
      expect(queries).toEqual([""])
      expect(search.searching()).toBe(true)
      await vi.advanceTimersByTimeAsync(1)
      expect(queries).toEqual(["", "hel"])
      expect(search.results()).toEqual(["hel.ts"])
      expect(search.searching()).toBe(false)
      dispose()
    }))

  it("reports a failed search", () =>
    createRoot(async (dispose) => {
      const search = createQuickOpen(async () => {
        throw new TypeError("Failed to fetch")
      }, 0)
      await vi.advanceTimersByTimeAsync(20)
      expect(search.error()?.message).toContain("search files")
      expect(search.results()).toEqual([])
      dispose()
    }))
})
