// @vitest-environment node
import { describe, expect, it } from "vitest"
import { openEnvelope } from "./envelope"

const idle = { type: "session.idle", properties: { sessionID: "ses_1" } }

describe("openEnvelope", () => {
  it.each([
    ["a directory's event", { directory: "/srv/app", project: "abc", payload: idle }, { directory: "/srv/app", payload: idle }],
    ["the server's own event", { payload: { type: "server.connected", properties: {} } }, { directory: undefined, payload: { type: "server.connected", properties: {} } }],
    ["a global-scope event", { directory: "global", payload: { type: "global.disposed", properties: {} } }, { directory: undefined, payload: { type: "global.disposed", properties: {} } }],
    ["a non-string directory", { directory: 7, payload: idle }, { directory: undefined, payload: idle }],
    ["a bare /event payload", idle, undefined],
    ["a payload that is not an object", { directory: "/srv/app", payload: "x" }, undefined],
    ["junk", "data", undefined],
    ["null", null, undefined],
  ])("%s", (_name, raw, expected) => {
    expect(openEnvelope(raw)).toEqual(expected)
  })
})
