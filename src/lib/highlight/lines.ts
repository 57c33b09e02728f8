/**
 * highlight.js output (escaped text inside `<span class="hljs-…">`) split into one HTML string per
 * source line, with spans closed at each line end and reopened on the next, so lines can be drawn
 * one by one (windowed) and still read as a whole.
 */

const TAG = /<span class="([\w\s-]+)">|<\/span>/g
/** Only what highlight.js writes may reach innerHTML: its spans and escaped text. */
const SAFE = /^(?:[^<>]|<span class="[\w\s-]+">|<\/span>)*$/

export function isSafeMarkup(html: string): boolean {
  return SAFE.test(html)
}

export function splitHighlighted(html: string): string[] {
  const lines: string[] = []
  const open: string[] = []
  let line = ""
  let at = 0
  const text = (chunk: string) => {
    const parts = chunk.split("\n")
    parts.forEach((part, i) => {
      if (i > 0) {
        lines.push(line + "</span>".repeat(open.length))
        line = open.map((cls) => `<span class="${cls}">`).join("")
      }
      line += part
    })
  }
  for (const match of html.matchAll(TAG)) {
    text(html.slice(at, match.index))
    at = match.index + match[0].length
    const cls = match[1]
    if (cls !== undefined) open.push(cls)
    else open.pop()
    line += match[0]
  }
  text(html.slice(at))
  lines.push(line + "</span>".repeat(open.length))
  return lines
}
