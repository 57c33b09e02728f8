import { describe, expect, it } from "vitest"
import { attachmentMime, formatBytes, MAX_FILE_BYTES, MAX_FILES, refusal } from "./attachment-limits"

describe("refusal", () => {
  it.each([
    [{ name: "a.png", size: 100 }, 0, 0, undefined],
    [{ name: "big.png", size: MAX_FILE_BYTES + 1 }, 0, 0, "Cannot attach big.png: it is 5.0 MB, over the 5.0 MB limit per file."],
    [{ name: "c.txt", size: 4 * 1024 * 1024 }, 17 * 1024 * 1024, 3, "Cannot attach c.txt: the attachments would pass 20.0 MB in all."],
    [{ name: "d.txt", size: 1 }, 0, MAX_FILES, `Cannot attach d.txt: at most ${MAX_FILES} files per prompt.`],
  ])("%j", (file, bytes, count, expected) => {
    expect(refusal(file, bytes, count)).toBe(expected)
  })
})

describe("attachmentMime", () => {
  it.each([
    [{ name: "a.png", type: "image/png" }, "image/png"],
    [{ name: "notes.md", type: "" }, "text/plain"],
    [{ name: "blob.bin", type: "" }, "application/octet-stream"],
  ])("%j", (file, expected) => {
    expect(attachmentMime(file)).toBe(expected)
  })
})

describe("formatBytes", () => {
  it.each([
    [12, "12 B"],
    [2048, "2 KB"],
    [3 * 1024 * 1024, "3.0 MB"],
  ])("%i", (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected)
  })
})
