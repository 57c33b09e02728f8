// @vitest-environment node
import { describe, expect, it } from "vitest"
import { sessionUrl } from "./opencode-app"

describe("sessionUrl", () => {
  it.each([
    { app: "http://127.0.0.1:4100", id: "ses_1", url: "http://127.0.0.1:4100/server/aHR0cDovLzEyNy4wLjAuMTo0MTAw/session/ses_1" },
    { app: "http://localhost:8080", id: "ses_a b", url: "http://localhost:8080/server/aHR0cDovL2xvY2FsaG9zdDo4MDgw/session/ses_a%20b" },
  ])("$app, $id → the address OpenCode's app gives the session's tab", ({ app, id, url }) => {
    expect(sessionUrl(app, id)).toBe(url)
  })
})
