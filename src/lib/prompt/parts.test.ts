import { describe, expect, it } from "vitest"
import { absolutePath, extraParts, fileUrl, liveMentions, mentionSpan, type Mention } from "./parts"

const readme: Mention = { kind: "file", value: "README.md" }
const src: Mention = { kind: "directory", value: "src/" }
const general: Mention = { kind: "agent", value: "general" }

describe("mentionSpan", () => {
  it.each([
    ["@README.md", readme, { value: "@README.md", start: 0, end: 10 }],
    ["read @README.md please", readme, { value: "@README.md", start: 5, end: 15 }],
    ["read @README.mdx and @README.md", readme, { value: "@README.md", start: 21, end: 31 }],
    ["read README.md", readme, undefined],
    ["x@README.md", readme, undefined],
  ])("%j", (text, mention, expected) => {
    expect(mentionSpan(text, mention)).toEqual(expected)
  })
})

describe("liveMentions", () => {
  it("drops deleted and repeated mentions", () => {
    expect(liveMentions("@README.md and @general", [readme, src, general, readme])).toEqual([readme, general])
  })
})

describe("paths", () => {
  it.each([
    ["/srv/app", "README.md", "/srv/app/README.md"],
    ["/srv/app/", "src/", "/srv/app/src"],
    ["/srv/app", "/etc/x", "/etc/x"],
  ])("%s + %s", (dir, path, expected) => {
    expect(absolutePath(dir, path)).toBe(expected)
  })
  it("encodes each segment of a file URL", () => {
    expect(fileUrl("/srv/my app/a#b.md")).toBe("file:///srv/my%20app/a%23b.md")
  })
})

describe("extraParts", () => {
  it("builds file, folder and agent parts from the mentions left in the text, then attachments", () => {
    const text = "see @README.md in @src/ with @general"
    const parts = extraParts({
      directory: "/w",
      text,
      mentions: [readme, src, general, { kind: "file", value: "gone.ts" }],
      attachments: [{ id: "a1", name: "dot.png", mime: "image/png", size: 3, dataUrl: "data:image/png;base64,AAA" }],
    })
    expect(parts).toEqual([
      { type: "file", mime: "text/plain", url: "file:///w/README.md", filename: "README.md", source: { type: "file", path: "/w/README.md", text: { value: "@README.md", start: 4, end: 14 } } },
      { type: "file", mime: "application/x-directory", url: "file:///w/src", filename: "src", source: { type: "file", path: "/w/src", text: { value: "@src/", start: 18, end: 23 } } },
      { type: "agent", name: "general", source: { value: "@general", start: 29, end: 37 } },
      { type: "file", mime: "image/png", url: "data:image/png;base64,AAA", filename: "dot.png" },
    ])
  })
})
