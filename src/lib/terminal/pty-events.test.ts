import { describe, expect, it } from "vitest"
import { parsePtyEvent, type PtyEvent } from "./pty-events"

describe("parsePtyEvent", () => {
  it.each<[string, unknown, PtyEvent | undefined]>([
    ["exited (as measured)", { id: "evt_1", type: "pty.exited", properties: { id: "pty_1", exitCode: 3 } }, { type: "exited", id: "pty_1", exitCode: 3 }],
    ["exit code 0", { type: "pty.exited", properties: { id: "pty_1", exitCode: 0 } }, { type: "exited", id: "pty_1", exitCode: 0 }],
    ["deleted", { type: "pty.deleted", properties: { id: "pty_2" } }, { type: "deleted", id: "pty_2" }],
    ["updated carries the title", { type: "pty.updated", properties: { info: { id: "pty_3", title: "logs", status: "running" } } }, { type: "updated", id: "pty_3", title: "logs" }],
    ["exited without a code", { type: "pty.exited", properties: { id: "pty_1" } }, undefined],
    ["exited with a string code", { type: "pty.exited", properties: { id: "pty_1", exitCode: "3" } }, undefined],
    ["updated without info", { type: "pty.updated", properties: {} }, undefined],
    ["another event", { type: "session.idle", properties: { sessionID: "s" } }, undefined],
    ["no properties", { type: "pty.deleted" }, undefined],
    ["not an object", "pty.exited", undefined],
    ["null", null, undefined],
  ])("%s", (_label, event, expected) => {
    expect(parsePtyEvent(event)).toEqual(expected)
  })
})
