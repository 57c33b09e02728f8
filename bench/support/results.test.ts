// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { FigureSpec } from "./catalog"
import { createRecorder } from "./results"

const catalog: FigureSpec[] = [
  { id: "a.size", group: "A", label: "size", unit: "bytes", compare: true, targets: [{ text: "≤ 100", limit: () => 100 }, { text: "≤ 1/10 of OpenCode", limit: (get) => get("a.size", "opencode") / 10 }] },
  { id: "a.task", group: "A", label: "task", unit: "ms", targets: [{ text: "no task > 50 ms", limit: () => 50, on: "max" }] },
  { id: "a.lag", group: "A", label: "lag", unit: "ms", targets: [{ text: "< 100", limit: () => 100, strict: true }] },
  { id: "b.time", group: "B", label: "time", unit: "ms", targets: [{ text: "≤ 50 + rtt", limit: (get) => 50 + get("b.rtt") }] },
  { id: "b.rtt", group: "B", label: "rtt", unit: "ms" },
]

function figure(results: ReturnType<ReturnType<typeof createRecorder>["finish"]>, id: string) {
  const found = results.find((f) => f.id === id)
  if (!found) throw new Error(`no figure ${id}`)
  return found
}

describe("createRecorder", () => {
  it("reports the median with its spread, and the ratio to OpenCode", () => {
    const rec = createRecorder(catalog)
    for (const value of [90, 80, 120]) rec.add("a.size", value)
    for (const value of [1000, 900]) rec.add("a.size", value, "opencode")
    const size = figure(rec.finish(), "a.size")
    expect(size.portal).toMatchObject({ measured: true, summary: { median: 90, min: 80, max: 120, n: 3 } })
    expect(size.ratio).toBeCloseTo(90 / 950)
    expect(size.targets.map((t) => [t.status, t.limit])).toEqual([["pass", 100], ["pass", 95]])
  })

  it.each([
    { samples: [10, 20, 51], status: "miss" },
    { samples: [10, 20, 50], status: "pass" },
  ])("judges a worst-run target on the max: $samples → $status", ({ samples, status }) => {
    const rec = createRecorder(catalog)
    samples.forEach((value) => rec.add("a.task", value))
    expect(figure(rec.finish(), "a.task").targets[0]?.status).toBe(status)
  })

  it.each([
    { value: 99.9, status: "pass" },
    { value: 100, status: "miss" },
  ])("a strict target fails at its limit: $value → $status", ({ value, status }) => {
    const rec = createRecorder(catalog)
    rec.add("a.lag", value)
    expect(figure(rec.finish(), "a.lag").targets[0]?.status).toBe(status)
  })

  it("says why a figure is not measured, and never judges it", () => {
    const rec = createRecorder(catalog)
    rec.fail("b.time", 'no combobox "Active server"')
    rec.fail("b.time", "a later reason")
    const time = figure(rec.finish(), "b.time")
    expect(time.portal).toEqual({ measured: false, reason: 'no combobox "Active server"' })
    expect(time.targets[0]).toMatchObject({ status: "unknown", why: "not measured" })
  })

  it("leaves a target unknown when the figure it depends on is missing", () => {
    const rec = createRecorder(catalog)
    rec.add("b.time", 70)
    expect(figure(rec.finish(), "b.time").targets[0]).toMatchObject({ status: "unknown", limit: null })
  })

  it("uses the figure it depends on when there is one", () => {
    const rec = createRecorder(catalog)
    rec.add("b.time", 70)
    rec.add("b.rtt", 10)
    expect(figure(rec.finish(), "b.time").targets[0]).toMatchObject({ status: "miss", limit: 60 })
  })

  it("keeps samples from good runs and lists the failed ones", () => {
    const rec = createRecorder(catalog)
    rec.add("b.rtt", 3)
    rec.fail("b.rtt", "run 2 timed out")
    expect(figure(rec.finish(), "b.rtt").portal).toMatchObject({ measured: true, failures: ["run 2 timed out"] })
  })

  it("failAll marks every figure of a group, both sides, unless it already has samples", () => {
    const rec = createRecorder(catalog)
    rec.add("a.lag", 5)
    rec.failAll("a.", "UI missing")
    const results = rec.finish()
    expect(figure(results, "a.size").opencode).toEqual({ measured: false, reason: "UI missing" })
    expect(figure(results, "a.task").portal).toEqual({ measured: false, reason: "UI missing" })
    expect(figure(results, "a.lag").portal).toMatchObject({ measured: true, failures: [] })
    expect(figure(results, "b.rtt").portal).toEqual({ measured: false, reason: "the figure did not run" })
  })

  it("refuses a figure id that is not in the catalog", () => {
    expect(() => createRecorder(catalog).add("a.typo", 1)).toThrow('unknown figure "a.typo"')
  })
})
