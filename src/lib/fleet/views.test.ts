import { describe, expect, it } from "vitest"
import type { Session } from "../model"
import { emptyFleetState, type ServerFleetState } from "./reducer"
import { sessionState, type StateInputs } from "./session-state"
import { finished, finishedWhileAway, isUnread, looked, pruneMarks } from "./unread"
import { attentionItems, byActivity, countsText, filterRows, keepUnchanged, serverCounts, sessionRows, titleWithCount, type SessionRow } from "./views"

const session = (id: string, updated: number, extra: Partial<Session> = {}): Session => ({ id, directory: "/w", title: id, time: { created: 1, updated }, ...extra })
const permission = (id: string, sessionID: string) => ({ id, sessionID, permission: "bash", patterns: [], metadata: {}, always: [] })

function server(fill: (s: ServerFleetState) => void): ServerFleetState {
  const s = emptyFleetState()
  fill(s)
  return s
}

const alpha = server((s) => {
  s.sessions = { a1: session("a1", 50), a2: session("a2", 10), child: session("child", 99, { parentID: "a1" }) }
  s.status = { a1: { type: "busy" } }
  s.requests = { per_1: { kind: "permission", request: permission("per_1", "a1"), directory: "/w", seenAt: 5 } }
})
const beta = server((s) => {
  s.sessions = { b1: session("b1", 40) }
  s.errors = { b1: { name: "APIError", data: { message: "mock error 400" } } }
  s.requests = { per_2: { kind: "permission", request: permission("per_2", "b1"), directory: "/w", seenAt: 7 }, que_1: { kind: "question", request: { id: "que_1", sessionID: "b1", questions: [] }, directory: "/w", seenAt: 7 } }
})
const data = [{ serverId: "alpha", state: alpha }, { serverId: "beta", state: beta }]

describe("sessionState", () => {
  const none: StateInputs = { status: undefined, error: undefined, permissions: 0, questions: 0 }
  it.each<[string, Partial<StateInputs>, string]>([
    ["nothing known", {}, "Idle"],
    ["busy", { status: { type: "busy" } }, "Working"],
    ["busy and asking permission", { status: { type: "busy" }, permissions: 1 }, "Needs permission"],
    ["a question", { status: { type: "busy" }, questions: 1 }, "Needs answer"],
    ["permission before question", { permissions: 1, questions: 1 }, "Needs permission"],
    ["an error", { error: { name: "APIError" } }, "Error"],
    ["retrying forever", { status: { type: "retry", attempt: 3, message: "mock error 500", next: 9 } }, "Error"],
  ])("%s → %s", (_label, inputs, expected) => {
    expect(sessionState({ ...none, ...inputs })).toBe(expected)
  })
})

describe("views", () => {
  it("lists every server's requests, newest first, naming server and session", () => {
    expect(attentionItems(data).map((i) => [i.serverId, i.request.id, i.session?.id])).toEqual([["beta", "que_1", "b1"], ["beta", "per_2", "b1"], ["alpha", "per_1", "a1"]])
  })

  it("lists top-level sessions by last activity with one state each", () => {
    const rows = sessionRows(data, (_server, s) => s.id === "a2")
    expect(rows.map((r) => [r.serverId, r.session.id, r.state, r.unread, r.detail])).toEqual([
      ["alpha", "a1", "Needs permission", false, undefined],
      ["beta", "b1", "Needs permission", false, "mock error 400"],
      ["alpha", "a2", "Idle", true, undefined],
    ])
  })

  it.each([
    ["all", { state: "all", serverId: "all" }, ["a1", "b1", "a2"]],
    ["by server", { state: "all", serverId: "beta" }, ["b1"]],
    ["by state", { state: "Idle", serverId: "all" }, ["a2"]],
    ["unread only", { state: "Done, unread", serverId: "all" }, ["a2"]],
    ["state and server", { state: "Idle", serverId: "beta" }, []],
  ] as const)("filter: %s", (_label, filter, expected) => {
    expect(filterRows(sessionRows(data, (_s, x) => x.id === "a2"), filter).map((r) => r.session.id)).toEqual(expected)
  })

  it.each([
    [alpha, { waiting: 1, working: 1 }, "1 waiting · 1 working"],
    [beta, { waiting: 2, working: 0 }, "2 waiting"],
    [emptyFleetState(), { waiting: 0, working: 0 }, undefined],
  ])("counts %#", (state, counts, text) => {
    expect([serverCounts(state), countsText(serverCounts(state))]).toEqual([counts, text])
  })

  it.each([
    ["Alpha · OpenCode Portal", 3, "(3) Alpha · OpenCode Portal"],
    ["(3) Alpha · OpenCode Portal", 1, "(1) Alpha · OpenCode Portal"],
    ["(3) Alpha · OpenCode Portal", 0, "Alpha · OpenCode Portal"],
    ["(draft) notes", 0, "(draft) notes"],
  ])("title %s with %i waiting", (title, waiting, expected) => {
    expect(titleWithCount(title, waiting)).toBe(expected)
  })
})

