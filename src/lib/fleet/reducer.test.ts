import { describe, expect, it } from "vitest"
import { parseEvent } from "../events/parse"
import { bootstrapFleet, directoriesOf, mergeErrors } from "./bootstrap"
import { applyFleetEvent, emptyFleetState, type FleetSignal, type ServerFleetState } from "./reducer"

// Payloads as recorded from opencode 1.18.33 (opencode-api.md §4.3–4.5, docs/fleet.md).
const W = "/srv/demo/ws"
const O = "/srv/demo/other"
const S = "ses_dccc1cb7bffe7bZvl76IjEX84s"
const session = { id: S, slug: "gentle-nebula", projectID: "2e47", directory: O, title: "in other", version: "1.18.33", time: { created: 10, updated: 20 } }
const permission = {
  id: "per_2333e8e70001b0UXPEADHoFr2s", sessionID: S, permission: "bash", patterns: ["echo probe > probe.txt"],
  metadata: { command: "echo probe > probe.txt" }, always: ["echo *"], tool: { messageID: "msg_1", callID: "call_mock_2" },
}
const question = { id: "que_2333e8c32001GkInVIAjHT3sbO", sessionID: S, questions: [{ question: "Pick?", header: "Pick", options: [{ label: "A", description: "a" }] }] }

const ev = (type: string, properties: Record<string, unknown>) => ({ id: `evt_${type}`, type, properties })

/** Feeds raw payloads through the parser like the stream does; `dir` is the envelope's directory. */
function run(payloads: [unknown, string?][], state: ServerFleetState = emptyFleetState()): { state: ServerFleetState; signals: FleetSignal[] } {
  const signals: FleetSignal[] = []
  payloads.forEach(([raw, dir], i) => {
    const event = parseEvent(raw)
    if (event) signals.push(...applyFleetEvent(state, event, dir, 100 + i))
  })
  return { state, signals }
}

const created: [unknown, string] = [ev("session.created", { sessionID: S, info: session }), O]
const busy: [unknown, string] = [ev("session.status", { sessionID: S, status: { type: "busy" } }), O]

describe("applyFleetEvent", () => {
  it.each([
    ["session.created adds the session", [created], (s: ServerFleetState) => Object.keys(s.sessions), [S]],
    ["an archived session leaves the list", [created, [ev("session.updated", { sessionID: S, info: { ...session, time: { created: 10, updated: 30, archived: 30 } } }), O]], (s: ServerFleetState) => Object.keys(s.sessions), []],
    ["session.deleted drops the session and its requests", [created, [ev("permission.asked", permission), O], [ev("session.deleted", { sessionID: S, info: session }), O]], (s: ServerFleetState) => [Object.keys(s.sessions), Object.keys(s.requests)], [[], []]],
    ["permission.asked keeps the envelope's directory", [[ev("permission.asked", permission), O]], (s: ServerFleetState) => s.requests[permission.id]?.directory, O],
    ["a request without envelope directory takes its session's", [created, [ev("question.asked", question)]], (s: ServerFleetState) => s.requests[question.id]?.directory, O],
    ["a request of an unknown session and directory waits for the bootstrap", [[ev("question.asked", question)]], (s: ServerFleetState) => s.requests, {}],
    ["permission.replied removes it", [[ev("permission.asked", permission), O], [ev("permission.replied", { sessionID: S, requestID: permission.id, reply: "once" }), O]], (s: ServerFleetState) => s.requests, {}],
    ["question.rejected removes it", [[ev("question.asked", question), O], [ev("question.rejected", { sessionID: S, requestID: question.id }), O]], (s: ServerFleetState) => s.requests, {}],
    ["session.status busy, then idle", [busy, [ev("session.idle", { sessionID: S }), O]], (s: ServerFleetState) => s.status[S], { type: "idle" }],
    ["session.error is kept", [[ev("session.error", { sessionID: S, error: { name: "APIError", data: { message: "mock error 400" } } }), O]], (s: ServerFleetState) => s.errors[S]?.data?.message, "mock error 400"],
    ["an abort is not an error", [[ev("session.error", { sessionID: S, error: { name: "MessageAbortedError", data: { message: "Aborted" } } }), O]], (s: ServerFleetState) => s.errors, {}],
    ["a new run clears the error", [[ev("session.error", { sessionID: S, error: { name: "APIError" } }), O], busy], (s: ServerFleetState) => s.errors, {}],
    ["an assistant message's error counts", [[ev("message.updated", { sessionID: S, info: { id: "msg_2", sessionID: S, role: "assistant", time: { created: 1 }, error: { name: "APIError", data: { message: "bad" } } } }), O]], (s: ServerFleetState) => s.errors[S]?.name, "APIError"],
    ["instance disposed ends its requests and runs", [created, busy, [ev("permission.asked", permission), O], [ev("server.instance.disposed", { directory: O }), O]], (s: ServerFleetState) => [s.requests, s.status], [{}, {}]],
    ["another instance's dispose leaves them", [created, busy, [ev("permission.asked", permission), O], [ev("server.instance.disposed", { directory: W }), W]], (s: ServerFleetState) => [Object.keys(s.requests), s.status[S]], [[permission.id], { type: "busy" }]],
  ])("%s", (_label, payloads, read, expected) => {
    expect(read(run(payloads as [unknown, string?][]).state)).toEqual(expected)
  })

  it.each([
    ["a run that ends signals finished", [busy, [ev("session.status", { sessionID: S, status: { type: "idle" } }), O], [ev("session.idle", { sessionID: S }), O]], [{ kind: "finished", sessionID: S }]],
    ["idle without a run signals nothing", [[ev("session.idle", { sessionID: S }), O]], []],
    ["a new request signals once", [[ev("permission.asked", permission), O], [ev("permission.asked", permission), O]], [{ kind: "asked", requestID: permission.id }]],
  ])("%s", (_label, payloads, expected) => {
    expect(run(payloads as [unknown, string?][]).signals).toEqual(expected)
  })

  it("keeps a request's first-seen time when it is asked again", () => {
    const { state } = run([[ev("permission.asked", permission), O], [ev("permission.asked", permission), O]])
    expect(state.requests[permission.id]?.seenAt).toBe(100)
  })
})

