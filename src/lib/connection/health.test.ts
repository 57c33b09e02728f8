// @vitest-environment node
import { describe, expect, it } from "vitest"
import { corsFix, mayAnswer, parseHealth, HEALTH_LABEL, healthText, refusesConnections, type ServerHealth } from "./health"

describe("healthText starts with the label tests and screen readers rely on", () => {
  it.each<[ServerHealth, string]>([
    [{ kind: "checking" }, "Checking…"],
    [{ kind: "online", version: "1.18.33", rttMs: 12 }, "Online · v1.18.33 · 12 ms"],
    [{ kind: "offline", detail: "nothing answers at this address" }, "Offline: nothing answers at this address"],
    [{ kind: "unauthorized" }, "Unauthorized: a password is needed (or the one given is wrong)"],
    [{ kind: "cors", origin: "https://portal.example.com" }, "CORS blocked: the server does not allow https://portal.example.com"],
    [{ kind: "mixed" }, "Mixed content: this https page cannot call a plain-http server"],
    [{ kind: "not-opencode", detail: "answered with text/html instead of the health JSON" }, "Not an OpenCode server: answered with text/html instead of the health JSON"],
  ])("%j", (status, text) => {
    expect(healthText(status)).toBe(text)
  })

  it.each<[ServerHealth["kind"], string]>([
    ["checking", "Checking"],
    ["online", "Online"],
    ["offline", "Offline"],
    ["unauthorized", "Unauthorized"],
    ["cors", "CORS blocked"],
    ["mixed", "Mixed content"],
    ["not-opencode", "Not an OpenCode server"],
  ])("label of %s is %j", (kind, label) => {
    expect(HEALTH_LABEL[kind]).toBe(label)
  })
})

describe("refusesConnections holds a stream back only where it could not connect", () => {
  it.each<[ServerHealth, boolean]>([
    [{ kind: "offline", detail: "nothing answers at this address" }, true],
    [{ kind: "offline", detail: "the proxy answered HTTP 502; the server behind it is not running" }, true],
    [{ kind: "offline", detail: "no answer within 5 s", timedOut: true }, false],
    [{ kind: "checking" }, false],
    [{ kind: "online", version: "1.18.33", rttMs: 12 }, false],
    [{ kind: "unauthorized" }, false],
    [{ kind: "cors", origin: "https://portal.example.com" }, false],
  ])("%j → %s", (status, refused) => {
    expect(refusesConnections(status)).toBe(refused)
  })
})

describe("mayAnswer: a read is worth sending only while the server may answer it", () => {
  it.each<[ServerHealth, boolean]>([
    [{ kind: "checking" }, true],
    [{ kind: "online", version: "1.18.33", rttMs: 12 }, true],
    [{ kind: "offline", detail: "nothing answers at this address" }, false],
    [{ kind: "offline", detail: "no answer within 5 s", timedOut: true }, false],
    [{ kind: "unauthorized" }, false],
    [{ kind: "cors", origin: "https://portal.example.com" }, false],
    [{ kind: "mixed" }, false],
    [{ kind: "not-opencode", detail: "it answered with a web page" }, false],
  ])("%j → %s", (status, may) => {
    expect(mayAnswer(status)).toBe(may)
  })
})

describe("corsFix", () => {
  it.each([
    ["https://portal.example.com", "opencode serve --cors https://portal.example.com"],
    ["http://localhost:5173", "opencode serve --cors http://localhost:5173"],
  ])("%s", (origin, command) => {
    expect(corsFix(origin)).toBe(command)
  })
})

describe("parseHealth", () => {
  it.each<[string, unknown, { version: string } | undefined]>([
    ["the real answer", { healthy: true, version: "1.18.33" }, { version: "1.18.33" }],
    ["healthy without version", { healthy: true }, { version: "unknown" }],
    ["version not a string", { healthy: true, version: 2 }, { version: "unknown" }],
    ["unhealthy", { healthy: false, version: "1" }, undefined],
    ["healthy as a string", { healthy: "true" }, undefined],
    ["another JSON API", { status: "ok" }, undefined],
    ["an array", [{ healthy: true }], undefined],
    ["null", null, undefined],
    ["text", "<html>", undefined],
  ])("%s", (_label, body, expected) => {
    expect(parseHealth(body)).toEqual(expected)
  })
})
