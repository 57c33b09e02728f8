// @vitest-environment node
import { describe, expect, it, vi } from "vitest"
import { probeServer, type ProbeOptions } from "./health"

const URL_A = "http://a.example.com:4000"
const PAGE = "http://portal.example.com"

const json = (body: unknown, status = 200, type = "application/json") => new Response(JSON.stringify(body), { status, headers: { "content-type": type } })

/** A fetch stub that answers each call with the next responder. */
function stubFetch(...responders: ((input: RequestInfo | URL, init?: RequestInit) => Promise<Response>)[]) {
  let call = 0
  return vi.fn<typeof fetch>((input, init) => {
    const responder = responders[call++]
    if (!responder) throw new Error(`unexpected fetch #${call} to ${String(input)}`)
    return responder(input, init)
  })
}
const answer = (response: Response) => () => Promise.resolve(response)
const failWith = (error: unknown) => () => Promise.reject(error)
/** Never answers; rejects only when the request's signal aborts, like a real fetch. */
const hang = (_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init?.signal
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true })
  })

const clock = (...times: number[]) => {
  let i = 0
  return () => times[Math.min(i++, times.length - 1)] ?? 0
}

const probe = (fetchImpl: typeof fetch, extra: Partial<ProbeOptions> = {}) => probeServer({ url: URL_A, pageOrigin: PAGE, fetch: fetchImpl, now: clock(1000, 1042.4), ...extra })

const headerOf = (init: RequestInit | undefined, name: string) => new Headers(init?.headers).get(name)

describe("probeServer classifies answers", () => {
  it("online, with the version and the round-trip time", async () => {
    const fetchImpl = stubFetch(answer(json({ healthy: true, version: "1.18.33" })))
    expect(await probe(fetchImpl)).toEqual({ kind: "online", version: "1.18.33", rttMs: 42 })
    expect(fetchImpl).toHaveBeenCalledTimes(1)
    const [input, init] = fetchImpl.mock.calls[0] ?? []
    expect(input).toBe("http://a.example.com:4000/global/health")
    expect(init?.cache).toBe("no-store")
    expect(init?.signal).toBeInstanceOf(AbortSignal)
    expect(headerOf(init, "authorization")).toBeNull()
  })

  it("reads a JSON content type with parameters", async () => {
    const fetchImpl = stubFetch(answer(json({ healthy: true, version: "2" }, 200, "application/json; charset=utf-8")))
    expect(await probe(fetchImpl)).toEqual({ kind: "online", version: "2", rttMs: 42 })
  })

  it("keeps the round-trip time at zero or more when the clock goes backwards", async () => {
    const fetchImpl = stubFetch(answer(json({ healthy: true, version: "1" })))
    expect(await probe(fetchImpl, { now: clock(50, 10) })).toEqual({ kind: "online", version: "1", rttMs: 0 })
  })

  it.each<[string, () => Response, unknown]>([
    ["401 → unauthorized", () => new Response(null, { status: 401, headers: { "www-authenticate": "Basic" } }), { kind: "unauthorized" }],
    ["text/html → not an OpenCode server", () => new Response("<!doctype html>", { headers: { "content-type": "text/html; charset=utf-8" } }), { kind: "not-opencode", detail: "answered with text/html instead of the health JSON" }],
    ["no content type", () => new Response(null, { status: 200 }), { kind: "not-opencode", detail: "answered with no content type instead of the health JSON" }],
    ["JSON that is not the health answer", () => json({ status: "ok" }), { kind: "not-opencode", detail: "the health answer is not OpenCode's" }],
    ["unhealthy JSON", () => json({ healthy: false }), { kind: "not-opencode", detail: "the health answer is not OpenCode's" }],
    ["broken JSON", () => new Response("{nope", { headers: { "content-type": "application/json" } }), { kind: "not-opencode", detail: "the health answer is not valid JSON" }],
    ["HTTP 500", () => json({ error: "boom" }, 500), { kind: "not-opencode", detail: "HTTP 500 from http://a.example.com:4000/global/health" }],
    ["HTTP 404", () => new Response("not found", { status: 404 }), { kind: "not-opencode", detail: "HTTP 404 from http://a.example.com:4000/global/health" }],
  ])("%s", async (_label, response, expected) => {
    const fetchImpl = stubFetch(answer(response()))
    expect(await probe(fetchImpl)).toEqual(expected)
    expect(fetchImpl).toHaveBeenCalledTimes(1)
  })
})

