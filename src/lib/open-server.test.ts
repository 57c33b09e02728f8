import { describe, expect, it } from "vitest"
import type { ServerStatus } from "./health"
import { isOpenServer } from "./open-server"

const online: ServerStatus = { kind: "online", version: "1.18.33", rttMs: 2 }
const creds = { username: "opencode", password: "pw" }

describe("isOpenServer", () => {
  it.each<[string, object | undefined, ServerStatus, boolean]>([
    ["no password held and the server answered: open", undefined, online, true],
    ["a password held: protected (the server asked or may ask for it)", creds, online, false],
    ["no password and 401: protected", undefined, { kind: "unauthorized" }, false],
    ["still checking: not known yet, no warning", undefined, { kind: "checking" }, false],
    ["offline: not known", undefined, { kind: "offline", detail: "down" }, false],
    ["CORS-blocked: not known", undefined, { kind: "cors", origin: "http://x" }, false],
    ["mixed content: not known", undefined, { kind: "mixed" }, false],
    ["not an OpenCode server: no terminal anyway", undefined, { kind: "not-opencode", detail: "html" }, false],
  ])("%s", (_label, credentials, status, expected) => {
    expect(isOpenServer(credentials, status)).toBe(expected)
  })
})
