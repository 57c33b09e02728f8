// @vitest-environment node
import { describe, expect, it } from "vitest"
import { anchorAt, indexAt, isAtBottom, nearTop, prefixOffsets, scrollTopFor, viewTop, visibleRange } from "./windowing"

describe("prefixOffsets", () => {
  const cases: { heights: number[]; expected: number[] }[] = [
    { heights: [], expected: [0] },
    { heights: [10], expected: [0, 10] },
    { heights: [10, 20, 30], expected: [0, 10, 30, 60] },
    { heights: [10, -5, 5], expected: [0, 10, 10, 15] },
  ]
  it.each(cases)("$heights", ({ heights, expected }) => expect(prefixOffsets(heights)).toEqual(expected))
})

describe("indexAt", () => {
  const offsets = prefixOffsets([10, 20, 30])
  const cases: { y: number; expected: number }[] = [
    { y: -5, expected: 0 },
    { y: 0, expected: 0 },
    { y: 9.5, expected: 0 },
    { y: 10, expected: 1 },
    { y: 29, expected: 1 },
    { y: 30, expected: 2 },
    { y: 59, expected: 2 },
    { y: 500, expected: 2 },
  ]
  it.each(cases)("y=$y → $expected", ({ y, expected }) => expect(indexAt(offsets, y)).toBe(expected))
  it("is -1 for an empty list", () => expect(indexAt([0], 0)).toBe(-1))
})

describe("visibleRange", () => {
  const hundred = prefixOffsets(Array.from({ length: 100 }, () => 100))
  const cases: { name: string; offsets: number[]; scrollTop: number; viewport: number; overscan: number; expected: { start: number; end: number } }[] = [
    { name: "empty list", offsets: [0], scrollTop: 0, viewport: 500, overscan: 0, expected: { start: 0, end: 0 } },
    { name: "top, no overscan", offsets: hundred, scrollTop: 0, viewport: 500, overscan: 0, expected: { start: 0, end: 5 } },
    { name: "middle, no overscan", offsets: hundred, scrollTop: 1050, viewport: 500, overscan: 0, expected: { start: 10, end: 16 } },
    { name: "middle with overscan", offsets: hundred, scrollTop: 1000, viewport: 500, overscan: 200, expected: { start: 8, end: 17 } },
    { name: "bottom clamps to the end", offsets: hundred, scrollTop: 9500, viewport: 500, overscan: 300, expected: { start: 92, end: 100 } },
    { name: "past the end", offsets: hundred, scrollTop: 20000, viewport: 500, overscan: 0, expected: { start: 99, end: 100 } },
    { name: "list shorter than the viewport", offsets: prefixOffsets([50, 50]), scrollTop: 0, viewport: 500, overscan: 100, expected: { start: 0, end: 2 } },
    { name: "one tall item", offsets: prefixOffsets([5000]), scrollTop: 2000, viewport: 500, overscan: 0, expected: { start: 0, end: 1 } },
  ]
  it.each(cases)("$name", ({ offsets, scrollTop, viewport, overscan, expected }) => {
    expect(visibleRange(offsets, scrollTop, viewport, overscan)).toEqual(expected)
  })

  it("renders a small window of a 2,000-item list", () => {
    const offsets = prefixOffsets(Array.from({ length: 2000 }, (_, i) => 60 + (i % 7) * 20))
    const bottom = (offsets[2000] ?? 0) - 800
    const range = visibleRange(offsets, bottom, 800, 600)
    expect(range.end).toBe(2000)
    expect(range.end - range.start).toBeLessThan(40)
  })
})

describe("anchoring", () => {
  it("keeps the anchored item in place when older items are prepended", () => {
    const before = prefixOffsets([100, 100, 100])
    const anchor = anchorAt(before, 150)
    expect(anchor).toEqual({ index: 1, delta: 50 })
    const prepended = 2
    const after = prefixOffsets([80, 80, 100, 100, 100])
    expect(scrollTopFor(after, { index: (anchor?.index ?? 0) + prepended, delta: anchor?.delta ?? 0 })).toBe(310)
  })

  it("keeps the anchored item in place when an item above it grows", () => {
    const anchor = anchorAt(prefixOffsets([100, 100, 100]), 230)
    expect(scrollTopFor(prefixOffsets([100, 250, 100]), anchor ?? { index: 0, delta: 0 })).toBe(380)
  })

  it("has no anchor in an empty list", () => expect(anchorAt([0], 0)).toBeUndefined())
})

describe("isAtBottom", () => {
  const cases: { scrollTop: number; viewport: number; total: number; expected: boolean }[] = [
    { scrollTop: 500, viewport: 500, total: 1000, expected: true },
    { scrollTop: 494.5, viewport: 500, total: 1000, expected: true },
    { scrollTop: 400, viewport: 500, total: 1000, expected: false },
    { scrollTop: 0, viewport: 500, total: 300, expected: true },
  ]
  it.each(cases)("$scrollTop+$viewport of $total → $expected", ({ scrollTop, viewport, total, expected }) => {
    expect(isAtBottom(scrollTop, viewport, total)).toBe(expected)
  })
})

describe("viewTop", () => {
  // Five items of 100 px: 500 px in all, a 200 px view.
  const offsets = prefixOffsets([100, 100, 100, 100, 100])
  const cases: { name: string; view: Parameters<typeof viewTop>[1]; expected: number }[] = [
    { name: "following the end", view: { scrollTop: 0, viewport: 200, stuck: true, anchor: undefined }, expected: 300 },
    { name: "following the end of a short list", view: { scrollTop: 0, viewport: 800, stuck: true, anchor: { index: 1, delta: 5 } }, expected: 0 },
    { name: "no anchor: the last scroll", view: { scrollTop: 120, viewport: 200, stuck: false, anchor: undefined }, expected: 120 },
    { name: "the anchored item, moved by a prepend", view: { scrollTop: 20, viewport: 200, stuck: false, anchor: { index: 2, delta: 20 } }, expected: 220 },
    { name: "clamped to the end", view: { scrollTop: 0, viewport: 200, stuck: false, anchor: { index: 4, delta: 90 } }, expected: 300 },
    { name: "an anchor past the list: the last scroll", view: { scrollTop: 40, viewport: 200, stuck: false, anchor: { index: 9, delta: 0 } }, expected: 40 },
    { name: "never above the top", view: { scrollTop: -30, viewport: 200, stuck: false, anchor: undefined }, expected: 0 },
  ]
  it.each(cases)("$name", ({ view, expected }) => expect(viewTop(offsets, view)).toBe(expected))
})

describe("nearTop", () => {
  const cases: { scrollTop: number; viewport: number; expected: boolean }[] = [
    { scrollTop: 0, viewport: 800, expected: true },
    { scrollTop: 15999, viewport: 800, expected: true },
    { scrollTop: 16000, viewport: 800, expected: false },
    { scrollTop: 5999, viewport: 100, expected: true },
    { scrollTop: 6000, viewport: 100, expected: false },
  ]
  it.each(cases)("$scrollTop px down a $viewport px view → $expected", ({ scrollTop, viewport, expected }) => expect(nearTop(scrollTop, viewport)).toBe(expected))
})
