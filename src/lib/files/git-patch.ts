/**
 * Git binary patches ("GIT binary patch", `literal` format) that create or replace one file. A
 * binary patch carries the exact bytes of any file, text included (no line-end or trailing-space
 * rewriting), and git checks the result against the blob id in its `index` line.
 */

const BASE85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
/** Git writes at most 52 bytes per base85 line. */
const LINE_BYTES = 52
const ZERO_ID = "0".repeat(40)

/** One base85 line: a length letter (A–Z for 1–26, a–z for 27–52), then 5 characters per 4 bytes. */
export function base85Line(bytes: Uint8Array): string {
  const n = bytes.length
  let line = n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(96 + n - 26)
  for (let i = 0; i < n; i += 4) {
    let acc = 0
    for (let j = 0; j < 4; j++) acc = acc * 256 + (bytes[i + j] ?? 0)
    let chunk = ""
    for (let k = 0; k < 5; k++) {
      chunk = (BASE85[acc % 85] ?? "") + chunk
      acc = Math.floor(acc / 85)
    }
    line += chunk
  }
  return line
}

/** A path as git writes it in a patch header: C-quoted when it has quotes, backslashes, control or non-ASCII characters. */
export function gitQuote(path: string): string {
  if (![...path].some((c) => c < " " || c > "~" || c === '"' || c === "\\")) return path
  let out = '"'
  for (const byte of new TextEncoder().encode(path)) {
    if (byte === 0x22) out += '\\"'
    else if (byte === 0x5c) out += "\\\\"
    else if (byte === 0x09) out += "\\t"
    else if (byte === 0x0a) out += "\\n"
    else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, "0")}`
    else out += String.fromCharCode(byte)
  }
  return `${out}"`
}

export type BinaryPatchInput = {
  /** Relative to the repository's top (git applies patches from there). */
  path: string
  /** The file's size in bytes, before compression. */
  size: number
  /** The zlib-deflated content. */
  deflated: Uint8Array
  /** Git blob id of the new content. */
  newId: string
  /** Git blob id of the file it replaces; absent to create a new file (git then refuses an existing one). */
  oldId?: string
}

/** The patch text for `POST /vcs/apply`. */
export function binaryPatch(input: BinaryPatchInput): string {
  const a = gitQuote(`a/${input.path}`)
  const b = gitQuote(`b/${input.path}`)
  const header = input.oldId ? [`index ${input.oldId}..${input.newId}`] : ["new file mode 100644", `index ${ZERO_ID}..${input.newId}`]
  const lines: string[] = []
  for (let i = 0; i < input.deflated.length; i += LINE_BYTES) lines.push(base85Line(input.deflated.subarray(i, i + LINE_BYTES)))
  return [`diff --git ${a} ${b}`, ...header, "GIT binary patch", `literal ${input.size}`, ...lines, "", ""].join("\n")
}
