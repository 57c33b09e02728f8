import { describe, expect, it } from "vitest"
import { checkTerminalTitle, nextTerminalTitle } from "./title"

describe("nextTerminalTitle", () => {
  it.each<[string, string[], string]>([
    ["first one", [], "Shell 1"],
    ["next after one", ["Shell 1"], "Shell 2"],
    ["fills a gap", ["Shell 1", "Shell 3"], "Shell 2"],
    ["ignores renamed tabs", ["build", "logs"], "Shell 1"],
    ["order does not matter", ["Shell 2", "Shell 1"], "Shell 3"],
  ])("%s", (_label, existing, expected) => {
    expect(nextTerminalTitle(existing)).toBe(expected)
  })
})

describe("checkTerminalTitle", () => {
  it.each<[string, string, string[], ReturnType<typeof checkTerminalTitle>]>([
    ["plain", "build", [], { ok: true, title: "build" }],
    ["trims and collapses spaces", "  dev   server ", [], { ok: true, title: "dev server" }],
    ["empty", "", [], { ok: false, error: "A name is required." }],
    ["only spaces", "   ", [], { ok: false, error: "A name is required." }],
    ["too long", "x".repeat(61), [], { ok: false, error: "Use at most 60 characters." }],
    ["60 is fine", "x".repeat(60), [], { ok: true, title: "x".repeat(60) }],
    ["taken by another tab", "logs", ["logs"], { ok: false, error: 'Another terminal is already called "logs".' }],
  ])("%s", (_label, input, others, expected) => {
    expect(checkTerminalTitle(input, others)).toEqual(expected)
  })
})
