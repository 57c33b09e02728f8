// @vitest-environment node
import { describe, expect, it } from "vitest"
import { anySignal, anySignalFallback } from "./any-signal"

describe.each([
  { name: "anySignal", combine: anySignal },
  { name: "the fallback", combine: anySignalFallback },
])("$name", ({ combine }) => {
  it("stays open until one aborts, then aborts once with that one's reason", () => {
    const a = new AbortController()
    const b = new AbortController()
    const combined = combine([a.signal, b.signal])
    let events = 0
    combined.addEventListener("abort", () => events++)
    expect(combined.aborted).toBe(false)
    b.abort(new Error("view closed"))
    a.abort(new Error("later"))
    expect(combined.aborted).toBe(true)
    expect(combined.reason).toEqual(new Error("view closed"))
    expect(events).toBe(1)
  })

  it("is aborted from the start when one already is", () => {
    const a = new AbortController()
    a.abort("gone")
    const combined = combine([new AbortController().signal, a.signal])
    expect(combined.aborted).toBe(true)
    expect(combined.reason).toBe("gone")
  })

  it("never aborts for no signals", () => {
    expect(combine([]).aborted).toBe(false)
  })
})

describe("anySignalFallback", () => {
  it("unhooks itself from the other signals after the first abort", () => {
    const first = new AbortController()
    let removed = 0
    const longLived = new AbortController().signal
    const remove = longLived.removeEventListener.bind(longLived)
    longLived.removeEventListener = (...args: Parameters<AbortSignal["removeEventListener"]>) => {
      removed++
      remove(...args)
    }
    anySignalFallback([first.signal, longLived])
    first.abort()
    expect(removed).toBe(1)
  })
})
