// @vitest-environment node
import { describe, expect, it } from "vitest"
import { linesHtml } from "./line-html"

const CLASSES = { gutter: "g", text: "t", line: "l" }
const block = (rows: [number, string][]) =>
  `<div aria-hidden="true" class="g">${rows.map(([n]) => `<div class="l">${n}</div>`).join("")}</div>` +
  `<div class="t">${rows.map(([, text]) => `<div class="l">${text}</div>`).join("")}</div>`

describe("linesHtml", () => {
  const lines = ["a < b", "two", "three"]
  it.each([
    { name: "plain lines, escaped, numbered from 1", coloured: undefined, start: 0, end: 2, html: block([[1, "a &lt; b"], [2, "two"]]) },
    { name: "coloured lines as given", coloured: ['<span class="hljs-keyword">a</span>', "two"], start: 0, end: 1, html: block([[1, '<span class="hljs-keyword">a</span>']]) },
    { name: "lines past the coloured ones stay plain", coloured: ["x"], start: 0, end: 2, html: block([[1, "x"], [2, "two"]]) },
    { name: "a range past the end stops at the last line", coloured: undefined, start: 2, end: 16, html: block([[3, "three"]]) },
    { name: "an empty range", coloured: undefined, start: 1, end: 1, html: "" },
    { name: "a range wholly past the end", coloured: undefined, start: 5, end: 9, html: "" },
  ])("$name", ({ coloured, start, end, html }) => {
    expect(linesHtml(lines, coloured, start, end, CLASSES)).toBe(html)
  })
})
