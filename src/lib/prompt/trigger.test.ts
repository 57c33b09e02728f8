import { describe, expect, it } from "vitest"
import { applyPick, parseCommandLine, triggerAt } from "./trigger"

describe("triggerAt", () => {
  it.each([
    ["@READ", 5, { kind: "mention", query: "READ", start: 0, end: 5 }],
    ["look at @src/ut now", 15, { kind: "mention", query: "src/ut", start: 8, end: 15 }],
    ["look at @src/ut now", 11, { kind: "mention", query: "sr", start: 8, end: 15 }],
    ["@", 1, { kind: "mention", query: "", start: 0, end: 1 }],
    ["mail me@example.com", 19, undefined],
    ["/rev", 4, { kind: "command", query: "rev", start: 0, end: 4 }],
    ["/review now", 11, undefined],
    ["/review now", 3, { kind: "command", query: "re", start: 0, end: 7 }],
    ["say /init", 9, undefined],
    ["plain", 5, undefined],
  ])("%j at %i", (text, caret, expected) => {
    expect(triggerAt(text, caret)).toEqual(expected)
  })
})

describe("applyPick", () => {
  it.each([
    ["@READ", { kind: "mention", query: "READ", start: 0, end: 5 }, "@README.md", { text: "@README.md ", caret: 11 }],
    ["see @RE then", { kind: "mention", query: "RE", start: 4, end: 7 }, "@README.md", { text: "see @README.md then", caret: 15 }],
    ["/rev", { kind: "command", query: "rev", start: 0, end: 4 }, "/review", { text: "/review ", caret: 8 }],
  ] as const)("%j", (text, trigger, insert, expected) => {
    expect(applyPick(text, trigger, insert)).toEqual(expected)
  })
})

describe("parseCommandLine", () => {
  it.each([
    ["/init", { name: "init", arguments: "" }],
    ["/hello Bob and Alice", { name: "hello", arguments: "Bob and Alice" }],
    ["  /review\nthe diff ", { name: "review", arguments: "the diff" }],
    ["/", undefined],
    ["hello /init", undefined],
  ])("%j", (text, expected) => {
    expect(parseCommandLine(text)).toEqual(expected)
  })
})
