// @vitest-environment jsdom
import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import type { ExtraPart, FilePartInput } from "../../lib/prompt/parts"
import { createAttachments, readAsDataUrl } from "./attachments"
import { createMentionList } from "./mention-list"
import { createSend, type SendDeps } from "./send"

function setup(overrides: Partial<SendDeps> = {}) {
  return createRoot(() => {
    const attachments = createAttachments({ read: readAsDataUrl })
    const mentions = createMentionList()
    const prompts: { text: string; parts: ExtraPart[] }[] = []
    const commands: { name: string; args: string; parts: FilePartInput[] }[] = []
    const restored: string[] = []
    const reports: string[] = []
    const send = createSend({
      directory: "/w",
      attachments,
      mentions,
      commandNames: async () => new Set(["init", "hello"]),
      sendPrompt: async (text, parts) => void prompts.push({ text, parts }),
      runCommand: async (name, args, parts) => void commands.push({ name, args, parts }),
      restoreText: (t) => void restored.push(t),
      report: (m) => void reports.push(m),
      ...overrides,
    })
    return { send, attachments, mentions, prompts, commands, restored, reports }
  })
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe("createSend", () => {
  it("sends the text with its mentions and attachments, then empties them", async () => {
    const t = setup()
    t.mentions.add({ kind: "file", value: "README.md" })
    t.mentions.add({ kind: "agent", value: "gone" })
    await t.attachments.add([new File(["hi"], "notes.txt", { type: "text/plain" })])
    await t.send("read @README.md")
    expect(t.prompts).toHaveLength(1)
    expect(t.prompts[0]?.parts.map((p) => (p.type === "file" ? p.filename : p.name))).toEqual(["README.md", "notes.txt"])
    expect(t.attachments.items()).toEqual([])
    expect(t.mentions.list()).toEqual([])
  })

  it("puts mentions and attachments back when the server refuses the prompt", async () => {
    const t = setup({ sendPrompt: () => Promise.reject(new Error("Could not send the prompt on Alpha: offline.")) })
    t.mentions.add({ kind: "file", value: "README.md" })
    await t.attachments.add([new File(["hi"], "notes.txt")])
    await expect(t.send("read @README.md")).rejects.toThrow("offline")
    expect(t.attachments.items().map((a) => a.name)).toEqual(["notes.txt"])
    expect(t.mentions.list()).toEqual([{ kind: "file", value: "README.md" }])
  })

  it("runs a known /command with its arguments and file parts only", async () => {
    const t = setup()
    t.mentions.add({ kind: "file", value: "README.md" })
    t.mentions.add({ kind: "agent", value: "general" })
    await t.send("/hello Bob @README.md @general")
    await tick()
    expect(t.prompts).toEqual([])
    expect(t.commands.map((c) => [c.name, c.args, c.parts.map((p) => p.filename)])).toEqual([["hello", "Bob @README.md @general", ["README.md"]]])
  })

  it("sends an unknown /word as a plain prompt", async () => {
    const t = setup()
    await t.send("/etc/hosts is odd")
    expect(t.prompts.map((p) => p.text)).toEqual(["/etc/hosts is odd"])
    expect(t.commands).toEqual([])
  })

  it("reports a failed command and puts its text back", async () => {
    const t = setup({ runCommand: () => Promise.reject(new Error("Could not run /init on Alpha: busy.")) })
    await t.send("/init")
    await tick()
    expect(t.reports).toEqual(["Could not run /init on Alpha: busy."])
    expect(t.restored).toEqual(["/init"])
  })
})
