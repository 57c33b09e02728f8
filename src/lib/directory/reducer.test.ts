import { describe, expect, it } from "vitest"
import { parseEvent } from "../events/parse"
import { applyEvent, emptyDirectoryState, type DirectoryState } from "./reducer"

// Payloads as recorded from opencode 1.18.33 (opencode-api.md §4.3–4.5), trimmed to one session.
const S = "ses_e0381490affevmGXI5snv6VibT"
const U = "msg_01user"
const A = "msg_02assistant"
const session = {
  id: S, slug: "gentle-nebula", projectID: "2e47e4c5", directory: "/srv/demo/s5/ws", path: "", cost: 0,
  tokens: { input: 0, output: 0, reasoning: 0, cache: { read: 0, write: 0 } },
  title: "New session - 2026-11-21T05:05:25.237Z", version: "1.18.33", time: { created: 1795237525237, updated: 1795237525237 },
}
const tokens = { total: 15, input: 10, output: 5, reasoning: 0, cache: { write: 0, read: 0 } }
const userInfo = { id: U, sessionID: S, role: "user", time: { created: 1 }, summary: { diffs: [] }, agent: "build", model: { providerID: "mock", modelID: "mock-model" } }
const assistantInfo = {
  id: A, sessionID: S, role: "assistant", parentID: U, mode: "build", agent: "build", path: { cwd: "/srv/demo/s5/ws", root: "/srv/demo/s5/ws" },
  cost: 0, tokens, modelID: "mock-model", providerID: "mock", time: { created: 2 },
}
const textPart = { type: "text", text: "", time: { start: 3 }, id: "prt_02text", sessionID: S, messageID: A }
const stepStart = { type: "step-start", snapshot: "f8dd", id: "prt_01step", sessionID: S, messageID: A }
const permission = {
  id: "per_1fc7eff7e001", sessionID: S, permission: "bash", patterns: ["echo hi > out.txt", "echo done-writing"],
  metadata: { command: "echo hi > out.txt && echo done-writing" }, always: ["echo *"], tool: { messageID: A, callID: "call_mock_5" },
}
const question = { id: "que_1", sessionID: S, questions: [{ question: "Which one?", header: "Pick", options: [{ label: "A", description: "first" }] }] }

const ev = (type: string, properties: Record<string, unknown>) => ({ id: `evt_${type}`, type, properties })

/** Parses each payload like the stream does (unknown in) and applies it to `state`. */
function run(payloads: unknown[], state: DirectoryState = emptyDirectoryState()): DirectoryState {
  for (const raw of payloads) {
    const event = parseEvent(raw)
    if (event) applyEvent(state, event)
  }
  return state
}

const withSession = () => run([ev("session.created", { sessionID: S, info: session })])
const withReply = () =>
  run([ev("message.updated", { sessionID: S, info: assistantInfo }), ev("message.part.updated", { sessionID: S, part: textPart, time: 3 })], withSession())

describe("applyEvent: sessions", () => {
  it.each([
    ["session.created adds it", [], (s: DirectoryState) => s.sessions[S]?.title, session.title],
    ["session.updated replaces its fields", [ev("session.updated", { sessionID: S, info: { ...session, title: "Mock session title" } })], (s: DirectoryState) => s.sessions[S]?.title, "Mock session title"],
    ["session.updated archives it", [ev("session.updated", { sessionID: S, info: { ...session, time: { ...session.time, archived: 9 } } })], (s: DirectoryState) => s.sessions[S]?.time.archived, 9],
    ["session.deleted removes it", [ev("session.deleted", { sessionID: S, info: session })], (s: DirectoryState) => s.sessions[S], undefined],
    ["session.status busy", [ev("session.status", { sessionID: S, status: { type: "busy" } })], (s: DirectoryState) => s.status[S], { type: "busy" }],
    [
      "session.status retry keeps attempt and next",
      [ev("session.status", { sessionID: S, status: { type: "retry", attempt: 4, message: "mock error 500", next: 1795237530000 } })],
      (s: DirectoryState) => s.status[S],
      { type: "retry", attempt: 4, message: "mock error 500", next: 1795237530000 },
    ],
    ["session.idle sets idle", [ev("session.status", { sessionID: S, status: { type: "busy" } }), ev("session.idle", { sessionID: S })], (s: DirectoryState) => s.status[S], { type: "idle" }],
    [
      "session.error keeps the provider error",
      [ev("session.error", { sessionID: S, error: { name: "APIError", data: { message: "mock error 400", statusCode: 400, isRetryable: false } } })],
      (s: DirectoryState) => s.errors[S]?.data?.message,
      "mock error 400",
    ],
    [
      "a new busy status clears the last error",
      [ev("session.error", { sessionID: S, error: { name: "MessageAbortedError", data: { message: "Aborted" } } }), ev("session.status", { sessionID: S, status: { type: "busy" } })],
      (s: DirectoryState) => s.errors[S],
      undefined,
    ],
  ])("%s", (_label, events, read, expected) => {
    expect(read(run(events, withSession()))).toEqual(expected)
  })

  it("session.deleted also drops its messages, parts, status and requests", () => {
    const state = run([ev("permission.asked", permission), ev("session.status", { sessionID: S, status: { type: "busy" } }), ev("session.deleted", { sessionID: S, info: session })], withReply())
    expect(state).toEqual(emptyDirectoryState())
  })
})

