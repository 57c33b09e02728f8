import { describe, expect, it } from "vitest"
import { AA_TEXT, contrastRatio } from "../ui/contrast"
import { xtermTheme } from "./xterm-theme"

describe("xtermTheme", () => {
  it.each(["light", "dark"] as const)("keeps %s text readable on its background", (theme) => {
    const colors = xtermTheme(theme)
    expect(contrastRatio(colors.foreground ?? "", colors.background ?? "")).toBeGreaterThanOrEqual(AA_TEXT)
  })

  it("gives the light screen ANSI colors that read on it", () => {
    const colors = xtermTheme("light")
    for (const name of ["red", "green", "yellow", "blue", "magenta", "cyan", "white"]) {
      expect(contrastRatio(colors[name] ?? "", colors.background ?? ""), name).toBeGreaterThanOrEqual(AA_TEXT)
    }
  })
})
