import { describe, expect, it } from "vitest"
import { keys, mergeMessagePage, replaceRequests, replaceSessions, replaceStatuses, type Fresh, type MessagePage } from "./merge"
import { emptyDirectoryState, type DirectoryState } from "./reducer"
import type { Message, Part, PermissionRequest, Session } from "../model"

const S = "ses_1"
const session = (id: string, title = id): Session => ({ id, directory: "/srv/app", title, time: { created: 1, updated: 1 } })
const message = (id: string): Message => ({ id, sessionID: S, role: "user", time: { created: 1 } })
const text = (id: string, messageID: string, value: string): Part => ({ id, sessionID: S, messageID, type: "text", text: value })
const permission = (id: string, sessionID: string): PermissionRequest => ({ id, sessionID, permission: "bash", patterns: [], metadata: {}, always: [] })
const nothingFresh: Fresh = () => false
const freshOnly = (...fresh: string[]): Fresh => (key) => fresh.includes(key)

function stateWith(fn: (s: DirectoryState) => void): DirectoryState {
  const state = emptyDirectoryState()
  fn(state)
  return state
}

describe("replaceSessions", () => {
  it.each([
    ["adds and updates from the fetched list", nothingFresh, ["a:A2", "c:c"]],
    ["keeps a session an event changed after the fetch started", freshOnly(keys.session("a"), keys.session("b")), ["a:a", "b:b", "c:c"]],
  ])("%s; drops the ones the server no longer has", (_label, fresh, expected) => {
    const state = stateWith((s) => {
      s.sessions = { a: session("a"), b: session("b") }
    })
    replaceSessions(state, [session("a", "A2"), session("c")], fresh)
    expect(Object.values(state.sessions).map((s) => `${s.id}:${s.title}`).sort()).toEqual(expected)
  })
})

describe("replaceStatuses and replaceRequests", () => {
  it("takes the server's statuses except ones changed by events meanwhile", () => {
    const state = stateWith((s) => {
      s.status = { a: { type: "busy" }, b: { type: "busy" } }
    })
    replaceStatuses(state, { c: { type: "busy" } }, freshOnly(keys.status("b")))
    expect(state.status).toEqual({ b: { type: "busy" }, c: { type: "busy" } })
  })

  it("groups pending requests per session, keeping fresh local ones", () => {
    const state = stateWith((s) => {
      s.permissions = { x: [permission("p-local", "x")] }
    })
    replaceRequests(state, [permission("p1", "a"), permission("p2", "a"), permission("p3", "x")], [], freshOnly(keys.requests("x")))
    expect(state.permissions).toEqual({ a: [permission("p1", "a"), permission("p2", "a")], x: [permission("p-local", "x")] })
    expect(state.questions).toEqual({})
  })
})

describe("mergeMessagePage", () => {
  const page = (...ids: string[]): MessagePage => ids.map((id) => ({ info: message(id), parts: [text(`prt_${id}`, id, `server ${id}`)] }))
  const loaded = () =>
    stateWith((s) => {
      s.messages[S] = ["msg_1", "msg_2", "msg_3", "msg_4"].map(message)
      for (const id of ["msg_1", "msg_2", "msg_3", "msg_4"]) s.parts[id] = [text(`prt_${id}`, id, `local ${id}`), text(`prt_${id}_extra`, id, "extra")]
    })
  const ids = (s: DirectoryState) => s.messages[S]?.map((m) => m.id)

  it.each([
    ["the newest page drops local messages in its range the server no longer has", page("msg_3", "msg_5"), true, nothingFresh, ["msg_1", "msg_2", "msg_3", "msg_5"]],
    ["an older page only adds", page("msg_0"), false, nothingFresh, ["msg_0", "msg_1", "msg_2", "msg_3", "msg_4"]],
    ["a message streamed in meanwhile is kept", page("msg_3"), true, freshOnly(keys.message("msg_4")), ["msg_1", "msg_2", "msg_3", "msg_4"]],
  ])("%s", (_label, fetched, newest, fresh, expected) => {
    const state = loaded()
    mergeMessagePage(state, S, fetched, newest, fresh)
    expect(ids(state)).toEqual(expected)
  })

  it("makes fetched parts authoritative, except parts streamed in meanwhile", () => {
    const state = loaded()
    mergeMessagePage(state, S, page("msg_3", "msg_4"), true, freshOnly(keys.part("prt_msg_4")))
    expect(state.parts.msg_3).toEqual([text("prt_msg_3", "msg_3", "server msg_3")])
    expect(state.parts.msg_4).toEqual([text("prt_msg_4", "msg_4", "local msg_4")])
  })

  it("marks an empty session as loaded", () => {
    const state = emptyDirectoryState()
    mergeMessagePage(state, S, [], true, nothingFresh)
    expect(state.messages[S]).toEqual([])
  })
})
