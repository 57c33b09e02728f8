// @vitest-environment node
import { describe, expect, it } from "vitest"
import { frameDurations, median, percentile, summarize } from "./stats"

describe("median", () => {
  it.each([
    { values: [], expected: Number.NaN },
    { values: [7], expected: 7 },
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
  ])("median($values) = $expected", ({ values, expected }) => {
    expect(median(values)).toBe(expected)
  })
})

describe("percentile", () => {
  it.each([
    { values: [], p: 95, expected: Number.NaN },
    { values: [5], p: 95, expected: 5 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 95, expected: 10 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 50, expected: 5 },
    { values: [10, 1], p: 0, expected: 1 },
  ])("percentile($values, $p) = $expected", ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected)
  })
})

describe("summarize", () => {
  it("gives median, min, max and n, ignoring values that are not finite", () => {
    expect(summarize([30, 10, Number.NaN, 20, Number.POSITIVE_INFINITY])).toEqual({ median: 20, min: 10, max: 30, n: 3, samples: [30, 10, 20] })
  })
  it("has nothing to say about no samples", () => {
    expect(summarize([Number.NaN])).toBeUndefined()
  })
})

describe("frameDurations", () => {
  it.each([
    { times: [], expected: [] },
    { times: [5], expected: [] },
    { times: [0, 16, 50, 66], expected: [16, 34, 16] },
    { times: [100, 116.7, 166.8, 233.5], expected: [17, 50, 67] },
    { times: [0, 50.1], expected: [50] },
  ])("frameDurations($times)", ({ times, expected }) => {
    expect(frameDurations(times)).toEqual(expected)
  })
})