describe("bootstrapFleet", () => {
  const snapshot = {
    sessions: [session, { ...session, id: "ses_b", directory: W, time: { created: 1, updated: 2, archived: 3 } }],
    directories: [{ directory: O, permissions: [permission], questions: [question], status: { [S]: { type: "busy" as const } } }],
  }

  it("takes sessions (not archived), requests with their directory, and statuses", () => {
    const { state, signals } = bootstrapFleet(emptyFleetState(), snapshot, 5, true)
    expect([Object.keys(state.sessions), state.requests[permission.id]?.directory, state.requests[question.id]?.kind, state.status[S], signals]).toEqual([[S], O, "question", { type: "busy" }, []])
  })

  it("after a reconnect: keeps first-seen times and errors, signals what changed meanwhile", () => {
    const previous = run([created, busy, [ev("permission.asked", permission), O], [ev("session.error", { sessionID: S, error: { name: "APIError" } }), O]]).state
    const { state, signals } = bootstrapFleet(previous, { sessions: [session], directories: [{ directory: O, permissions: [permission], questions: [question], status: {} }] }, 999, false)
    expect([state.requests[permission.id]?.seenAt, state.requests[question.id]?.seenAt, state.errors[S]?.name, signals]).toEqual([102, 999, "APIError", [{ kind: "finished", sessionID: S }, { kind: "asked", requestID: question.id }]])
  })

  it("takes errors read from newest messages, except for sessions at work again", () => {
    const other = { ...session, id: "ses_b" }
    const { state } = bootstrapFleet(emptyFleetState(), { sessions: [session, other], directories: [{ directory: O, permissions: [], questions: [], status: { ses_b: { type: "busy" } } }], errors: { [S]: { name: "APIError" }, ses_b: { name: "APIError" } } }, 5, true)
    expect(Object.keys(state.errors)).toEqual([S])
  })

  it.each<[string, ServerFleetState["status"], string[], string[]]>([
    ["a listed idle session takes its error", {}, [S], [S]],
    ["a session at work again does not", { [S]: { type: "busy" } }, [S], []],
    ["a retrying one does", { [S]: { type: "retry", attempt: 1, message: "429", next: 9 } }, [S], [S]],
    ["nor does one the list no longer has", {}, ["ses_gone"], []],
  ])("mergeErrors: %s", (_label, status, failed, expected) => {
    const state: ServerFleetState = { ...emptyFleetState(), sessions: { [S]: session }, status }
    mergeErrors(state, Object.fromEntries(failed.map((id) => [id, { name: "APIError" }])))
    expect(Object.keys(state.errors)).toEqual(expected)
  })

  it.each([
    ["distinct directories of the sessions", [session, { ...session, id: "b" }, { ...session, id: "c", directory: W }], [], [O, W]],
    ["extra ones first", [session], [W], [W, O]],
  ])("directoriesOf: %s", (_label, sessions, extra, expected) => {
    expect(directoriesOf(sessions, extra)).toEqual(expected)
  })
})
