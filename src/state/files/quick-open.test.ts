// @vitest-environment node
import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import { createQuickOpen } from "./quick-open"

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe("createQuickOpen", () => {
  it("searches once typing pauses, with the trimmed query", () =>
    createRoot(async (dispose) => {
      const queries: string[] = []
      const search = createQuickOpen(async (q) => {
        queries.push(q)
        return [`${q}.ts`]
      }, 20)
      await wait(40)
      search.setQuery("h")
      search.setQuery("he")
      search.setQuery(" hel ")
      expect(search.searching()).toBe(true)
      await wait(60)
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
      await wait(20)
      expect(search.error()?.message).toContain("search files")
      expect(search.results()).toEqual([])
      dispose()
    }))
})
