// @vitest-environment node
import { describe, expect, it } from "vitest"
import { isRecord, optionalString } from "../guards"
import { isColor, nextColor, PALETTE } from "./server"

describe("isColor", () => {
  it.each<[unknown, boolean]>([
    ["#1a2b3c", true],
    ["#ABCDEF", true],
    ["#abc", false],
    ["1a2b3c", false],
    ["#1a2b3c4d", false],
    ["red", false],
    ["#ggg000", false],
    [0x1a2b3c, false],
    [undefined, false],
  ])("%j → %s", (value, expected) => {
    expect(isColor(value)).toBe(expected)
  })
})

describe("nextColor", () => {
  it.each<[string, string[], string]>([
    ["first palette color when none is taken", [], PALETTE[0]],
    ["skips taken colors", [PALETTE[0], PALETTE[1]], PALETTE[2]],
    ["taken colors compare case-insensitively", [PALETTE[0].toUpperCase()], PALETTE[1]],
    ["fills a gap", [PALETTE[1]], PALETTE[0]],
    ["ignores colors outside the palette", ["#000000"], PALETTE[0]],
    ["cycles when all are taken", [...PALETTE], PALETTE[0]],
    ["keeps cycling by count", [...PALETTE, "#000000", "#000001", "#000002"], PALETTE[3]],
  ])("%s", (_label, taken, expected) => {
    expect(nextColor(taken)).toBe(expected)
  })
})

describe("guards", () => {
  it.each<[unknown, boolean]>([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    ["x", false],
    [undefined, false],
  ])("isRecord(%j) → %s", (value, expected) => {
    expect(isRecord(value)).toBe(expected)
  })

  it.each<[Record<string, unknown>, string | undefined]>([
    [{ k: "v" }, "v"],
    [{ k: "" }, ""],
    [{ k: 1 }, undefined],
    [{}, undefined],
  ])("optionalString(%j) → %j", (record, expected) => {
    expect(optionalString(record, "k")).toBe(expected)
  })
})
