// @vitest-environment node
import { describe, expect, it } from "vitest"
import { ascendingId, messageText } from "./long-session"

describe("ascendingId", () => {
  it("has OpenCode's shape: prefix, 12 hex digits of time, 14 base62 characters", () => {
    expect(ascendingId("msg", 1795241398275, 1)).toMatch(/^msg_[0-9a-f]{12}[0-9A-Za-z]{14}$/)
  })
  it("keeps the low 48 bits of ms × 4096 + counter, as OpenCode does", () => {
    expect(ascendingId("msg", 1795241398275, 1).slice(4, 16)).toBe(((1795241398275n * 4096n + 1n) & 0xffffffffffffn).toString(16))
  })
  it("sorts in creation order, so the last seeded message is the newest", () => {
    const ids = Array.from({ length: 3000 }, (_, i) => ascendingId("msg", 1795241398275 + i + 1, i + 1))
    expect([...ids].sort()).toEqual(ids)
  })
})

describe("messageText", () => {
  it.each([
    { n: 1, starts: "Bench message 1:" },
    { n: 2000, starts: "Bench message 2000:" },
  ])("message $n starts with its marker", ({ n, starts }) => {
    expect(messageText(n).startsWith(starts)).toBe(true)
  })
  it("alternates plain user text and markdown replies with code now and then", () => {
    expect(messageText(3)).not.toContain("\n")
    expect(messageText(4)).toContain("- second point")
    expect(messageText(10)).toContain("```ts")
  })
  it("is deterministic", () => {
    expect(messageText(77)).toBe(messageText(77))
  })
})
