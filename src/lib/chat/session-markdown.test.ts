// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { Part } from "../model"
import { exportFileName, sessionMarkdown } from "./session-markdown"

const base = { sessionID: "s", messageID: "m" }
const parts = (...list: Part[]) => list

describe("sessionMarkdown", () => {
  it("writes prompts and replies in order, tools as one line, hidden parts left out", () => {
    const md = sessionMarkdown({ id: "ses_1", title: "Fix it", directory: "/w" }, [
      { info: { id: "msg_1", sessionID: "s", role: "user", time: { created: 1 } }, parts: parts({ ...base, id: "p1", type: "text", text: "please fix" }, { ...base, id: "p2", type: "text", text: "system note", synthetic: true }) },
      {
        info: { id: "msg_2", sessionID: "s", role: "assistant", modelID: "mock-model", time: { created: 2 } },
        parts: parts(
          { ...base, id: "p3", type: "step-start" },
          { ...base, id: "p4", type: "tool", callID: "c", tool: "edit", state: { status: "completed", input: {}, output: "ok", title: "a.ts" } },
          { ...base, id: "p5", type: "patch", hash: "h", files: ["/w/a.ts"] },
          { ...base, id: "p6", type: "text", text: "Done." },
        ),
      },
    ])
    expect(md).toBe(
      ["# Fix it", "Session `ses_1` in `/w`", "## You", "please fix", "## Assistant (mock-model)", "*Tool `edit`: a.ts (completed)*", "*Files changed:* `/w/a.ts`", "Done."].join("\n\n") + "\n",
    )
  })
})

describe("exportFileName", () => {
  it.each([
    ["Fix the login bug", "json", "fix-the-login-bug.json"],
    ["  ¿Qué?  ", "md", "qu.md"],
    ["***", "md", "session.md"],
  ] as const)("%s", (title, ext, name) => expect(exportFileName(title, ext)).toBe(name))
})