describe("applyEvent: messages and parts", () => {
  it.each([
    ["message.updated (user) adds a message", [ev("message.updated", { sessionID: S, info: userInfo })], (s: DirectoryState) => s.messages[S]?.map((m) => m.id), [U, A]],
    [
      "message.updated completes the assistant message in place",
      [ev("message.updated", { sessionID: S, info: { ...assistantInfo, finish: "stop", time: { created: 2, completed: 5 } } })],
      (s: DirectoryState) => s.messages[S]?.[0],
      { ...assistantInfo, finish: "stop", time: { created: 2, completed: 5 } },
    ],
    ["message.part.updated inserts parts in id order", [ev("message.part.updated", { sessionID: S, part: stepStart, time: 3 })], (s: DirectoryState) => s.parts[A]?.map((p) => p.type), ["step-start", "text"]],
    [
      "message.part.delta appends to partID/field",
      ["MOCK ", "REPLY: ", "hello ", "world"].map((delta) => ev("message.part.delta", { sessionID: S, messageID: A, partID: textPart.id, field: "text", delta })),
      (s: DirectoryState) => s.parts[A]?.[0],
      { ...textPart, text: "MOCK REPLY: hello world" },
    ],
    [
      "message.part.updated replaces the streamed text with the full part",
      [
        ev("message.part.delta", { sessionID: S, messageID: A, partID: textPart.id, field: "text", delta: "MOCK" }),
        ev("message.part.updated", { sessionID: S, part: { ...textPart, text: "MOCK REPLY: hello world", time: { start: 3, end: 4 } }, time: 4 }),
      ],
      (s: DirectoryState) => s.parts[A]?.[0],
      { ...textPart, text: "MOCK REPLY: hello world", time: { start: 3, end: 4 } },
    ],
    [
      "a delta for an unknown part waits for its update",
      [ev("message.part.delta", { sessionID: S, messageID: A, partID: "prt_99", field: "text", delta: "x" })],
      (s: DirectoryState) => s.parts[A]?.map((p) => p.id),
      [textPart.id],
    ],
    [
      "tool part goes pending → running → completed",
      ["pending", "running", "completed"].map((status) =>
        ev("message.part.updated", {
          sessionID: S,
          part: { type: "tool", id: "prt_03tool", sessionID: S, messageID: A, callID: "call_mock_5", tool: "bash", state: { status, input: {}, ...(status === "completed" ? { output: "done-writing\n", title: "Write out.txt", metadata: { exit: 0 } } : {}) } },
        }),
      ),
      (s: DirectoryState) => s.parts[A]?.[1],
      { type: "tool", id: "prt_03tool", sessionID: S, messageID: A, callID: "call_mock_5", tool: "bash", state: { status: "completed", input: {}, output: "done-writing\n", title: "Write out.txt", metadata: { exit: 0 } } },
    ],
    ["message.part.removed removes one part", [ev("message.part.removed", { sessionID: S, messageID: A, partID: textPart.id })], (s: DirectoryState) => s.parts[A], []],
    ["message.removed removes the message and its parts", [ev("message.removed", { sessionID: S, messageID: A })], (s: DirectoryState) => [s.messages[S], s.parts[A]], [[], undefined]],
  ])("%s", (_label, events, read, expected) => {
    expect(read(run(events, withReply()))).toEqual(expected)
  })
})

