/** How to show a file the server sent: as text, as an image, or described when it is other binary. */
export type RawContent = { type: "text" | "binary"; content: string; encoding?: "base64"; mimeType?: string }

export type FileView =
  | { kind: "text"; lines: string[]; bytes: number }
  | { kind: "image"; src: string; mime: string; bytes: number }
  | { kind: "binary"; mime: string; bytes: number }

// Raster formats an <img> shows safely from a data: URL. SVG comes back as text and stays text.
const IMAGE_BY_EXT: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  bmp: "image/bmp",
  ico: "image/x-icon",
}
const IMAGE_MIMES = new Set([...Object.values(IMAGE_BY_EXT), "image/vnd.microsoft.icon"])

export function fileView(raw: RawContent, path: string): FileView {
  if (raw.type === "text") return { kind: "text", lines: splitLines(raw.content), bytes: utf8Bytes(raw.content) }
  const bytes = raw.encoding === "base64" ? base64Bytes(raw.content) : utf8Bytes(raw.content)
  const mime = imageMime(raw.mimeType, path)
  if (mime && raw.encoding === "base64") return { kind: "image", src: `data:${mime};base64,${raw.content}`, mime, bytes }
  return { kind: "binary", mime: raw.mimeType ?? "application/octet-stream", bytes }
}

function imageMime(mime: string | undefined, path: string): string | undefined {
  if (mime && IMAGE_MIMES.has(mime)) return mime
  if (mime && mime !== "application/octet-stream") return undefined
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase()
  return path.includes(".") ? IMAGE_BY_EXT[ext] : undefined
}

/** Lines without their line ends; a trailing newline does not add an empty last line. */
export function splitLines(text: string): string[] {
  if (text === "") return [""]
  const lines = text.split(/\r?\n/)
  if (lines.length > 1 && lines.at(-1) === "") lines.pop()
  return lines
}

/** Bytes a base64 string decodes to. */
export function base64Bytes(b64: string): number {
  const clean = b64.replace(/[^A-Za-z0-9+/=]/g, "")
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding)
}

// eslint-disable-next-line no-control-regex -- every character from NUL up is ASCII
const ASCII_ONLY = /^[\u0000-\u007f]*$/

/** UTF-8 length without allocating a copy of a possibly multi-megabyte string. */
export function utf8Bytes(text: string): number {
  // Most source is ASCII, one byte a character: the regex engine checks that far faster than a loop.
  if (ASCII_ONLY.test(text)) return text.length
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** 0 B, 512 B, 1.5 KB, 4.6 MB (binary multiples, as file managers show them). */
export function formatSize(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"]
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`
}
