import { createRoot } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { makeContext } from "./context"
import { createToasts } from "./toasts"

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe("createToasts", () => {
  it("gives each toast its own id and keeps them in order", () => {
    const toasts = createToasts()
    const a = toasts.push({ kind: "info", message: "Saved Alpha." })
    const b = toasts.push({ kind: "error", message: "Could not reach Beta." })
    expect(a).not.toBe(b)
    expect(toasts.toasts()).toEqual([
      { id: a, kind: "info", message: "Saved Alpha." },
      { id: b, kind: "error", message: "Could not reach Beta." },
    ])
  })

  it("lets info toasts go after the timeout, and keeps errors until dismissed", () => {
    const toasts = createToasts({ timeoutMs: 500 })
    toasts.push({ kind: "info", message: "info" })
    const error = toasts.push({ kind: "error", message: "error" })
    vi.advanceTimersByTime(499)
    expect(toasts.toasts().map((t) => t.message)).toEqual(["info", "error"])
    vi.advanceTimersByTime(1)
    expect(toasts.toasts().map((t) => t.message)).toEqual(["error"])
    vi.advanceTimersByTime(60_000)
    expect(toasts.toasts().map((t) => t.message)).toEqual(["error"])
    toasts.dismiss(error)
    expect(toasts.toasts()).toEqual([])
  })

  it("defaults to 8 seconds for info toasts", () => {
    const toasts = createToasts()
    toasts.push({ kind: "info", message: "info" })
    vi.advanceTimersByTime(7999)
    expect(toasts.toasts()).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(toasts.toasts()).toHaveLength(0)
  })

  it("keeps the action (e.g. Undo) with its toast", () => {
    const toasts = createToasts()
    const run = vi.fn()
    toasts.push({ kind: "info", message: "Deleted Alpha.", action: { label: "Undo", run } })
    toasts.toasts()[0]?.action?.run()
    expect(toasts.toasts()[0]?.action?.label).toBe("Undo")
    expect(run).toHaveBeenCalledTimes(1)
  })

  it("dismissing an unknown or already dismissed toast changes nothing", () => {
    const toasts = createToasts({ timeoutMs: 10 })
    const id = toasts.push({ kind: "info", message: "x" })
    toasts.dismiss(id)
    toasts.dismiss(id)
    toasts.dismiss(999)
    vi.advanceTimersByTime(10)
    expect(toasts.toasts()).toEqual([])
  })
})

describe("makeContext", () => {
  it("throws a named error when its hook is used outside the provider", () => {
    const ctx = makeContext<{ n: number }>("Sample")
    expect(() => createRoot(() => ctx.use())).toThrow("useSample must be used inside <SampleProvider>.")
  })
})
