// @vitest-environment node
import { createRoot, createSignal } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { PortalError } from "../api/errors"
import { createTask } from "./task"

/** Lets pending answers and the effects they start run, without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0)

// Fake timers: each step of the test moves the clock on purpose, never waits on the wall clock.
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())


/** A request per input that the test answers (or fails) by hand. */
function manualRequests() {
  const pending = new Map<string, { resolve: (v: string) => void; reject: (e: unknown) => void; signal: AbortSignal }>()
  const run = (input: string, signal: AbortSignal) => new Promise<string>((resolve, reject) => pending.set(input, { resolve, reject, signal }))
  return { run, pending }
}

describe("createTask", () => {
  it("loads for each input; an answer for an old input is dropped and its request aborted", () =>
    createRoot(async (dispose) => {
      const [input, setInput] = createSignal<string | undefined>("a")
      const requests = manualRequests()
      const task = createTask(input, requests.run, "load")
      await settle()
      expect(task.loading()).toBe(true)
      setInput("b")
      await settle()
      expect(requests.pending.get("a")?.signal.aborted).toBe(true)
      requests.pending.get("a")?.resolve("old")
      requests.pending.get("b")?.resolve("new")
      await settle()
      expect([task.value(), task.valueFor(), task.loading()]).toEqual(["new", "b", false])
      setInput(undefined)
      await settle()
      expect([task.value(), task.loading()]).toEqual([undefined, false])
      dispose()
    }))

  it("turns failures into PortalErrors and keeps the old value on reload", () =>
    createRoot(async (dispose) => {
      const requests = manualRequests()
      const task = createTask(() => "x", requests.run, "open x on Test")
      await settle()
      requests.pending.get("x")?.reject(new TypeError("Failed to fetch"))
      await settle()
      expect(task.error()).toBeInstanceOf(PortalError)
      expect(task.error()?.kind).toBe("unreachable")
      expect(task.error()?.message).toContain("open x on Test")
      task.reload()
      expect(task.error()).toBeUndefined()
      requests.pending.get("x")?.resolve("fine")
      await settle()
      task.reload()
      expect([task.value(), task.loading()]).toEqual(["fine", true])
      dispose()
    }))

  it("aborts the request in flight when its owner is disposed", () =>
    createRoot(async (dispose) => {
      const requests = manualRequests()
      createTask(() => "x", requests.run, "load")
      await settle()
      dispose()
      expect(requests.pending.get("x")?.signal.aborted).toBe(true)
    }))
})
