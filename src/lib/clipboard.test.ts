// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest"
import { writeClipboard, type ClipboardEnv } from "./clipboard"

/** A page whose legacy copy command answers `copies`, recording what was selected when it ran. */
function legacyPage(copies: boolean | "throws") {
  const selected: string[] = []
  const page: ClipboardEnv["document"] = {
    body: document.body,
    createElement: document.createElement.bind(document),
    execCommand: () => {
      const area = document.body.querySelector("textarea")
      selected.push(area ? area.value.slice(area.selectionStart, area.selectionEnd) : "(nothing)")
      if (copies === "throws") throw new DOMException("Not allowed.", "NotAllowedError")
      return copies
    },
  }
  return { page, selected }
}

describe("writeClipboard", () => {
  it("uses the Clipboard API in a secure context", async () => {
    const writeText = vi.fn(() => Promise.resolve())
    const { page, selected } = legacyPage(true)
    await writeClipboard("npm start", { secure: true, clipboard: { writeText }, document: page })
    expect(writeText).toHaveBeenCalledWith("npm start")
    expect(selected).toEqual([])
  })

  it.each([
    { name: "over plain http (no secure context)", secure: false, clipboard: { writeText: vi.fn(() => Promise.resolve()) } },
    { name: "where the Clipboard API is missing", secure: true, clipboard: undefined },
  ])("falls back to a selected textarea and the copy command $name", async ({ secure, clipboard }) => {
    const { page, selected } = legacyPage(true)
    await writeClipboard("opencode serve --cors http://box:3000", { secure, clipboard, document: page })
    expect(selected).toEqual(["opencode serve --cors http://box:3000"])
    if (clipboard) expect(clipboard.writeText).not.toHaveBeenCalled()
    expect(document.body.querySelector("textarea")).toBeNull()
  })

  it.each([
    { name: "refuses", copies: false as const, error: "this browser does not allow copying here" },
    { name: "throws", copies: "throws" as const, error: "Not allowed." },
  ])("rejects, leaving no textarea behind, when the copy command $name", async ({ copies, error }) => {
    const { page } = legacyPage(copies)
    await expect(writeClipboard("x", { secure: false, clipboard: undefined, document: page })).rejects.toThrow(error)
    expect(document.body.querySelector("textarea")).toBeNull()
  })

  it("passes on a rejection of the Clipboard API (permission denied)", async () => {
    const writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"))
    await expect(writeClipboard("x", { secure: true, clipboard: { writeText }, document: legacyPage(true).page })).rejects.toThrow("Write permission denied.")
  })
})
