// @vitest-environment node
import { describe, expect, it } from "vitest"
import { runPool } from "./pool"

describe("runPool", () => {
  it.each([1, 3, 10])("runs every item once with limit %d, never more than the limit at a time", async (limit) => {
    let running = 0
    let peak = 0
    const seen: number[] = []
    await runPool([1, 2, 3, 4, 5, 6, 7], limit, async (n) => {
      running++
      peak = Math.max(peak, running)
      await Promise.resolve()
      seen.push(n)
      running--
    })
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(peak).toBeLessThanOrEqual(limit)
  })

  it("starts nothing new after the signal aborts", async () => {
    const controller = new AbortController()
    const seen: number[] = []
    await runPool([1, 2, 3, 4], 1, async (n) => {
      seen.push(n)
      if (n === 2) controller.abort()
    }, controller.signal)
    expect(seen).toEqual([1, 2])
  })

  it("does nothing for no items", async () => {
    let calls = 0
    await runPool([], 4, async () => void calls++)
    expect(calls).toBe(0)
  })
})
