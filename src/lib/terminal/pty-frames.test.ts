import { describe, expect, it } from "vitest"
import { advanceCursor, decodePtyFrame } from "./pty-frames"

// Copied into this realm: jsdom's TextEncoder returns bytes from another one.
const utf8 = (text: string) => [...new TextEncoder().encode(text)]
const meta = (json: string) => new Uint8Array([0, ...utf8(json)]).buffer

describe("decodePtyFrame", () => {
  it.each([
    ["a text frame is output", "ls\r\n", { kind: "output", text: "ls\r\n" }],
    ["escape sequences stay output", "\u001b[?2004hroot# ", { kind: "output", text: "\u001b[?2004hroot# " }],
    ["text that looks like JSON is still output", '{"cursor":5}', { kind: "output", text: '{"cursor":5}' }],
    ["text starting with NUL is output (only binary frames carry meta)", '\u0000{"cursor":5}', { kind: "output", text: '\u0000{"cursor":5}' }],
    ["the meta frame gives the cursor", meta('{"cursor":98}'), { kind: "cursor", cursor: 98 }],
    ["cursor 0", meta('{"cursor":0}'), { kind: "cursor", cursor: 0 }],
    ["a meta frame as a typed array view", new Uint8Array([0, ...utf8('{"cursor":7}')]), { kind: "cursor", cursor: 7 }],
    ["meta with extra fields", meta('{"cursor":3,"x":1}'), { kind: "cursor", cursor: 3 }],
    ["binary output without the 0x00 prefix", new Uint8Array(utf8("héllo")).buffer, { kind: "output", text: "héllo" }],
    ["empty text", "", { kind: "junk", reason: "empty frame" }],
    ["empty binary", new ArrayBuffer(0), { kind: "junk", reason: "empty frame" }],
    ["meta that is not JSON", meta("{cursor"), { kind: "junk", reason: "meta frame is not JSON" }],
    ["meta with invalid UTF-8", new Uint8Array([0, 0xff, 0xfe]).buffer, { kind: "junk", reason: "meta frame is not JSON" }],
    ["meta that is an array", meta("[1]"), { kind: "junk", reason: "meta frame is not an object" }],
    ["meta without cursor", meta("{}"), { kind: "junk", reason: "meta frame has no valid cursor" }],
    ["negative cursor", meta('{"cursor":-1}'), { kind: "junk", reason: "meta frame has no valid cursor" }],
    ["fractional cursor", meta('{"cursor":1.5}'), { kind: "junk", reason: "meta frame has no valid cursor" }],
    ["string cursor", meta('{"cursor":"9"}'), { kind: "junk", reason: "meta frame has no valid cursor" }],
    ["a lone NUL byte", new Uint8Array([0]).buffer, { kind: "junk", reason: "meta frame is not JSON" }],
    ["null", null, { kind: "junk", reason: "unsupported frame type" }],
    ["a number", 42, { kind: "junk", reason: "unsupported frame type" }],
    ["an object", { cursor: 1 }, { kind: "junk", reason: "unsupported frame type" }],
  ])("%s", (_label, data, expected) => {
    expect(decodePtyFrame(data)).toEqual(expected)
  })
})

describe("advanceCursor", () => {
  it.each([
    ["unknown stays unknown", undefined, "abc", undefined],
    ["ASCII adds its length", 10, "abc", 13],
    ["non-ASCII counts UTF-16 units, not bytes", 0, "héllo€ ✓", 8],
    ["an astral character counts two units", 1, "😀", 3],
    ["empty adds nothing", 5, "", 5],
  ])("%s", (_label, cursor, text, expected) => {
    expect(advanceCursor(cursor, text)).toBe(expected)
  })
})
