/**
 * The HTML of a run of numbered lines, built as one string so a block of lines costs the page one
 * parse instead of a few DOM nodes per line.
 */
import { escapeHtml } from "../escape-html"

export type LineClasses = { row: string; number: string; text: string }

/**
 * Lines `start` to `end` (exclusive), each a row with its 1-based number (hidden from screen
 * readers) and its text: the highlighted HTML where `coloured` has it, else the escaped plain line.
 * `coloured` must hold only highlight.js markup (lib/highlight/lines checks it).
 */
export function linesHtml(lines: readonly string[], coloured: readonly string[] | undefined, start: number, end: number, classes: LineClasses): string {
  let html = ""
  for (let n = start; n < Math.min(end, lines.length); n++) {
    const text = coloured?.[n] ?? escapeHtml(lines[n] ?? "")
    html += `<div class="${classes.row}"><span aria-hidden="true" class="${classes.number}">${n + 1}</span><span class="${classes.text}">${text}</span></div>`
  }
  return html
}
