// @vitest-environment node
import { describe, expect, it } from "vitest"
import { permissionEdit, permissionSummary } from "./permission-text"
import type { PermissionRequest } from "../model"

const permission = (overrides: Partial<PermissionRequest> = {}): PermissionRequest => ({
  id: "per_1",
  sessionID: "ses_1",
  permission: "bash",
  patterns: ["echo hi > out.txt", "echo done-writing"],
  metadata: { command: "echo hi > out.txt && echo done-writing" },
  always: ["echo *"],
  ...overrides,
})

describe("permissionSummary", () => {
  const cases: { name: string; request: PermissionRequest; expected: string }[] = [
    { name: "a bash command", request: permission(), expected: "echo hi > out.txt && echo done-writing" },
    { name: "patterns without a command", request: permission({ metadata: {}, patterns: ["src/a.ts", "src/b.ts"] }), expected: "src/a.ts, src/b.ts" },
  ]
  it.each(cases)("$name", ({ request, expected }) => expect(permissionSummary(request)).toBe(expected))
})

describe("permissionEdit", () => {
  const cases: { name: string; request: PermissionRequest; expected: { file: string; diff: string } | undefined }[] = [
    { name: "no diff: not an edit", request: permission(), expected: undefined },
    { name: "an empty diff: not an edit", request: permission({ metadata: { filepath: "/w/a.ts", diff: "" } }), expected: undefined },
    { name: "a diff with its file", request: permission({ permission: "edit", metadata: { filepath: "/w/a.ts", diff: "-a\n+b" } }), expected: { file: "/w/a.ts", diff: "-a\n+b" } },
    { name: "a diff without a file path names the patterns", request: permission({ permission: "edit", patterns: ["a.ts"], metadata: { diff: "-a\n+b" } }), expected: { file: "a.ts", diff: "-a\n+b" } },
  ]
  it.each(cases)("$name", ({ request, expected }) => expect(permissionEdit(request)).toEqual(expected))
})
