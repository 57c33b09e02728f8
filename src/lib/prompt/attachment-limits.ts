/**
 * What may be attached. A file travels inside the prompt's JSON as a base64 `data:` URL (a third
 * bigger than the file), so the caps keep one request to a size servers and browsers take in stride.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_TOTAL_BYTES = 20 * 1024 * 1024
export const MAX_FILES = 10

export const LIMITS_TEXT = "Images and other files, up to 5 MB each and 20 MB in all."

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Why this file cannot join the `attachedBytes` and `count` already attached, or undefined when it can. */
export function refusal(file: { name: string; size: number }, attachedBytes: number, count: number): string | undefined {
  if (count >= MAX_FILES) return `Cannot attach ${file.name}: at most ${MAX_FILES} files per prompt.`
  if (file.size > MAX_FILE_BYTES) return `Cannot attach ${file.name}: it is ${formatBytes(file.size)}, over the ${formatBytes(MAX_FILE_BYTES)} limit per file.`
  if (attachedBytes + file.size > MAX_TOTAL_BYTES) return `Cannot attach ${file.name}: the attachments would pass ${formatBytes(MAX_TOTAL_BYTES)} in all.`
  return undefined
}

/** The type to send: the browser's guess, else text for names that look like text, else bytes. */
export function attachmentMime(file: { name: string; type: string }): string {
  if (file.type) return file.type
  return /\.(txt|md|json|ya?ml|toml|csv|log|ts|tsx|js|jsx|py|rs|go|sh|css|html)$/i.test(file.name) ? "text/plain" : "application/octet-stream"
}

export const isImage = (mime: string): boolean => mime.startsWith("image/")
