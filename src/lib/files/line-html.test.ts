// @vitest-environment node
import { describe, expect, it } from "vitest"
import { linesHtml } from "./line-html"

const CLASSES = { row: "r", number: "n", text: "t" }
const row = (n: number, text: string) => `<div class="r"><span aria-hidden="true" class="n">${n}</span><span class="t">${text}</span></div>`

describe("linesHtml", () => {
  const lines = ["a < b", "two", "three"]
  it.each([
    { name: "plain lines, escaped, numbered from 1", coloured: undefined, start: 0, end: 2, html: row(1, "a &lt; b") + row(2, "two") },
    { name: "coloured lines as given", coloured: ['<span class="hljs-keyword">a</span>', "two"], start: 0, end: 1, html: row(1, '<span class="hljs-keyword">a</span>') },
    { name: "lines past the coloured ones stay plain", coloured: ["x"], start: 0, end: 2, html: row(1, "x") + row(2, "two") },
    { name: "a range past the end stops at the last line", coloured: undefined, start: 2, end: 16, html: row(3, "three") },
    { name: "an empty range", coloured: undefined, start: 1, end: 1, html: "" },
  ])("$name", ({ coloured, start, end, html }) => {
    expect(linesHtml(lines, coloured, start, end, CLASSES)).toBe(html)
  })
})
