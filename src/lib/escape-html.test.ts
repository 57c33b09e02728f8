// @vitest-environment node
import { describe, expect, it } from "vitest"
import { escapeHtml } from "./escape-html"

describe("escapeHtml", () => {
  it.each([
    ["plain text stays", "const x = 1", "const x = 1"],
    ["markup becomes text", "<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;"],
    ["quotes cannot end an attribute", `"a" 'b'`, "&quot;a&quot; &#39;b&#39;"],
  ])("%s", (_, text, html) => {
    expect(escapeHtml(text)).toBe(html)
  })
})
