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
/** Lines kept above and below the visible part, so fast scrolling shows no blank gap. */
export const OVERSCAN = 20
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
