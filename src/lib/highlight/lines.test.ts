// @vitest-environment node
import { describe, expect, it } from "vitest"
import { grammarForPath, grammarForTag } from "./languages"
import { isSafeMarkup, splitHighlighted } from "./lines"

describe("splitHighlighted", () => {
  it.each([
    ["plain lines", "a\nb", ["a", "b"]],
    ["a span on one line", '<span class="hljs-keyword">const</span> x\ny', ['<span class="hljs-keyword">const</span> x', "y"]],
    [
      "a comment over two lines is closed and reopened",
      '<span class="hljs-comment">/* one\ntwo */</span>',
      ['<span class="hljs-comment">/* one</span>', '<span class="hljs-comment">two */</span>'],
    ],
    [
      "nested spans",
      '<span class="a"><span class="b">x\ny</span>z</span>',
      ['<span class="a"><span class="b">x</span></span>', '<span class="a"><span class="b">y</span>z</span>'],
    ],
    ["a trailing newline gives an empty last line", "a\n", ["a", ""]],
  ])("%s", (_name, html, lines) => expect(splitHighlighted(html)).toEqual(lines))
})

describe("isSafeMarkup", () => {
  it.each([
    ['<span class="hljs-string">&quot;&lt;img&gt;&quot;</span>', true],
    ["plain &amp; text", true],
    ['<img src=x onerror="alert(1)">', false],
    ['<span class="x" onclick="y">', false],
    ["<script>", false],
  ])("%s → %s", (html, safe) => expect(isSafeMarkup(html)).toBe(safe))
})

describe("grammars", () => {
  it.each([
    ["src/app.tsx", "typescript"],
    ["README.md", "markdown"],
    ["deploy/Dockerfile", "bash"],
    ["data.bin", undefined],
    ["Makefile", "bash"],
    ["noext", undefined],
  ])("path %s → %s", (path, grammar) => expect(grammarForPath(path)).toBe(grammar))

  it.each([
    ["ts", "typescript"],
    ["TypeScript", "typescript"],
    ["sh", "bash"],
    ["", undefined],
    ["brainfuck", undefined],
  ])("tag %s → %s", (tag, grammar) => expect(grammarForTag(tag)).toBe(grammar))
})