describe("unread", () => {
  const s = session("s", 20)
  it.each([
    ["never finished", undefined, "Idle", false],
    ["finished, never looked at", { finished: 20 }, "Idle", true],
    ["finished after the last look", { looked: 10, finished: 20 }, "Idle", true],
    ["looked at since", { looked: 25, finished: 20 }, "Idle", false],
    ["running again", { finished: 20 }, "Working", false],
  ] as const)("%s", (_label, mark, state, expected) => {
    expect(isUnread(mark, state)).toBe(expected)
  })

  it("a look reads what finished before it", () => {
    expect(isUnread(looked(finished(undefined, s), session("s", 21)), "Idle")).toBe(false)
  })

  it.each([
    ["looked at, changed since, idle", { looked: 10 }, "Idle", true],
    ["never looked at", undefined, "Idle", false],
    ["already marked", { looked: 10, finished: 20 }, "Idle", false],
    ["still working", { looked: 10 }, "Working", false],
  ] as const)("finishedWhileAway: %s", (_label, mark, state, expected) => {
    expect(finishedWhileAway(mark, s, state)).toBe(expected)
  })

  it("prunes to the most recent marks", () => {
    expect(Object.keys(pruneMarks({ a: { looked: 1 }, b: { finished: 9 }, c: { looked: 5 } }, 2))).toEqual(["b", "c"])
  })
})

describe("keepUnchanged", () => {
  const s1 = session("s1", 10)
  const s2 = session("s2", 20)
  const row = (over: Partial<SessionRow> = {}): SessionRow => ({ serverId: "alpha", session: s1, state: "Idle", unread: false, detail: undefined, ...over })
  const before = row()
  it.each<[string, SessionRow, boolean]>([
    ["an equal row", row(), true],
    ["another state", row({ state: "Working" }), false],
    ["now unread", row({ unread: true }), false],
    ["a detail", row({ detail: "mock error" }), false],
    ["another session object (a new version)", row({ session: { ...s1 } }), false],
    ["another server", row({ serverId: "beta" }), false],
  ])("%s keeps the previous object: %s", (_label, next, kept) => {
    expect(keepUnchanged([before], [next])[0] === before).toBe(kept)
  })

  it("keeps order and length of the new list, with rows that are new or gone", () => {
    const other = row({ session: s2 })
    const out = keepUnchanged([before], [other, row()])
    expect([out.length, out[0] === other, out[1] === before]).toEqual([2, true, true])
  })
})

describe("byActivity", () => {
  it("puts the most recently updated first, ties by id", () => {
    const rows = [session("b", 10), session("a", 10), session("c", 30)].map((s): SessionRow => ({ serverId: "alpha", session: s, state: "Idle", unread: false, detail: undefined }))
    expect(byActivity(rows).map((r) => r.session.id)).toEqual(["c", "a", "b"])
  })
})
