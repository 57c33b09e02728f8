import { describe, expect, it } from "vitest"
import type { AssistantMessage, SessionStatus } from "../model"
import { replyState, type ReplyContext } from "./reply-state"

const message = (over: Partial<AssistantMessage> = {}): AssistantMessage => ({ id: "msg_1", sessionID: "ses_1", role: "assistant", time: { created: 1 }, ...over })
const idle: SessionStatus = { type: "idle" }
const busy: SessionStatus = { type: "busy" }
const retry: SessionStatus = { type: "retry", attempt: 2, message: "mock error 500", next: 9 }
const ctx = (over: Partial<ReplyContext> = {}): ReplyContext => ({ status: idle, newest: true, ...over })

describe("replyState", () => {
  it.each([
    ["completed, idle", message({ time: { created: 1, completed: 2 } }), ctx(), { kind: "done" }],
    ["completed while busy (next turn started)", message({ time: { created: 1, completed: 2 } }), ctx({ status: busy }), { kind: "done" }],
    ["incomplete, newest, busy", message(), ctx({ status: busy }), { kind: "streaming" }],
    ["incomplete, newest, retrying", message(), ctx({ status: retry }), { kind: "streaming" }],
    ["incomplete, newest, idle (server died and came back)", message(), ctx(), { kind: "interrupted" }],
    ["incomplete, older than the newest, busy", message(), ctx({ status: busy, newest: false }), { kind: "interrupted" }],
    ["incomplete, idle after a session error", message(), ctx({ sessionError: { name: "APIError", data: { message: "mock error 400" } } }), { kind: "interrupted", reason: "mock error 400" }],
    ["incomplete, idle after an abort event", message(), ctx({ sessionError: { name: "MessageAbortedError" } }), { kind: "interrupted", reason: "Stopped" }],
    ["an older message ignores the session's error", message(), ctx({ newest: false, sessionError: { name: "APIError", data: { message: "x" } } }), { kind: "interrupted" }],
    ["aborted (Stop or Stop retrying)", message({ error: { name: "MessageAbortedError", data: { message: "Aborted" } } }), ctx(), { kind: "interrupted", reason: "Stopped" }],
    ["aborted while the session is still busy", message({ error: { name: "MessageAbortedError" } }), ctx({ status: busy }), { kind: "interrupted", reason: "Stopped" }],
    ["provider error", message({ error: { name: "APIError", data: { message: "mock error 400" } } }), ctx(), { kind: "failed", message: "mock error 400" }],
    ["error without a message", message({ error: { name: "UnknownError" } }), ctx(), { kind: "failed", message: "UnknownError" }],
  ])("%s", (_name, msg, context, expected) => {
    expect(replyState(msg, context)).toEqual(expected)
  })
})
