// @vitest-environment node
import { describe, expect, it } from "vitest"
import { highlightLines } from "./engine"

describe("highlightLines", () => {
  it("marks keywords and strings, one HTML line per source line", () => {
    const lines = highlightLines('const a = "x"\n// done', "typescript")
    expect(lines).toHaveLength(2)
    expect(lines?.[0]).toContain('<span class="hljs-keyword">const</span>')
    expect(lines?.[0]).toContain('<span class="hljs-string">&quot;x&quot;</span>')
    expect(lines?.[1]).toBe('<span class="hljs-comment">// done</span>')
  })

  it("escapes markup in the code, so hostile text stays text", () => {
    const lines = highlightLines('const s = "<img src=x onerror=alert(1)>"', "typescript")
    expect(lines?.join("")).not.toContain("<img")
    expect(lines?.join("")).toContain("&lt;img")
  })
})