describe("probeServer tells network failures apart", () => {
  it("CORS blocked: fails in cors mode, answers in no-cors mode", async () => {
    const fetchImpl = stubFetch(failWith(new TypeError("Failed to fetch")), answer(new Response(null, { status: 200 })))
    expect(await probe(fetchImpl)).toEqual({ kind: "cors", origin: PAGE })
    expect(fetchImpl).toHaveBeenCalledTimes(2)
    const [input, init] = fetchImpl.mock.calls[1] ?? []
    expect(input).toBe("http://a.example.com:4000/global/health")
    expect(init?.mode).toBe("no-cors")
    expect(headerOf(init, "authorization")).toBeNull()
  })

  it("offline: both modes fail", async () => {
    const fetchImpl = stubFetch(failWith(new TypeError("Failed to fetch")), failWith(new TypeError("Failed to fetch")))
    expect(await probe(fetchImpl)).toEqual({ kind: "offline", detail: "nothing answers at this address" })
    expect(fetchImpl).toHaveBeenCalledTimes(2)
  })

  it("offline after the timeout, without a second request", async () => {
    const fetchImpl = stubFetch(hang)
    expect(await probe(fetchImpl, { timeoutMs: 500 })).toEqual({ kind: "offline", detail: "no answer within 1 s", timedOut: true })
    expect(fetchImpl).toHaveBeenCalledTimes(1)
  })

  it("rethrows when the caller aborts (the check is no longer wanted)", async () => {
    const controller = new AbortController()
    const fetchImpl = stubFetch(hang)
    const pending = probe(fetchImpl, { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: "AbortError" })
    expect(fetchImpl).toHaveBeenCalledTimes(1)
  })

  it("passes the caller's abort through to the request", async () => {
    const controller = new AbortController()
    const fetchImpl = stubFetch(hang)
    const pending = probe(fetchImpl, { signal: controller.signal })
    const signal = fetchImpl.mock.calls[0]?.[1]?.signal
    expect(signal?.aborted).toBe(false)
    controller.abort()
    await pending.catch(() => undefined)
    expect(signal?.aborted).toBe(true)
  })
})

describe("probeServer and mixed content", () => {
  it("reports mixed content without fetching: https page, plain-http remote server", async () => {
    const fetchImpl = stubFetch()
    expect(await probe(fetchImpl, { pageOrigin: "https://portal.example.com" })).toEqual({ kind: "mixed" })
    expect(fetchImpl).not.toHaveBeenCalled()
  })

  it("still checks a plain-http loopback server from an https page", async () => {
    const fetchImpl = stubFetch(answer(json({ healthy: true, version: "1" })))
    const status = await probe(fetchImpl, { url: "http://127.0.0.1:4001", pageOrigin: "https://portal.example.com" })
    expect(status.kind).toBe("online")
    expect(fetchImpl.mock.calls[0]?.[0]).toBe("http://127.0.0.1:4001/global/health")
  })
})

describe("probeServer authentication", () => {
  it("sends Basic user:pass in UTF-8 base64, including a non-ASCII password", async () => {
    const fetchImpl = stubFetch(answer(json({ healthy: true, version: "1" })))
    await probe(fetchImpl, { credentials: { username: "opencode", password: "pässwörd ✓ 日本" } })
    const header = headerOf(fetchImpl.mock.calls[0]?.[1], "authorization")
    expect(header).toBe(`Basic ${Buffer.from("opencode:pässwörd ✓ 日本", "utf8").toString("base64")}`)
    expect(header).toBe("Basic b3BlbmNvZGU6cMOkc3N3w7ZyZCDinJMg5pel5pys")
  })

  it("reports a refused password as unauthorized", async () => {
    const fetchImpl = stubFetch(answer(new Response(null, { status: 401 })))
    expect(await probe(fetchImpl, { credentials: { username: "opencode", password: "wrong" } })).toEqual({ kind: "unauthorized" })
  })

  it("never puts the password in the URL", async () => {
    const fetchImpl = stubFetch(answer(json({ healthy: true, version: "1" })))
    await probe(fetchImpl, { credentials: { username: "opencode", password: "hunter2" } })
    expect(String(fetchImpl.mock.calls[0]?.[0])).not.toContain("hunter2")
  })
})
