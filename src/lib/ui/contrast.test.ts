import { describe, expect, it } from "vitest"
import { AA_TEXT, contrastRatio, luminance, parseHex, readableTextOn } from "./contrast"
import { colorOf, type Family, type Mode, type Shade } from "./palette"
import { PALETTE } from "../registry/server"

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
    ["#777777", "#ffffff", 4.48],
    ["#0f172a", "#f8fafc", 17.06],
  ])("%s on %s is %d:1", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1)
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 1)
  })

  it("treats an unreadable color as black", () => {
    expect(parseHex("red")).toBeUndefined()
    expect(luminance("nope")).toBe(0)
  })
})

describe("readableTextOn", () => {
  it.each([
    ["#2563eb", "#ffffff"],
    ["#ca8a04", "#0f172a"],
    ["#ffff00", "#0f172a"],
    ["#7c3aed", "#ffffff"],
    ["#000000", "#ffffff"],
    ["#ffffff", "#0f172a"],
  ])("on %s writes %s", (background, text) => {
    expect(readableTextOn(background)).toBe(text)
  })

  it.each(PALETTE.map((color) => [color]))("keeps AA on the suggested server color %s", (color) => {
    expect(contrastRatio(color, readableTextOn(color))).toBeGreaterThanOrEqual(AA_TEXT)
  })
})

type Pair = [string, Family | "white", Shade, Family | "white", Shade]
/** Text on background pairs the components use: [what, text family, shade, background family, shade]. */
const PAIRS: Pair[] = [
  ["body text on a card", "slate", 900, "white", 500],
  ["body text on the page", "slate", 900, "slate", 50],
  ["labels", "slate", 700, "white", 500],
  ["secondary text", "slate", 600, "white", 500],
  ["muted text on a card", "slate", 500, "white", 500],
  ["muted text on the page", "slate", 500, "slate", 50],
  ["link", "blue", 700, "white", 500],
  ["primary button", "white", 500, "blue", 700],
  ["danger button", "white", 500, "red", 700],
  ["error text", "red", 700, "white", 500],
  ["error alert", "red", 900, "red", 50],
  ["warning notice", "amber", 900, "amber", 50],
  ["online status", "green", 700, "white", 500],
  ["active chip", "blue", 800, "blue", 100],
  ["added diff line", "green", 900, "green", 50],
  ["removed diff line", "red", 900, "red", 50],
]

describe("theme text pairs meet WCAG AA", () => {
  it.each((["light", "dark"] as Mode[]).flatMap((mode) => PAIRS.map((pair) => [mode, ...pair] as const)))(
    "%s: %s",
    (mode, _what, textFamily, textShade, bgFamily, bgShade) => {
      expect(contrastRatio(colorOf(mode, textFamily, textShade), colorOf(mode, bgFamily, bgShade))).toBeGreaterThanOrEqual(AA_TEXT)
    },
  )
})
