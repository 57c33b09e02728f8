// @vitest-environment node
import { describe, expect, it, vi } from "vitest"
import { makeClient } from "./client"
import { PortalError, serverMessage, toPortalError, unwrap, type PortalErrorKind } from "./errors"

const ACTION = "list sessions on Alpha"

describe("serverMessage reads both server error families", () => {
  it.each<[string, unknown, string | undefined]>([
    ["{name, data:{message}}", { name: "NotFoundError", data: { message: "Session not found: ses_nope" } }, "Session not found: ses_nope"],
    ["{_tag, message}", { _tag: "PtyNotFoundError", ptyID: "pty_1", message: "PTY session not found: pty_1" }, "PTY session not found: pty_1"],
    ["{_tag} alone", { _tag: "BadRequest" }, "BadRequest"],
    ["{name} alone", { name: "UnknownError" }, "UnknownError"],
    ["data without message falls back to name", { name: "BadRequest", data: { kind: "Query" } }, "BadRequest"],
    ["empty object", {}, undefined],
    ["a string", "plain text", undefined],
    ["null", null, undefined],
  ])("%s", (_label, body, expected) => {
    expect(serverMessage(body)).toBe(expected)
  })
})

describe("toPortalError", () => {
  it.each<[string, unknown, number | undefined, PortalErrorKind, string]>([
    ["401 with the empty body", {}, 401, "unauthorized", `Could not ${ACTION}: unauthorized (wrong or missing password).`],
    ["404 {name, data:{message}}", { name: "NotFoundError", data: { message: "Session not found: ses_nope" } }, 404, "not-found", `Could not ${ACTION}: Session not found: ses_nope.`],
    ["404 without a message", {}, 404, "not-found", `Could not ${ACTION}: not found.`],
    ["403 {_tag, message}", { _tag: "PtyForbiddenError", message: "Invalid PTY connect token request" }, 403, "http", `Could not ${ACTION}: Invalid PTY connect token request.`],
    ["500 {name, data:{message}}", { name: "UnknownError", data: { message: "Unexpected server error. Check server logs for details." } }, 500, "http", `Could not ${ACTION}: Unexpected server error. Check server logs for details.`],
    ["415 plain text", "Unsupported content-type: text/plain", 415, "http", `Could not ${ACTION}: HTTP 415.`],
    ["network TypeError", new TypeError("Failed to fetch"), undefined, "unreachable", `Could not ${ACTION}: the server is unreachable (offline, or blocked by CORS).`],
    ["TimeoutError", new DOMException("signal timed out", "TimeoutError"), undefined, "timeout", `Could not ${ACTION}: the server did not answer in time.`],
    ["AbortError", new DOMException("aborted", "AbortError"), undefined, "aborted", `Stopped: ${ACTION}.`],
    [
      "the v2 SDK's text/html error",
      new Error("Request is not supported by this version of OpenCode Server (Server responded with text/html)"),
      undefined,
      "not-opencode",
      `Could not ${ACTION}: the server answered with a web page, not the OpenCode API.`,
    ],
    ["another Error", new Error("boom"), undefined, "unknown", `Could not ${ACTION}: boom.`],
    ["an Error whose message ends in a period", new Error("It broke. "), undefined, "unknown", `Could not ${ACTION}: It broke.`],
    ["an Error with an empty message", new Error(""), undefined, "unknown", `Could not ${ACTION}: unexpected error.`],
    ["an error body without status", { _tag: "Weird", message: "odd" }, undefined, "unknown", `Could not ${ACTION}: odd.`],
    ["nothing useful", 42, undefined, "unknown", `Could not ${ACTION}: unexpected error.`],
  ])("%s", (_label, err, status, kind, message) => {
    const error = toPortalError(err, ACTION, status)
    expect(error).toBeInstanceOf(PortalError)
    expect(error).toBeInstanceOf(Error)
    expect({ kind: error.kind, message: error.message, status: error.status }).toEqual({ kind, message, status })
    expect(error.name).toBe("PortalError")
  })

  it("returns a PortalError unchanged", () => {
    const original = new PortalError("timeout", "already typed")
    expect(toPortalError(original, ACTION, 500)).toBe(original)
  })
})

