import { describe, expect, it } from "vitest"
import { AA_TEXT, contrastRatio } from "../ui/contrast"
import { colorOf, type Family, type Mode, type Shade } from "../ui/palette"
import { TOKEN_COLORS, tokenCss } from "./token-colors"

// Where code shows: cards (white), code blocks (slate-50/100) and the diff's added and removed lines.
const BACKGROUNDS: Array<[Family | "white", Shade]> = [
  ["white", 500],
  ["slate", 50],
  ["slate", 100],
  ["green", 50],
  ["red", 50],
]

describe("token colours", () => {
  const cases = TOKEN_COLORS.flatMap((token) =>
    (["light", "dark"] as Mode[]).flatMap((mode) =>
      BACKGROUNDS.map(([family, shade]) => ({ token: token.selectors.split(",")[0], mode, color: token[mode], background: colorOf(mode, family, shade) })),
    ),
  )
  it.each(cases)("$token in $mode on $background meets AA", ({ color, background }) => {
    expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(AA_TEXT)
  })

  it("scopes the dark colours to the dark theme", () => {
    const css = tokenCss()
    expect(css).toContain(".hljs-keyword,.hljs-doctag")
    expect(css).toContain(":root[data-theme=dark] .hljs-keyword,:root[data-theme=dark] .hljs-doctag")
    expect(css).toContain("{color:#ff7b72}")
  })
})
