// @vitest-environment node
import { describe, expect, it } from "vitest"
import { BLOCK_LINES, lineBlocks, lineWindow, OVERSCAN, RENDER_ALL_BELOW } from "./line-window"

describe("lineWindow", () => {
  const big = 100_000
  const cases: { name: string; total: number; scrollTop: number; viewport: number; window: { start: number; end: number } }[] = [
    { name: "short file: everything", total: 30, scrollTop: 0, viewport: 400, window: { start: 0, end: 30 } },
    { name: "at the threshold: everything", total: RENDER_ALL_BELOW, scrollTop: 0, viewport: 0, window: { start: 0, end: RENDER_ALL_BELOW } },
    { name: "not measured yet: a first screenful", total: big, scrollTop: 0, viewport: 0, window: { start: 0, end: 60 } },
    { name: "top of a long file", total: big, scrollTop: 0, viewport: 400, window: { start: 0, end: 20 + OVERSCAN } },
    { name: "middle", total: big, scrollTop: 20_000, viewport: 400, window: { start: 1000 - OVERSCAN, end: 1020 + OVERSCAN } },
    { name: "bottom", total: big, scrollTop: big * 20 - 400, viewport: 400, window: { start: big - 20 - OVERSCAN, end: big } },
    { name: "scrolled past the end (elastic scroll)", total: big, scrollTop: big * 20 + 5000, viewport: 400, window: { start: big - 1, end: big } },
    { name: "negative scroll", total: big, scrollTop: -50, viewport: 400, window: { start: 0, end: 20 + OVERSCAN } },
  ]
  it.each(cases)("$name", ({ total, scrollTop, viewport, window }) => {
    expect(lineWindow({ total, scrollTop, viewport, lineHeight: 20 })).toEqual(window)
  })
})

describe("lineBlocks", () => {
  const cases: { name: string; range: { start: number; end: number }; total: number; shown: { blocks: number[]; before: number; after: number } }[] = [
    { name: "one block of a short file", range: { start: 0, end: 10 }, total: 10, shown: { blocks: [0], before: 0, after: 0 } },
    { name: "whole blocks around a window", range: { start: 20, end: 40 }, total: 100, shown: { blocks: [1, 2], before: BLOCK_LINES, after: 100 - 3 * BLOCK_LINES } },
    { name: "a window on block edges", range: { start: BLOCK_LINES, end: 2 * BLOCK_LINES }, total: 100, shown: { blocks: [1], before: BLOCK_LINES, after: 100 - 2 * BLOCK_LINES } },
    { name: "the last, partial block", range: { start: 90, end: 100 }, total: 100, shown: { blocks: [5, 6], before: 5 * BLOCK_LINES, after: 0 } },
    { name: "an empty window", range: { start: 0, end: 0 }, total: 0, shown: { blocks: [], before: 0, after: 0 } },
  ]
  it.each(cases)("$name", ({ range, total, shown }) => {
    expect(lineBlocks(range, total)).toEqual(shown)
  })
})
