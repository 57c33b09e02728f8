/**
 * The HTML of a run of numbered lines, built as one string so a block of lines costs the page one
 * parse instead of a few DOM nodes per line.
 */
import { escapeHtml } from "../escape-html"

/**
 * `gutter` holds the block's numbers and `text` its lines, each line one element of class `line`.
 * One gutter per block, not one number per row: a sticky gutter is a composited layer, and a
 * layer per row cost the compositor frames of over 80 ms on a long file.
 */
export type LineClasses = { gutter: string; text: string; line: string }

/**
 * Lines `start` to `end` (exclusive): their 1-based numbers (hidden from screen readers) beside
 * their text, the highlighted HTML where `coloured` has it, else the escaped plain line.
 * `coloured` must hold only highlight.js markup (lib/highlight/lines checks it).
 */
export function linesHtml(lines: readonly string[], coloured: readonly string[] | undefined, start: number, end: number, classes: LineClasses): string {
  const last = Math.min(end, lines.length)
  if (last <= start) return ""
  let numbers = ""
  let texts = ""
  for (let n = start; n < last; n++) {
    numbers += `<div class="${classes.line}">${n + 1}</div>`
    texts += `<div class="${classes.line}">${coloured?.[n] ?? escapeHtml(lines[n] ?? "")}</div>`
  }
  return `<div aria-hidden="true" class="${classes.gutter}">${numbers}</div><div class="${classes.text}">${texts}</div>`
}
