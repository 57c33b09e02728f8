/** Pane widths as percentages of the row; they always add up to 100. */

/** Narrower than this a pane's chat no longer fits a line of text. */
export const MIN_PANE_PCT = 15
/** One arrow key press moves a separator this far. */
export const KEY_STEP_PCT = 5

export function evenSizes(count: number): number[] {
  return count <= 0 ? [] : Array.from({ length: count }, () => 100 / count)
}

/**
 * Moves the separator after pane `index` by `delta` percent (positive: to the right), taking the
 * room from the pane on the other side only; neither shrinks below `min`.
 */
export function moveSeparator(sizes: readonly number[], index: number, delta: number, min = MIN_PANE_PCT): number[] {
  const left = sizes[index]
  const right = sizes[index + 1]
  if (left === undefined || right === undefined) return [...sizes]
  const pair = left + right
  const nextLeft = Math.min(Math.max(left + delta, min), pair - min)
  if (pair < 2 * min) return [...sizes]
  return sizes.map((size, i) => (i === index ? nextLeft : i === index + 1 ? pair - nextLeft : size))
}

/** Where separator `index` stands, as a percentage of the row from its left edge (aria-valuenow). */
export function separatorPosition(sizes: readonly number[], index: number): number {
  return Math.round(sizes.slice(0, index + 1).reduce((sum, size) => sum + size, 0))
}
