// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { Message, Session, Tokens } from "../model"
import { formatShare, sessionUsage, tokenTotal } from "./usage"

const tokens = (input: number, output: number, extra: Partial<Tokens> = {}): Tokens => ({ input, output, reasoning: 0, cache: { read: 0, write: 0 }, ...extra })
const reply = (id: string, t?: Tokens, cost?: number): Message => ({ id, sessionID: "s", role: "assistant", time: { created: 1 }, ...(t ? { tokens: t } : {}), ...(cost === undefined ? {} : { cost }) })
const prompt: Message = { id: "msg_0", sessionID: "s", role: "user", time: { created: 1 } }
const session = (over: Partial<Session> = {}): Session => ({ id: "s", directory: "/w", title: "t", time: { created: 1, updated: 1 }, ...over })

describe("sessionUsage", () => {
  it("sums the loaded replies when the session has no totals", () => {
    const usage = sessionUsage(undefined, [prompt, reply("msg_1", tokens(10, 5), 0.5), reply("msg_2", tokens(20, 7, { reasoning: 3, cache: { read: 4, write: 1 } }), 0.25)], 1000)
    expect(usage.tokens).toEqual({ input: 30, output: 12, reasoning: 3, cache: { read: 4, write: 1 } })
    expect(usage.cost).toBe(0.75)
    expect(usage.contextUsed).toBe(35)
    expect(usage.contextShare).toBeCloseTo(0.035)
  })

  it("prefers the server's totals on the session", () => {
    const usage = sessionUsage(session({ tokens: tokens(6162, 16), cost: 1.5 }), [reply("msg_1", tokens(10, 5), 0.5)], undefined)
    expect(usage.tokens).toEqual(tokens(6162, 16))
    expect(usage.cost).toBe(1.5)
    expect(usage.contextShare).toBeUndefined()
  })

  it.each([
    ["an in-progress reply without tokens counts the one before", [reply("msg_1", tokens(100, 10)), reply("msg_2", tokens(0, 0))], 110],
    ["nothing yet", [prompt], 0],
  ])("context: %s", (_name, messages, used) => {
    expect(sessionUsage(undefined, messages, 128000).contextUsed).toBe(used)
  })

  it("caps the share at the whole window", () => {
    expect(sessionUsage(undefined, [reply("msg_1", tokens(900, 200))], 1000).contextShare).toBe(1)
  })
})

describe("formatShare and tokenTotal", () => {
  it.each([
    [0, "0%"],
    [0.004, "<1%"],
    [0.126, "13%"],
    [1, "100%"],
  ])("%d → %s", (share, text) => expect(formatShare(share)).toBe(text))

  it("adds every kind of token", () => expect(tokenTotal(tokens(1, 2, { reasoning: 3, cache: { read: 4, write: 5 } }))).toBe(15))
})
