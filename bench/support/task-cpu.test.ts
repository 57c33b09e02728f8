import { describe, expect, it } from "vitest"
import { mostCpu, tasksUntilMark } from "./task-cpu"

const task = (ts: number, dur: number, tdur: number | undefined, tid = 1) => ({ name: "RunTask", ph: "X", pid: 7, tid, ts, dur, ...(tdur === undefined ? {} : { tdur }) })
const mark = (ts: number, tid = 1) => ({ name: "bench:ready", cat: "blink.user_timing", ph: "R", pid: 7, tid, ts })

describe("tasksUntilMark", () => {
  it.each([
    { name: "no mark: nothing to count", events: [task(0, 80_000, 3_000)], expected: [] },
    { name: "wall and CPU time in ms, up to the mark", events: [task(0, 80_000, 3_000), task(100_000, 20_000, 19_000), mark(150_000), task(200_000, 90_000, 90_000)], expected: [{ wall: 80, cpu: 3 }, { wall: 20, cpu: 19 }] },
    { name: "other threads are left out", events: [task(0, 60_000, 60_000, 2), task(10_000, 5_000, 5_000), mark(50_000)], expected: [{ wall: 5, cpu: 5 }] },
    { name: "a task without CPU time counts its wall time", events: [task(0, 40_000, undefined), mark(50_000)], expected: [{ wall: 40, cpu: 40 }] },
    { name: "other events and malformed ones are skipped", events: [null, "x", { name: "Layout", ph: "X", pid: 7, tid: 1, ts: 0, dur: 1 }, mark(5)], expected: [] },
  ])("$name", ({ events, expected }) => {
    expect(tasksUntilMark(events, "bench:ready")).toEqual(expected)
  })
})

describe("mostCpu", () => {
  it.each([
    { tasks: [], expected: 0 },
    { tasks: [{ wall: 80, cpu: 3 }, { wall: 20, cpu: 19 }], expected: 19 },
  ])("$expected ms", ({ tasks, expected }) => {
    expect(mostCpu(tasks)).toBe(expected)
  })
})
