// @vitest-environment node
import { describe, expect, it } from "vitest"
import { FIGURE_GROUPS, readOptions } from "./options"

describe("readOptions", () => {
  it("runs everything five times after one warm-up by default", () => {
    expect(readOptions({})).toMatchObject({ quick: false, runs: 5, warmup: 1, longRuns: 3, manyServers: 30, messages: 2000, fleetServers: 30, fleetLive: 10, groups: FIGURE_GROUPS })
  })
  it("has a quick smoke mode: one run, smaller workloads", () => {
    expect(readOptions({ BENCH_QUICK: "1" })).toMatchObject({ quick: true, runs: 1, warmup: 0, longRuns: 1, manyServers: 10, messages: 200, fleetServers: 10, fleetLive: 4 })
  })
  it.each([
    { env: { BENCH_RUNS: "3" }, runs: 3 },
    { env: { BENCH_RUNS: "" }, runs: 5 },
    { env: { BENCH_QUICK: "1", BENCH_RUNS: "2" }, runs: 2 },
  ])("BENCH_RUNS $env → $runs runs", ({ env, runs }) => {
    expect(readOptions(env).runs).toBe(runs)
  })
  it.each([
    { runs: "2", longRuns: 2 },
    { runs: "9", longRuns: 3 },
  ])("the long-session figure takes at most 3 runs: BENCH_RUNS=$runs → $longRuns", ({ runs, longRuns }) => {
    expect(readOptions({ BENCH_RUNS: runs }).longRuns).toBe(longRuns)
  })
  it.each(["0", "2.5", "many", "51"])("rejects BENCH_RUNS=%s with a clear message", (value) => {
    expect(() => readOptions({ BENCH_RUNS: value })).toThrow(`BENCH_RUNS must be a whole number from 1 to 50, got "${value}"`)
  })
  it("selects figure groups with BENCH_ONLY", () => {
    expect(readOptions({ BENCH_ONLY: "many, load" }).groups).toEqual(["many", "load"])
    expect(readOptions({ BENCH_ONLY: "fleet" }).groups).toEqual(["fleet"])
  })
  it("names an unknown group instead of ignoring it", () => {
    expect(() => readOptions({ BENCH_ONLY: "load,speed" })).toThrow("BENCH_ONLY: unknown figure group(s) speed")
  })
})
