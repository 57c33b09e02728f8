import { describe, expect, it } from "vitest"
import { sessionActivity, type ActivityInput } from "./session-activity"

const base: ActivityInput = { status: { type: "idle" }, pendingPermissions: 0, error: undefined, now: 1_000 }

describe("sessionActivity", () => {
  it.each<[string, Partial<ActivityInput>, { kind: string; text: string }]>([
    ["idle", {}, { kind: "idle", text: "Idle" }],
    ["busy", { status: { type: "busy" } }, { kind: "busy", text: "Busy" }],
    ["retrying, with attempt and countdown", { status: { type: "retry", attempt: 3, message: "mock error 500", next: 5_500 } }, { kind: "retry", text: "Retrying (attempt 3) in 5 s: mock error 500" }],
    ["retry time already passed", { status: { type: "retry", attempt: 1, message: "x", next: 0 } }, { kind: "retry", text: "Retrying (attempt 1) in 0 s: x" }],
    ["a pending permission outranks busy", { status: { type: "busy" }, pendingPermissions: 1 }, { kind: "permission", text: "Waiting for permission" }],
    ["an error after the run", { error: { name: "APIError", data: { message: "mock error 400" } } }, { kind: "error", text: "Error: mock error 400" }],
    ["an error without a message shows its name", { error: { name: "ProviderAuthError" } }, { kind: "error", text: "Error: ProviderAuthError" }],
    ["an abort is not an error", { error: { name: "MessageAbortedError", data: { message: "Aborted" } } }, { kind: "idle", text: "Idle" }],
  ])("%s", (_label, input, expected) => {
    expect(sessionActivity({ ...base, ...input })).toEqual(expected)
  })
})