/** A real SDK client whose fetch answers with `respond`. */
function clientAnswering(respond: (request: Request) => Response | Promise<Response>) {
  const fetchImpl = vi.fn<typeof fetch>(async (input) => respond(input instanceof Request ? input : new Request(input)))
  return { client: makeClient({ url: "http://a.example.com:4000", fetch: fetchImpl }), fetchImpl }
}
const jsonResponse = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

describe("unwrap over the real SDK client", () => {
  it("returns the data on success", async () => {
    const { client, fetchImpl } = clientAnswering(() => jsonResponse({ healthy: true, version: "1.18.33" }))
    expect(await unwrap((await client).global.health(), ACTION)).toEqual({ healthy: true, version: "1.18.33" })
    expect(fetchImpl.mock.calls[0]?.[0]).toBeInstanceOf(Request)
  })

  it.each<[string, () => Response | Promise<Response>, PortalErrorKind, string, number | undefined]>([
    ["401 with an empty body", () => new Response(null, { status: 401 }), "unauthorized", `Could not ${ACTION}: unauthorized (wrong or missing password).`, 401],
    [
      "404 {name, data:{message}}",
      () => jsonResponse({ name: "NotFoundError", data: { message: "Session not found: ses_nope" } }, 404),
      "not-found",
      `Could not ${ACTION}: Session not found: ses_nope.`,
      404,
    ],
    [
      "404 {_tag, message}",
      () => jsonResponse({ _tag: "PtyNotFoundError", ptyID: "pty_1", message: "PTY session not found: pty_1" }, 404),
      "not-found",
      `Could not ${ACTION}: PTY session not found: pty_1.`,
      404,
    ],
    ["500 plain text", () => new Response("boom", { status: 500 }), "http", `Could not ${ACTION}: HTTP 500.`, 500],
    ["text/html (an unknown route)", () => new Response("<!doctype html>", { headers: { "content-type": "text/html" } }), "not-opencode", `Could not ${ACTION}: the server answered with a web page, not the OpenCode API.`, undefined],
    ["network failure", () => Promise.reject(new TypeError("Failed to fetch")), "unreachable", `Could not ${ACTION}: the server is unreachable (offline, or blocked by CORS).`, undefined],
    ["timeout", () => Promise.reject(new DOMException("signal timed out", "TimeoutError")), "timeout", `Could not ${ACTION}: the server did not answer in time.`, undefined],
    ["abort", () => Promise.reject(new DOMException("aborted", "AbortError")), "aborted", `Stopped: ${ACTION}.`, undefined],
  ])("%s", async (_label, respond, kind, message, status) => {
    const { client } = clientAnswering(respond)
    const error = await unwrap((await client).global.health(), ACTION).then(
      () => undefined,
      (err: unknown) => err,
    )
    expect(error).toBeInstanceOf(PortalError)
    expect(error).toMatchObject({ kind, message, status })
  })
})

describe("unwrap over hand-made results", () => {
  it("refuses a success without data", async () => {
    await expect(unwrap(Promise.resolve({ response: new Response(null, { status: 200 }) }), ACTION)).rejects.toMatchObject({
      kind: "unknown",
      message: `Could not ${ACTION}: the server sent no data.`,
    })
  })

  it("treats a 4xx response as an error even when the SDK gave no error object", async () => {
    await expect(unwrap(Promise.resolve({ data: { x: 1 }, response: new Response(null, { status: 409 }) }), ACTION)).rejects.toMatchObject({
      kind: "http",
      status: 409,
      message: `Could not ${ACTION}: HTTP 409.`,
    })
  })

  it("keeps falsy data that is real", async () => {
    expect(await unwrap(Promise.resolve({ data: false, response: new Response(null, { status: 200 }) }), ACTION)).toBe(false)
    expect(await unwrap(Promise.resolve({ data: [] }), ACTION)).toEqual([])
  })
})
