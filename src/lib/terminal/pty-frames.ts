import { isRecord } from "../guards"

/**
 * What one PTY WebSocket message means. Output comes as text frames; a binary frame that starts
 * with byte 0x00 is the server's meta frame `{"cursor": N}` and must never reach the screen.
 */
export type PtyFrame = { kind: "output"; text: string } | { kind: "cursor"; cursor: number } | { kind: "junk"; reason: string }

const META_PREFIX = 0x00

function bytesOf(data: unknown): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return undefined
}

function parseMeta(bytes: Uint8Array): PtyFrame {
  let body: unknown
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(1)))
  } catch {
    return { kind: "junk", reason: "meta frame is not JSON" }
  }
  if (!isRecord(body)) return { kind: "junk", reason: "meta frame is not an object" }
  const cursor = body.cursor
  if (typeof cursor !== "number" || !Number.isSafeInteger(cursor) || cursor < 0) return { kind: "junk", reason: "meta frame has no valid cursor" }
  return { kind: "cursor", cursor }
}

/**
 * @example decodePtyFrame("ls\r\n") // { kind: "output", text: "ls\r\n" }
 * @example decodePtyFrame(new Uint8Array([0, ...utf8('{"cursor":98}')]).buffer) // { kind: "cursor", cursor: 98 }
 */
export function decodePtyFrame(data: unknown): PtyFrame {
  if (typeof data === "string") return data === "" ? { kind: "junk", reason: "empty frame" } : { kind: "output", text: data }
  const bytes = bytesOf(data)
  if (!bytes) return { kind: "junk", reason: "unsupported frame type" }
  if (bytes.length === 0) return { kind: "junk", reason: "empty frame" }
  if (bytes[0] === META_PREFIX) return parseMeta(bytes)
  // The server sends output as text, but binary output is still output: show it, never drop it.
  return { kind: "output", text: new TextDecoder().decode(bytes) }
}

/**
 * The server's cursor counts UTF-16 code units of output (measured: "héllo€" advanced it by 6, not
 * by its 9 UTF-8 bytes), so live output advances it by the string's length.
 */
export function advanceCursor(cursor: number | undefined, text: string): number | undefined {
  return cursor === undefined ? undefined : cursor + text.length
}
