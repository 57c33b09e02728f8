import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import { makeConnection } from "../../api/connection"
import type { Part, Session } from "../../lib/model"
import { createSessionActions, type SessionActionDeps } from "./session-actions"

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
const SESSION: Session = { id: "ses_1", directory: "/w", title: "Lab", time: { created: 1, updated: 1 } }
const UNKNOWN = { name: "UnknownError", data: { message: "Unexpected server error. Check server logs for details." } }

type Route = (method: string, path: string, body: unknown) => Response | undefined

/** A server that answers the routes given (as 1.18.33 does) and records what it was asked. */
function setup(route: Route, over: Partial<SessionActionDeps> = {}) {
  const calls: string[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init)
    const url = new URL(request.url)
    const text = await request.text()
    const body: unknown = text ? JSON.parse(text) : undefined
    calls.push(`${request.method} ${url.pathname}${text ? ` ${text}` : ""}`)
    return route(request.method, url.pathname, body) ?? json(404, { name: "NotFoundError", data: { message: "nope" } })
  }
  const scope = makeConnection({ server: () => ({ id: "alpha", name: "Alpha", url: "http://alpha.test" }), credentials: () => undefined, fetch }).at("/w")
  const sessions: Session[] = []
  const drafts: string[] = []
  const reports: string[] = []
  const opened: string[] = []
  const parts: Part[] = [{ id: "prt_1", sessionID: "ses_1", messageID: "msg_1", type: "text", text: "fix the bug" }]
  const actions = createRoot(() =>
    createSessionActions({
      scope,
      sessionId: "ses_1",
      data: {
        session: () => sessions.at(-1) ?? SESSION,
        parts: () => parts,
        putSession: (s) => void sessions.push(s),
        forkSession: async () => ({ ...SESSION, id: "ses_2", title: "Lab (fork #1)" }),
        renameSession: async () => SESSION,
        deleteSession: async () => undefined,
      },
      model: () => ({ providerID: "mock", modelID: "mock-model" }),
      setDraft: (text) => void drafts.push(text),
      openSession: (id) => void opened.push(id),
      openDirectory: () => void opened.push("directory"),
      report: (message) => void reports.push(message),
      notify: () => undefined,
      ...over,
    }),
  )
  return { actions, calls, sessions, drafts, reports, opened }
}

describe("createSessionActions", () => {
  it("reverts to a prompt, takes the server's session and refills the composer; restore unreverts", async () => {
    const reverted = { ...SESSION, revert: { messageID: "msg_1" } }
    const t = setup((method, path) => (path === "/session/ses_1/revert" ? json(200, reverted) : path === "/session/ses_1/unrevert" ? json(200, SESSION) : undefined))
    await t.actions.revert("msg_1")
    expect(t.calls).toEqual(['POST /session/ses_1/revert {"messageID":"msg_1"}'])
    expect(t.sessions.at(-1)?.revert).toEqual({ messageID: "msg_1" })
    expect(t.drafts).toEqual(["fix the bug"])
    await t.actions.restore()
    expect(t.sessions.at(-1)?.revert).toBeUndefined()
  })

  it("a refused revert becomes a message naming the server and leaves the composer alone", async () => {
    const t = setup(() => json(400, { name: "BadRequest", data: { message: "Session is busy: ses_1" } }))
    await t.actions.revert("msg_1")
    expect(t.reports).toEqual(["Could not revert the session on Alpha: Session is busy: ses_1."])
    expect(t.drafts).toEqual([])
  })

  it("compacts with the model given", async () => {
    const t = setup((_m, path) => (path === "/session/ses_1/summarize" ? json(200, true) : undefined))
    await t.actions.compact()
    expect(t.calls).toEqual(['POST /session/ses_1/summarize {"providerID":"mock","modelID":"mock-model"}'])
  })

  it("without a model, compact says to pick one", async () => {
    const t = setup(() => undefined, { model: () => undefined })
    await t.actions.compact()
    expect(t.reports).toEqual(["Could not compact the session on Alpha: pick a model first."])
    expect(t.calls).toEqual([])
  })

  it("a share the server refuses says when its config disables sharing", async () => {
    const t = setup((method, path) => (path === "/session/ses_1/share" ? json(500, UNKNOWN) : path === "/config" ? json(200, { share: "disabled" }) : undefined))
    await t.actions.share()
    expect(t.reports).toEqual(['Could not share the session on Alpha: sharing is disabled on this server (its config sets share to "disabled").'])
  })

  it("a share refused for another reason keeps the server's message", async () => {
    const t = setup((method, path) => (path === "/session/ses_1/share" ? json(500, UNKNOWN) : path === "/config" ? json(200, { share: "manual" }) : undefined))
    await t.actions.share()
    expect(t.reports).toEqual(["Could not share the session on Alpha: Unexpected server error. Check server logs for details."])
  })

  it("auto-accept appends an allow rule, and turning it off an ask rule", async () => {
    const t = setup((method, path, body) => (method === "PATCH" ? json(200, { ...SESSION, permission: [body] }) : undefined))
    await t.actions.setAutoAccept(true)
    await t.actions.setAutoAccept(false)
    expect(t.calls).toEqual(['PATCH /session/ses_1 {"permission":[{"permission":"edit","pattern":"*","action":"allow"}]}', 'PATCH /session/ses_1 {"permission":[{"permission":"edit","pattern":"*","action":"ask"}]}'])
  })

  it("fork opens the new session", async () => {
    const t = setup(() => undefined)
    await t.actions.fork("msg_2")
    expect(t.opened).toEqual(["ses_2"])
  })

  it("exports the server's JSON as is, and Markdown from it", async () => {
    const messages = [{ info: { id: "msg_1", sessionID: "ses_1", role: "user", time: { created: 1 } }, parts: [{ id: "prt_1", sessionID: "ses_1", messageID: "msg_1", type: "text", text: "hello" }], extra: "kept" }]
    const t = setup((_m, path) => (path === "/session/ses_1" ? json(200, SESSION) : path === "/session/ses_1/message" ? json(200, messages) : undefined))
    const exported = await t.actions.exportJson()
    expect(JSON.parse(exported ?? "")).toEqual({ info: SESSION, messages })
    expect(await t.actions.exportMarkdown()).toContain("## You\n\nhello")
  })
})
