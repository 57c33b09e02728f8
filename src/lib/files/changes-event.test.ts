// @vitest-environment node
import { describe, expect, it } from "vitest"
import { sessionWithNewChanges } from "./changes-event"

describe("sessionWithNewChanges", () => {
  it.each<[string, unknown, string | undefined]>([
    ["session.diff", { type: "session.diff", properties: { sessionID: "s1", diff: [] } }, "s1"],
    ["a user message (its summary)", { type: "message.updated", properties: { info: { role: "user", sessionID: "s1" } } }, "s1"],
    ["an assistant message", { type: "message.updated", properties: { info: { role: "assistant", sessionID: "s1" } } }, undefined],
    ["a patch part", { type: "message.part.updated", properties: { part: { type: "patch", sessionID: "s2" } } }, "s2"],
    ["a text part", { type: "message.part.updated", properties: { part: { type: "text", sessionID: "s2" } } }, undefined],
    ["the global envelope", { directory: "/srv", payload: { type: "session.diff", properties: { sessionID: "s3" } } }, "s3"],
    ["another event", { type: "session.idle", properties: { sessionID: "s1" } }, undefined],
    ["no session id", { type: "session.diff", properties: {} }, undefined],
    ["garbage", "nope", undefined],
  ])("%s", (_label, payload, expected) => {
    expect(sessionWithNewChanges(payload)).toBe(expected)
  })
})
