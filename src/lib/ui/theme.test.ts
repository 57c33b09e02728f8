import { describe, expect, it } from "vitest"
import { nextThemeChoice, parseThemeChoice, resolveTheme, themeLabel } from "./theme"

describe("parseThemeChoice", () => {
  it.each([
    ["light", "light"],
    ["dark", "dark"],
    ["system", "system"],
    [null, "system"],
    ["Dark", "system"],
    [3, "system"],
  ])("%j → %s", (stored, choice) => {
    expect(parseThemeChoice(stored)).toBe(choice)
  })
})

describe("resolveTheme", () => {
  it.each([
    ["light", true, "light"],
    ["dark", false, "dark"],
    ["system", true, "dark"],
    ["system", false, "light"],
  ] as const)("%s with a dark OS %s → %s", (choice, systemDark, resolved) => {
    expect(resolveTheme(choice, systemDark)).toBe(resolved)
  })
})

describe("nextThemeChoice", () => {
  it.each([
    ["light", "dark", "Dark"],
    ["dark", "system", "System"],
    ["system", "light", "Light"],
  ] as const)("after %s comes %s", (choice, next, label) => {
    expect(nextThemeChoice(choice)).toBe(next)
    expect(themeLabel(next)).toBe(label)
  })
})
