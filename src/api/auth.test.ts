// @vitest-environment node
import { describe, expect, it } from "vitest"
import { authHeaders, basicToken } from "./auth"

describe("basicToken", () => {
  it.each([
    ["ASCII", "opencode", "secret", "b3BlbmNvZGU6c2VjcmV0"],
    ["empty password", "opencode", "", "b3BlbmNvZGU6"],
    ["colon inside the password", "opencode", "a:b", "b3BlbmNvZGU6YTpi"],
    ["non-ASCII password (UTF-8, not Latin-1)", "opencode", "pässwörd", "b3BlbmNvZGU6cMOkc3N3w7ZyZA=="],
    ["emoji", "me", "🔑", "bWU68J+UkQ=="],
  ])("%s", (_label, username, password, token) => {
    expect(basicToken({ username, password })).toBe(token)
    expect(Buffer.from(token, "base64").toString("utf8")).toBe(`${username}:${password}`)
  })
})

describe("authHeaders", () => {
  it("is empty without credentials", () => {
    expect(authHeaders(undefined)).toEqual({})
  })

  it("is a Basic Authorization header with credentials", () => {
    expect(authHeaders({ username: "opencode", password: "secret" })).toEqual({ Authorization: "Basic b3BlbmNvZGU6c2VjcmV0" })
  })
})
