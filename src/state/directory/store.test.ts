import { createEffect, createRoot } from "solid-js"
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import type { Message, Part, Session } from "../../lib/model"
import { makeServer } from "../../../tests/builders/server"
import { createConnectionPool } from "../connection/pool"
import { createDirectoryStore, OLDER_PAGE_SIZE } from "./store"

const DIR = "/srv/app"
const session = (id: string, title = id, created = 1): Session => ({ id, directory: DIR, title, time: { created, updated: created } })
const message = (id: string, sessionID: string): Message => ({ id, sessionID, role: "user", time: { created: 1 } })
const part = (id: string, sessionID: string, messageID: string, text: string): Part => ({ id, sessionID, messageID, type: "text", text })

const json = (body: unknown, headers: Record<string, string> = {}, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

/** A stand-in OpenCode server for one directory: canned answers, a request log and a controllable event stream. */
function makeFakeServer() {
  const encoder = new TextEncoder()
  const streams: ReadableStreamDefaultController<Uint8Array>[] = []
  const log: string[] = []
  const state = { sessions: [session("ses_a", "alpha", 1)], messages: [] as { info: Message; parts: Part[] }[], hold: undefined as Promise<void> | undefined }
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const route = `${request.method} ${url.pathname}`
    log.push(`${route}${url.search}`)
    if (route === "GET /global/event") {
      const body = new ReadableStream<Uint8Array>({ start: (c) => void streams.push(c) })
      return new Response(body, { headers: { "content-type": "text/event-stream" } })
    }
    if (route === "GET /session") return json(state.sessions)
    if (route === "GET /session/status") return json({ ses_a: { type: "busy" } })
    if (route === "GET /permission" || route === "GET /question") return json([])
    if (route === "POST /session") return json(session("ses_new", "created", 9))
    if (route === "POST /instance/dispose") return json(true)
    const byId = /^\/session\/([^/]+)(\/[a-z]+)?$/.exec(url.pathname)
    if (byId?.[1] === "ses_missing") return json({ name: "NotFoundError", data: { message: "Session not found: ses_missing" } }, {}, 404)
    if (byId?.[2] === "/todo") return json([{ content: "write tests", status: "pending", priority: "high" }])
    if (byId?.[2] === "/message") {
      const before = url.searchParams.get("before")
      const limit = Number(url.searchParams.get("limit"))
      const older = state.messages.filter((m) => before === null || m.info.id < before)
      const page = older.slice(-limit)
      const first = page[0]
      const answer = json(page, older.length > page.length && first ? { "x-next-cursor": first.info.id } : {})
      // A held answer holds what the server had when asked.
      if (state.hold) await state.hold
      return answer
    }
    if (byId?.[2] === "/fork") return json(session("ses_fork", "alpha (fork #1)", 5))
    if (request.method === "PATCH" && byId) return json({ ...session(byId[1] ?? ""), ...(await request.json()) })
    if (request.method === "DELETE") return json(true)
    return new Response("<html></html>", { headers: { "content-type": "text/html" } })
  }
  return {
    fetch,
    log,
    state,
    /** Sends one event on the newest connection, in the global stream's envelope (server events carry no directory). */
    send(payload: { type: string; properties: unknown }) {
      const envelope = payload.type.startsWith("server.") ? { payload } : { directory: DIR, project: "p1", payload }
      streams.at(-1)?.enqueue(encoder.encode(`data: ${JSON.stringify(envelope)}\n\n`))
    },
    closeStream: () => streams.at(-1)?.close(),
    connections: () => streams.length,
  }
}

/** Moves the fake clock 5 ms at a time (at most 500 ms) until `check` holds. */
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 100 && !check(); i++) await vi.advanceTimersByTimeAsync(5)
  if (!check()) throw new Error(`timed out waiting for ${what}`)
}

let disposeRoot: (() => void) | undefined
// The SDK loads on the first API call (api/client.ts); loading it takes real time the fake clock
// cannot move, so it is loaded once before the clock is faked.
beforeAll(async () => void (await import("@opencode-ai/sdk/v2/client")))
beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  disposeRoot?.()
  vi.useRealTimers()
})

/** Animation frames played by hand: `frame()` runs the flush the store asked for. */
function manualFrames() {
  let due: (() => void) | undefined
  return {
    schedule: (flush: () => void) => {
      due = flush
      return () => void (due = undefined)
    },
    frame: () => due?.(),
  }
}

