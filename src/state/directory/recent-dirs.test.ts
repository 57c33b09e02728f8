import { createRoot } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { makeMemoryKv, type Kv } from "../../storage/kv"
import { createRecentDirs } from "./recent-dirs"

/** Lets the kv's answers arrive, without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0)
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

const quota = () => new DOMException("The quota has been exceeded.", "QuotaExceededError")

function open(kv: Kv) {
  return createRoot((dispose) => ({ recent: createRecentDirs("alpha", kv), dispose }))
}

describe("createRecentDirs", () => {
  it("reads and remembers through the kv it was given", async () => {
    const kv = makeMemoryKv()
    const { recent, dispose } = open(kv)
    await recent.remember("/srv/a")
    await recent.remember("/srv/b")
    expect(recent.list().map((d) => d.directory)).toEqual(["/srv/b", "/srv/a"])
    const again = open(kv)
    await settle()
    expect(again.recent.list().map((d) => d.directory)).toEqual(["/srv/b", "/srv/a"])
    expect(recent.error()).toBeUndefined()
    dispose()
    again.dispose()
  })

  it("says so when a write fails (quota), keeps the list it had, and resolves", async () => {
    const kv = makeMemoryKv()
    const { recent, dispose } = open({ ...kv, update: () => Promise.reject(quota()) })
    await expect(recent.remember("/srv/a")).resolves.toBeUndefined()
    expect(recent.error()).toBe("Could not save recent directories: The quota has been exceeded.")
    expect(recent.list()).toEqual([])
    dispose()
  })

  it("says so when reading fails, and clears the error once a write works", async () => {
    const kv = makeMemoryKv()
    const { recent, dispose } = open({ ...kv, get: () => Promise.reject(new Error("blocked")) })
    await settle()
    expect(recent.error()).toBe("Could not read recent directories: blocked")
    await recent.remember("/srv/a")
    expect(recent.error()).toBeUndefined()
    expect(recent.list().map((d) => d.directory)).toEqual(["/srv/a"])
    dispose()
  })
})
