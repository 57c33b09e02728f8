/**
 * Which lines of a long text to put in the page: only those near the visible part of the scroll
 * box, so a 100 000-line file costs as much DOM as a short one.
 */
export type LineWindowInput = {
  total: number
  scrollTop: number
  /** Height of the scroll box; 0 before it was measured. */
  viewport: number
  lineHeight: number
}

/**
 * Below this many lines everything is rendered, so the browser's find-in-page sees all of it;
 * rendering more at once costs the page a frame of well over 50 ms.
 */
export const RENDER_ALL_BELOW = 400
/**
 * Lines kept above and below the visible part, so fast scrolling shows no blank gap; blocks add up
 * to BLOCK_LINES - 1 more on each side.
 */
export const OVERSCAN = 8
/**
 * Lines put in the page together, as one element from one HTML string: scrolling adds or drops a
 * whole block every BLOCK_LINES lines and leaves the blocks still on screen alone.
 */
export const BLOCK_LINES = 16
/** Lines shown before the scroll box has a measured height: more than a tall screen shows. */
const FIRST_PAINT = 60

export function lineWindow(input: LineWindowInput): { start: number; end: number } {
  const { total, scrollTop, viewport, lineHeight } = input
  if (total <= RENDER_ALL_BELOW) return { start: 0, end: total }
  if (viewport <= 0 || lineHeight <= 0) return { start: 0, end: Math.min(total, FIRST_PAINT) }
  const first = Math.floor(Math.max(0, scrollTop) / lineHeight)
  const last = Math.ceil((Math.max(0, scrollTop) + viewport) / lineHeight)
  const end = Math.min(total, last + OVERSCAN)
  const start = Math.max(0, Math.min(first - OVERSCAN, end - 1))
  return { start, end }
}

/**
 * The blocks (numbered from 0, BLOCK_LINES lines each) that cover `range`, and how many lines lie
 * before the first and after the last of them, for the padding that keeps the scroll height.
 * @example lineBlocks({ start: 20, end: 40 }, 100) // { blocks: [1, 2], before: 16, after: 52 }
 */
export function lineBlocks(range: { start: number; end: number }, total: number): { blocks: number[]; before: number; after: number } {
  if (range.end <= range.start) return { blocks: [], before: 0, after: total }
  const first = Math.floor(range.start / BLOCK_LINES)
  const last = Math.ceil(range.end / BLOCK_LINES)
  return {
    blocks: Array.from({ length: last - first }, (_, i) => first + i),
    before: first * BLOCK_LINES,
    after: Math.max(0, total - last * BLOCK_LINES),
  }
}