describe("applyEvent: permissions, questions, todos, instance", () => {
  it.each([
    ["permission.asked lists the request", [ev("permission.asked", permission)], (s: DirectoryState) => s.permissions[S], [permission]],
    ["permission.asked twice keeps one", [ev("permission.asked", permission), ev("permission.asked", permission)], (s: DirectoryState) => s.permissions[S]?.length, 1],
    ["permission.replied removes it", [ev("permission.asked", permission), ev("permission.replied", { sessionID: S, requestID: permission.id, reply: "once" })], (s: DirectoryState) => s.permissions[S], undefined],
    ["question.asked lists the question", [ev("question.asked", question)], (s: DirectoryState) => s.questions[S], [question]],
    ["question.replied removes it", [ev("question.asked", question), ev("question.replied", { sessionID: S, requestID: "que_1", answers: [["A"]] })], (s: DirectoryState) => s.questions[S], undefined],
    ["question.rejected removes it", [ev("question.asked", question), ev("question.rejected", { sessionID: S, requestID: "que_1" })], (s: DirectoryState) => s.questions[S], undefined],
    [
      "todo.updated replaces the list",
      [ev("todo.updated", { sessionID: S, todos: [{ content: "write tests", status: "in_progress", priority: "high" }] })],
      (s: DirectoryState) => s.todos[S],
      [{ content: "write tests", status: "in_progress", priority: "high" }],
    ],
    [
      "server.instance.disposed ends runs and pending requests, keeps sessions",
      [ev("permission.asked", permission), ev("session.status", { sessionID: S, status: { type: "busy" } }), ev("server.instance.disposed", { directory: "/srv/demo/s5/ws" })],
      (s: DirectoryState) => [Object.keys(s.sessions), s.status, s.permissions],
      [[S], {}, {}],
    ],
  ])("%s", (_label, events, read, expected) => {
    expect(read(run(events, withSession()))).toEqual(expected)
  })
})

describe("parseEvent: data is unknown until narrowed", () => {
  it.each([
    ["not JSON-shaped", "hello"],
    ["no type", { properties: {} }],
    ["unknown type", ev("plugin.added", { id: "core/x" })],
    ["session without time", ev("session.created", { sessionID: S, info: { id: S, title: "t", directory: "/" } })],
    ["part with a non-string text", ev("message.part.updated", { sessionID: S, part: { ...textPart, text: 5 } })],
    ["part of an unknown kind", ev("message.part.updated", { sessionID: S, part: { ...textPart, type: "hologram" } })],
    ["delta without partID", ev("message.part.delta", { sessionID: S, messageID: A, field: "text", delta: "x" })],
    ["status of an unknown kind", ev("session.status", { sessionID: S, status: { type: "sleeping" } })],
    ["retry without attempt", ev("session.status", { sessionID: S, status: { type: "retry", message: "x", next: 1 } })],
    ["permission without patterns", ev("permission.asked", { ...permission, patterns: undefined })],
    ["todos that are not a list", ev("todo.updated", { sessionID: S, todos: "none" })],
  ])("ignores %s", (_label, raw) => {
    expect(parseEvent(raw)).toBeUndefined()
  })

  it.each([
    ["heartbeat", ev("server.heartbeat", {}), { type: "server.heartbeat" }],
    ["/global/event envelope", { directory: "/srv/demo/s5/ws", payload: ev("session.idle", { sessionID: S }) }, { type: "session.idle", sessionID: S }],
    ["session.error without details", ev("session.error", { sessionID: S }), { type: "session.error", sessionID: S, error: { name: "UnknownError" } }],
    ["todos keep the valid items", ev("todo.updated", { sessionID: S, todos: [{ content: "a", status: "pending", priority: "low" }, { content: 1 }] }), { type: "todo.updated", sessionID: S, todos: [{ content: "a", status: "pending", priority: "low" }] }],
  ])("reads %s", (_label, raw, expected) => {
    expect(parseEvent(raw)).toEqual(expected)
  })
})
