import { describe, expect, it } from "vitest"
import { endState, isFinal, MAX_RETRY_DELAY_MS, replayPlan, retryDelayMs, type LinkState } from "./pty-link"

describe("retryDelayMs", () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 500],
    [3, 1000],
    [5, 3000],
    [6, MAX_RETRY_DELAY_MS],
    [50, MAX_RETRY_DELAY_MS],
  ])("attempt %i waits %i ms", (attempt, expected) => {
    expect(retryDelayMs(attempt)).toBe(expected)
  })
})

describe("replayPlan", () => {
  it.each<[string, number | undefined, boolean, ReturnType<typeof replayPlan>]>([
    ["first connect: full replay, nothing to clear", undefined, false, { reset: false }],
    ["known cursor: only what was missed", 120, true, { cursor: 120, reset: false }],
    ["cursor 0 is a real cursor", 0, false, { cursor: 0, reset: false }],
    ["dropped during the replay: clear and replay all", undefined, true, { reset: true }],
  ])("%s", (_label, cursor, wrote, expected) => {
    expect(replayPlan(cursor, wrote)).toEqual(expected)
  })
})

describe("endState", () => {
  it.each<[string, number | undefined, LinkState]>([
    ["normal close then 404: the shell exited", 1000, { kind: "exited" }],
    ["abnormal close then 404: gone (server restarted)", 1006, { kind: "gone" }],
    ["never connected then 404: gone", undefined, { kind: "gone" }],
  ])("%s", (_label, code, expected) => {
    expect(endState(code)).toEqual(expected)
  })
})

describe("isFinal", () => {
  it.each<[LinkState, boolean]>([
    [{ kind: "connecting" }, false],
    [{ kind: "open" }, false],
    [{ kind: "reconnecting", attempt: 1 }, false],
    [{ kind: "waiting", reason: "x", retryInMs: 500 }, false],
    [{ kind: "exited" }, true],
    [{ kind: "gone" }, true],
    [{ kind: "failed", reason: "x" }, true],
  ])("%j → %s", (state, expected) => {
    expect(isFinal(state)).toBe(expected)
  })
})
