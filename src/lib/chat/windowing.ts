/**
 * Windowing math for long lists with measured, variable heights: which items to render for a
 * scroll position, and where an anchored item lands after heights or items change.
 */

/** `offsets[i]` is the top of item i; `offsets[n]` is the total height. */
export function prefixOffsets(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1)
  offsets[0] = 0
  let sum = 0
  for (let i = 0; i < heights.length; i++) {
    sum += Math.max(0, heights[i] ?? 0)
    offsets[i + 1] = sum
  }
  return offsets
}

/** The index of the item covering `y` (clamped to the list); -1 for an empty list. */
export function indexAt(offsets: readonly number[], y: number): number {
  const count = offsets.length - 1
  if (count <= 0) return -1
  let lo = 0
  let hi = count - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((offsets[mid] ?? 0) <= y) lo = mid
    else hi = mid - 1
  }
  return lo
}

export type Range = { start: number; end: number }

/** Items intersecting [scrollTop - overscan, scrollTop + viewport + overscan]; `end` is exclusive. */
export function visibleRange(offsets: readonly number[], scrollTop: number, viewport: number, overscan: number): Range {
  const count = offsets.length - 1
  if (count <= 0) return { start: 0, end: 0 }
  const start = indexAt(offsets, Math.max(0, scrollTop - overscan))
  const bottom = scrollTop + viewport + overscan
  let end = indexAt(offsets, bottom) + 1
  if ((offsets[end - 1] ?? 0) >= bottom && end - 1 > start) end -= 1
  return { start, end: Math.min(count, Math.max(end, start + 1)) }
}

/** The top of the viewport, expressed as an item and a distance into it. */
export type Anchor = { index: number; delta: number }

export function anchorAt(offsets: readonly number[], scrollTop: number): Anchor | undefined {
  const index = indexAt(offsets, scrollTop)
  if (index < 0) return undefined
  return { index, delta: scrollTop - (offsets[index] ?? 0) }
}

/** The scroll position that puts the anchored item back where it was. */
export function scrollTopFor(offsets: readonly number[], anchor: Anchor): number {
  return (offsets[anchor.index] ?? 0) + anchor.delta
}

/** Within `slack` px of the end counts as the bottom (sub-pixel layouts never hit it exactly). */
export function isAtBottom(scrollTop: number, viewport: number, total: number, slack = 8): boolean {
  return total - (scrollTop + viewport) <= slack
}

/**
 * Where the view is about to be, for choosing what to render: at the end while it follows the end,
 * else where the anchored item is now. Items prepended or resized above move the anchor; computing
 * the range from the last scroll event instead would render the wrong items for one frame first.
 */
export function viewTop(offsets: readonly number[], view: { scrollTop: number; viewport: number; stuck: boolean; anchor: Anchor | undefined }): number {
  const max = Math.max(0, (offsets[offsets.length - 1] ?? 0) - view.viewport)
  if (view.stuck) return max
  const at = view.anchor && view.anchor.index >= 0 && view.anchor.index < offsets.length - 1 ? scrollTopFor(offsets, view.anchor) : view.scrollTop
  return Math.min(max, Math.max(0, at))
}

/**
 * Older items are asked for this many screens before the top, so a fast fling (~30,000 px/s)
 * rarely waits at it; it also covers a newest page of 50 messages, so the first older page is on
 * its way as soon as a session opens.
 */
export const OLDER_AHEAD_SCREENS = 20
/** …and never later than this, for a small view. */
export const OLDER_AHEAD_MIN_PX = 6000

/** Whether the view is close enough to the top to ask for older items. */
export function nearTop(scrollTop: number, viewport: number): boolean {
  return scrollTop < Math.max(OLDER_AHEAD_MIN_PX, OLDER_AHEAD_SCREENS * viewport)
}
