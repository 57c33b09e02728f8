import { describe, expect, it } from "vitest"
import { colorOf, themeColors, themeCss } from "./palette"

describe("themeCss", () => {
  it("defines every variable for both themes", () => {
    const css = themeCss()
    expect(css).toContain(":root{color-scheme:light;--c-white:255 255 255;")
    expect(css).toContain(":root[data-theme=dark]{color-scheme:dark;--c-white:11 18 34;")
    expect(css.match(/--c-slate-500:/g)).toHaveLength(2)
  })
})

describe("colorOf", () => {
  it.each([
    ["light", "red", 50, "#fef2f2"],
    ["dark", "red", 50, "#450a0a"],
    ["dark", "red", 900, "#fee2e2"],
    ["dark", "slate", 500, "#94a3b8"],
    ["dark", "white", 500, "#0b1222"],
  ] as const)("%s %s-%d is %s", (mode, family, shade, hex) => {
    expect(colorOf(mode, family, shade)).toBe(hex)
  })
})

describe("themeColors", () => {
  it("reads variables with an opacity slot and keeps the sidebar's navy fixed", () => {
    const colors = themeColors()
    expect(colors.white).toBe("rgb(var(--c-white) / %alpha)")
    expect(colors.slate).toMatchObject({ "500": "rgb(var(--c-slate-500) / %alpha)" })
    expect(colors.night).toMatchObject({ 900: "#0f172a" })
  })
})
