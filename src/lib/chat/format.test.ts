// @vitest-environment node
import { describe, expect, it } from "vitest"
import { formatCost, formatCountdown, formatCount, formatTime, formatTokens, toolInputText, toolTitle } from "./format"
import type { ToolPart, Tokens } from "../model"

const tokens = (overrides: Partial<Tokens> = {}): Tokens => ({ input: 10, output: 5, reasoning: 0, cache: { read: 0, write: 0 }, ...overrides })

const tool = (state: ToolPart["state"]): ToolPart => ({ id: "prt_1", sessionID: "ses_1", messageID: "msg_1", type: "tool", callID: "call_1", tool: "bash", state })

describe("formatCount", () => {
  const cases: [number, string][] = [[0, "0"], [999, "999"], [1000, "1K"], [1234, "1.2K"], [2_500_000, "2.5M"]]
  it.each(cases)("%d → %s", (n, expected) => expect(formatCount(n)).toBe(expected))
})

describe("formatTime", () => {
  it("shows hours and minutes of the local time, without seconds", () => {
    const ms = new Date(2026, 0, 2, 9, 5, 30).getTime()
    expect(formatTime(ms)).toMatch(/0?9:05/)
    expect(formatTime(ms)).not.toMatch(/\d:\d\d:\d\d/)
  })
})

describe("formatTokens", () => {
  const cases: { name: string; tokens: Tokens; expected: string }[] = [
    { name: "the mock's step", tokens: tokens({ total: 15 }), expected: "15 tokens (10 in, 5 out)" },
    { name: "total computed when missing", tokens: tokens(), expected: "15 tokens (10 in, 5 out)" },
    { name: "reasoning and cache", tokens: tokens({ reasoning: 3, cache: { read: 1200, write: 0 } }), expected: "1.2K tokens (10 in, 5 out, 3 reasoning, 1.2K cached)" },
  ]
  it.each(cases)("$name", ({ tokens, expected }) => expect(formatTokens(tokens)).toBe(expected))
})

describe("formatCost", () => {
  const cases: [number, string][] = [[0, "$0.00"], [0.0012, "$0.0012"], [0.01, "$0.01"], [1.234, "$1.23"]]
  it.each(cases)("%d → %s", (cost, expected) => expect(formatCost(cost)).toBe(expected))
})

describe("formatCountdown", () => {
  const cases: [number, string][] = [[-100, "now"], [0, "now"], [1, "in 1 s"], [4001, "in 5 s"], [60_000, "in 1 min"], [125_000, "in 2 min 5 s"]]
  it.each(cases)("%d ms ahead → %s", (ahead, expected) => expect(formatCountdown(1_000_000 + ahead, 1_000_000)).toBe(expected))
})

describe("tool text", () => {
  it("shows no input for an empty object and pretty JSON otherwise", () => {
    expect(toolInputText({})).toBe("")
    expect(toolInputText({ command: "ls" })).toBe('{\n  "command": "ls"\n}')
  })

  const cases: { name: string; part: ToolPart; expected: string }[] = [
    { name: "pending without input", part: tool({ status: "pending", input: {} }), expected: "" },
    { name: "running with a description", part: tool({ status: "running", input: { command: "ls", description: "List files" } }), expected: "List files" },
    { name: "running with only a command", part: tool({ status: "running", input: { command: "ls" } }), expected: "ls" },
    { name: "completed uses the tool's title", part: tool({ status: "completed", input: { command: "ls" }, output: "a", title: "Listed" }), expected: "Listed" },
    { name: "error falls back to input", part: tool({ status: "error", input: { filePath: "/a.ts" }, error: "no" }), expected: "/a.ts" },
  ]
  it.each(cases)("title: $name", ({ part, expected }) => expect(toolTitle(part)).toBe(expected))
})
