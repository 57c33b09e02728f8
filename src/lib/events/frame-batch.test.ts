// @vitest-environment node
import { describe, expect, it } from "vitest"
import { makeFrameBatch } from "./frame-batch"

/** A scheduler the test runs by hand: `frame()` plays the next animation frame. */
function manualFrames() {
  let due: (() => void) | undefined
  let scheduled = 0
  return {
    schedule(flush: () => void) {
      scheduled++
      due = flush
      return () => void (due = undefined)
    },
    frame: () => due?.(),
    scheduled: () => scheduled,
  }
}

type Step = { push: string } | { frame: true } | { flush: true } | { cancel: true }

/** Lowercase items may wait for the frame; uppercase ones (a non-delta event) cannot. */
function play(steps: Step[]) {
  const frames = manualFrames()
  const applied: string[][] = []
  const batch = makeFrameBatch<string>({ schedule: frames.schedule, canWait: (item) => item === item.toLowerCase(), apply: (items) => applied.push(items) })
  for (const step of steps) {
    if ("push" in step) batch.push(step.push)
    else if ("frame" in step) frames.frame()
    else if ("flush" in step) batch.flush()
    else batch.cancel()
  }
  return { applied, scheduled: frames.scheduled(), pending: batch.pending() }
}

describe("makeFrameBatch", () => {
  const cases: { name: string; steps: Step[]; applied: string[][]; scheduled: number; pending: number }[] = [
    { name: "nothing pushed, nothing applied", steps: [{ frame: true }], applied: [], scheduled: 0, pending: 0 },
    { name: "a burst of deltas becomes one apply at the frame", steps: [{ push: "a" }, { push: "b" }, { push: "c" }, { frame: true }], applied: [["a", "b", "c"]], scheduled: 1, pending: 0 },
    { name: "deltas wait until the frame", steps: [{ push: "a" }, { push: "b" }], applied: [], scheduled: 1, pending: 2 },
    { name: "an event that cannot wait is applied at once", steps: [{ push: "X" }], applied: [["X"]], scheduled: 0, pending: 0 },
    { name: "it takes the waiting deltas with it, in order", steps: [{ push: "a" }, { push: "b" }, { push: "X" }, { frame: true }], applied: [["a", "b", "X"]], scheduled: 1, pending: 0 },
    { name: "deltas after it wait for a new frame", steps: [{ push: "a" }, { push: "X" }, { push: "b" }, { frame: true }], applied: [["a", "X"], ["b"]], scheduled: 2, pending: 0 },
    { name: "each frame applies what came since the last", steps: [{ push: "a" }, { frame: true }, { push: "b" }, { push: "c" }, { frame: true }], applied: [["a"], ["b", "c"]], scheduled: 2, pending: 0 },
    { name: "flush applies what waits now", steps: [{ push: "a" }, { flush: true }, { frame: true }], applied: [["a"]], scheduled: 1, pending: 0 },
    { name: "cancel drops what waits", steps: [{ push: "a" }, { cancel: true }, { frame: true }], applied: [], scheduled: 1, pending: 0 },
  ]
  it.each(cases)("$name", ({ steps, applied, scheduled, pending }) => {
    expect(play(steps)).toEqual({ applied, scheduled, pending })
  })
})