function setup(pageSize = 2, frames?: ReturnType<typeof manualFrames>, olderPageSize?: number) {
  const server = makeFakeServer()
  const entry = makeServer("alpha", { name: "Alpha", url: "http://opencode.test" })
  const store = createRoot((dispose) => {
    disposeRoot = dispose
    // Unpaced: the pacer's turns are real tasks, which the fake clock cannot order.
    const pool = createConnectionPool({ servers: () => [entry], credentialsFor: () => undefined, fetch: server.fetch, pace: () => Promise.resolve() })
    const live = pool.use("alpha")
    if (!live) throw new Error("the pool does not know alpha")
    return createDirectoryStore({ scope: live.connection.at(DIR), live, pageSize, ...(frames ? { schedule: frames.schedule } : {}), ...(olderPageSize ? { olderPageSize } : {}) })
  })
  return { server, data: store.data, close: store.close }
}

describe("createDirectoryStore", () => {
  it("lists sessions, goes live on the stream and applies its events", async () => {
    const { server, data } = setup()
    await until(() => data.sessionsLoad().state === "ready", "sessions")
    expect(data.sessions().map((s) => s.title)).toEqual(["alpha"])
    await until(() => server.connections() === 1, "the stream")
    server.send({ type: "server.connected", properties: {} })
    await until(() => data.streamState().kind === "live", "live")
    await until(() => data.status("ses_a").type === "busy", "refetched statuses")
    server.send({ type: "session.created", properties: { sessionID: "ses_b", info: session("ses_b", "bravo", 2) } })
    await until(() => data.sessions().length === 2, "the created session")
    expect(data.sessions().map((s) => s.title)).toEqual(["bravo", "alpha"])
  })

  it("pages messages newest first with the X-Next-Cursor cursor, and loads todos", async () => {
    const { server, data } = setup(2)
    server.state.messages = ["msg_1", "msg_2", "msg_3"].map((id) => ({ info: message(id, "ses_a"), parts: [part(`prt_${id}`, "ses_a", id, id)] }))
    await data.loadMessages("ses_a")
    expect(data.messages("ses_a").map((m) => m.id)).toEqual(["msg_2", "msg_3"])
    expect(data.parts("msg_3")).toEqual([part("prt_msg_3", "ses_a", "msg_3", "msg_3")])
    expect(data.history("ses_a")).toEqual({ state: "ready", cursor: "msg_2" })
    expect(data.todos("ses_a")).toEqual([{ content: "write tests", status: "pending", priority: "high" }])
    await data.loadOlder("ses_a")
    expect(data.messages("ses_a").map((m) => m.id)).toEqual(["msg_1", "msg_2", "msg_3"])
    expect(data.history("ses_a").cursor).toBeUndefined()
    // The newest page is small (a fast open); older ones are bigger (fetched ahead of the scroll).
    const limits = server.log.filter((line) => line.startsWith("GET /session/ses_a/message")).map((line) => new URLSearchParams(line.split("?")[1]).get("limit"))
    expect(limits).toEqual(["2", String(OLDER_PAGE_SIZE)])
  })

  it("pages back to the first message, one older page after another (Home in the log)", async () => {
    const { server, data } = setup(2, undefined, 3)
    const ids = Array.from({ length: 10 }, (_, i) => `msg_${String(i + 1).padStart(2, "0")}`)
    server.state.messages = ids.map((id) => ({ info: message(id, "ses_a"), parts: [part(`prt_${id}`, "ses_a", id, id)] }))
    await data.loadMessages("ses_a")
    await data.loadAllOlder("ses_a")
    expect(data.messages("ses_a").map((m) => m.id)).toEqual(ids)
    expect(data.history("ses_a").cursor).toBeUndefined()
    const befores = server.log.filter((line) => line.startsWith("GET /session/ses_a/message")).map((line) => new URLSearchParams(line.split("?")[1]).get("before"))
    expect(befores).toEqual([null, "msg_09", "msg_06", "msg_03"])
    // Nothing older: no further request.
    await data.loadAllOlder("ses_a")
    expect(server.log.filter((line) => line.startsWith("GET /session/ses_a/message"))).toHaveLength(4)
  })

  it("streams a reply into a loaded session and refetches it after a reconnect", async () => {
    const { server, data } = setup()
    server.state.messages = [{ info: message("msg_1", "ses_a"), parts: [part("prt_1", "ses_a", "msg_1", "")] }]
    await data.loadMessages("ses_a")
    await until(() => server.connections() === 1, "the stream")
    server.send({ type: "server.connected", properties: {} })
    for (const delta of ["MOCK ", "REPLY"]) server.send({ type: "message.part.delta", properties: { sessionID: "ses_a", messageID: "msg_1", partID: "prt_1", field: "text", delta } })
    await until(() => data.parts("msg_1")[0]?.type === "text" && JSON.stringify(data.parts("msg_1")).includes("MOCK REPLY"), "the streamed text")

    server.state.messages = [{ info: message("msg_1", "ses_a"), parts: [part("prt_1", "ses_a", "msg_1", "MOCK REPLY done")] }]
    server.closeStream()
    await until(() => server.connections() === 2, "the resubscription")
    server.send({ type: "server.connected", properties: {} })
    await until(() => JSON.stringify(data.parts("msg_1")).includes("MOCK REPLY done"), "the refetched message")
  })

  it("asks again for a newest page that was on its way before the stream was live", async () => {
    const { server, data } = setup()
    server.state.messages = [{ info: message("msg_1", "ses_a"), parts: [part("prt_1", "ses_a", "msg_1", "")] }]
    let release = () => undefined as void
    server.state.hold = new Promise<void>((resolve) => (release = resolve))
    const load = data.loadMessages("ses_a")
    await until(() => server.log.some((line) => line.startsWith("GET /session/ses_a/message")), "the first page asked for")
    await until(() => server.connections() === 1, "the stream")
    // The reply ended before the stream was live: no event tells this tab, only the server's store.
    server.state.messages = [{ info: message("msg_1", "ses_a"), parts: [part("prt_1", "ses_a", "msg_1", "MOCK REPLY done")] }]
    server.send({ type: "server.connected", properties: {} })
    await until(() => data.streamState().kind === "live", "live")
    server.state.hold = undefined
    release()
    await load
    await until(() => JSON.stringify(data.parts("msg_1")).includes("MOCK REPLY done"), "the page asked for again")
    expect(server.log.filter((line) => line.startsWith("GET /session/ses_a/message"))).toHaveLength(2)
  })

  it("applies a burst of deltas in one store write at the next frame, in order with other events", async () => {
    const frames = manualFrames()
    const { server, data } = setup(2, frames)
    server.state.messages = [{ info: message("msg_1", "ses_a"), parts: [part("prt_1", "ses_a", "msg_1", "")] }]
    await data.loadMessages("ses_a")
    await until(() => server.connections() === 1, "the stream")
    server.send({ type: "server.connected", properties: {} })
    await until(() => data.streamState().kind === "live", "live")
    const text = () => JSON.stringify(data.parts("msg_1").map((p) => (p.type === "text" ? p.text : "")))
    const seen: string[] = []
    createRoot(() => createEffect(() => seen.push(text())))
    const delta = (d: string) => server.send({ type: "message.part.delta", properties: { sessionID: "ses_a", messageID: "msg_1", partID: "prt_1", field: "text", delta: d } })
    for (let i = 0; i < 100; i++) delta(`w${i} `)
    // Long enough for the stream to deliver all of them (the fallback timer is not in play here).
    await vi.advanceTimersByTimeAsync(50)
    expect(seen).toEqual(['[""]'])
    frames.frame()
    expect(seen).toHaveLength(2)
    expect(seen[1]).toContain("w0 w1 ")
    expect(seen[1]).toContain("w99 ")
    // An event that cannot wait takes the waiting deltas with it, in order.
    delta("late")
    server.send({ type: "message.part.updated", properties: { part: part("prt_1", "ses_a", "msg_1", "replaced") } })
    await until(() => seen.length === 3, "the part update")
    expect(seen[2]).toBe('["replaced"]')
  })

  it("runs the session actions against the directory and reflects them at once", async () => {
    const { server, data } = setup()
    await until(() => data.sessionsLoad().state === "ready", "sessions")
    expect((await data.createSession()).id).toBe("ses_new")
    expect((await data.renameSession("ses_a", "renamed")).title).toBe("renamed")
    expect(data.session("ses_a")?.title).toBe("renamed")
    await data.forkSession("ses_a")
    await data.archiveSession("ses_a")
    expect(data.session("ses_a")?.time.archived).toBeGreaterThan(0)
    await data.deleteSession("ses_a")
    expect(data.session("ses_a")).toBeUndefined()
    expect(data.sessions().map((s) => s.id)).toEqual(["ses_new", "ses_fork"])
    await data.dispose()
    const writes = server.log.filter((line) => !line.startsWith("GET"))
    expect(writes.map((line) => line.split("?")[0])).toEqual(["POST /session", "PATCH /session/ses_a", "POST /session/ses_a/fork", "PATCH /session/ses_a", "DELETE /session/ses_a", "POST /instance/dispose"])
  })

  it("names the server and the action when a request fails", async () => {
    const { data } = setup()
    await expect(data.loadMessages("ses_missing")).rejects.toThrow("Could not load messages on Alpha: Session not found: ses_missing.")
    expect(data.history("ses_missing")).toMatchObject({ state: "error", error: "Could not load messages on Alpha: Session not found: ses_missing." })
  })
})
