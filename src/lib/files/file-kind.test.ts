// @vitest-environment node
import { describe, expect, it } from "vitest"
import { base64Bytes, fileView, formatSize, splitLines, utf8Bytes, type RawContent } from "./file-kind"

// A 1×1 PNG as the real server returns it from GET /file/content.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"

describe("fileView", () => {
  const cases: { name: string; raw: RawContent; path: string; view: Record<string, unknown> }[] = [
    { name: "text", raw: { type: "text", content: "a\nb" }, path: "x.ts", view: { kind: "text", lines: ["a", "b"], bytes: 3 } },
    { name: "empty text", raw: { type: "text", content: "" }, path: "empty.txt", view: { kind: "text", lines: [""], bytes: 0 } },
    {
      name: "png by mime type",
      raw: { type: "binary", content: PNG, encoding: "base64", mimeType: "image/png" },
      path: "dot.png",
      view: { kind: "image", mime: "image/png", src: `data:image/png;base64,${PNG}`, bytes: 69 },
    },
    {
      name: "image by extension when the server says octet-stream",
      raw: { type: "binary", content: PNG, encoding: "base64", mimeType: "application/octet-stream" },
      path: "photos/Dot.JPG",
      view: { kind: "image", mime: "image/jpeg" },
    },
    {
      name: "other binary is described",
      raw: { type: "binary", content: "AAECAw==", encoding: "base64", mimeType: "application/octet-stream" },
      path: "bin.dat",
      view: { kind: "binary", mime: "application/octet-stream", bytes: 4 },
    },
    {
      name: "a non-image mime wins over an image extension",
      raw: { type: "binary", content: "AAEC", encoding: "base64", mimeType: "application/pdf" },
      path: "fake.png",
      view: { kind: "binary", mime: "application/pdf", bytes: 3 },
    },
    {
      name: "svg mime is not shown as an image",
      raw: { type: "binary", content: "AAEC", encoding: "base64", mimeType: "image/svg+xml" },
      path: "logo.svg",
      view: { kind: "binary", mime: "image/svg+xml" },
    },
    {
      name: "binary without a mime type or extension",
      raw: { type: "binary", content: "AAEC", encoding: "base64" },
      path: "blob",
      view: { kind: "binary", mime: "application/octet-stream", bytes: 3 },
    },
  ]
  it.each(cases)("$name", ({ raw, path, view }) => {
    expect(fileView(raw, path)).toMatchObject(view)
  })
})

describe("splitLines", () => {
  it.each([
    ["", [""]],
    ["one", ["one"]],
    ["a\nb\n", ["a", "b"]],
    ["a\r\nb", ["a", "b"]],
    ["a\n\n", ["a", ""]],
    ["\n", [""]],
  ])("%j", (text, lines) => expect(splitLines(text)).toEqual(lines))
})

describe("sizes", () => {
  it.each([
    ["", 0],
    ["QQ==", 1],
    ["QUI=", 2],
    ["QUJD", 3],
    ["QUJD\nREVG", 6],
  ])("base64 %j decodes to %i bytes", (b64, n) => expect(base64Bytes(b64)).toBe(n))

  it.each([
    ["", 0],
    ["abc", 3],
    ["a\tb\n\u007f", 5],
    ["\u0080", 2],
    ["é", 2],
    ["€", 3],
    ["😀", 4],
    ["a😀é", 7],
  ])("utf8Bytes(%j) = %i", (text, n) => expect(utf8Bytes(text)).toBe(n))

  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1.0 KB"],
    [1536, "1.5 KB"],
    [5 * 1024 * 1024, "5.0 MB"],
    [3 * 1024 ** 3, "3.0 GB"],
  ])("formatSize(%i) = %s", (n, text) => expect(formatSize(n)).toBe(text))
})
