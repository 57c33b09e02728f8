/**
 * The parts a prompt is sent as, in the shapes OpenCode 1.18.33 takes (checked against a real
 * server: it reads a `file://` file part and hands its content to the model, lists a folder for a
 * folder part, and turns an agent part into a hand-off to that agent; a `data:` part is an
 * attachment). The text part itself is added by the API call.
 */

/** Something picked from the "Mentions" list; `value` is a path relative to the directory (folders end in `/`) or an agent's name. */
export type Mention = { kind: "file" | "directory" | "agent"; value: string }

/** A file the person attached, read into a `data:` URL. */
export type Attachment = { id: string; name: string; mime: string; size: number; dataUrl: string }

export type TextSpan = { value: string; start: number; end: number }

export type FilePartInput = {
  type: "file"
  mime: string
  url: string
  filename?: string
  source?: { type: "file"; path: string; text: TextSpan }
}

export type AgentPartInput = { type: "agent"; name: string; source?: TextSpan }

export type ExtraPart = FilePartInput | AgentPartInput

export const mentionToken = (mention: Mention): string => `@${mention.value}`

/** Where the mention's `@token` stands in `text` as a word of its own, or undefined once it was deleted. */
export function mentionSpan(text: string, mention: Mention): TextSpan | undefined {
  const value = mentionToken(mention)
  let from = 0
  for (;;) {
    const start = text.indexOf(value, from)
    if (start < 0) return undefined
    const end = start + value.length
    const before = start === 0 || /\s/.test(text[start - 1] ?? "")
    const after = end === text.length || /\s/.test(text[end] ?? "")
    if (before && after) return { value, start, end }
    from = end
  }
}

/** The mentions whose token is still in the text, each once. */
export function liveMentions(text: string, mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>()
  return mentions.filter((m) => {
    const key = `${m.kind} ${m.value}`
    if (seen.has(key) || !mentionSpan(text, m)) return false
    seen.add(key)
    return true
  })
}

/** `/srv/app` + `src/` → `/srv/app/src`. */
export function absolutePath(directory: string, path: string): string {
  const rel = path.replace(/\/+$/, "")
  if (rel.startsWith("/")) return rel
  return `${directory.replace(/\/+$/, "")}/${rel}`
}

export function fileUrl(absolute: string): string {
  return `file://${absolute.split("/").map(encodeURIComponent).join("/")}`
}

const baseName = (path: string) => path.replace(/\/+$/, "").split("/").pop() ?? path

export function mentionPart(directory: string, text: string, mention: Mention): ExtraPart | undefined {
  const span = mentionSpan(text, mention)
  if (!span) return undefined
  if (mention.kind === "agent") return { type: "agent", name: mention.value, source: span }
  const path = absolutePath(directory, mention.value)
  return {
    type: "file",
    // The server reads the path whatever the type says; these match what it stores for each.
    mime: mention.kind === "directory" ? "application/x-directory" : "text/plain",
    url: fileUrl(path),
    filename: baseName(mention.value),
    source: { type: "file", path, text: span },
  }
}

export function attachmentPart(attachment: Attachment): FilePartInput {
  return { type: "file", mime: attachment.mime, url: attachment.dataUrl, filename: attachment.name }
}

/** Every part beside the text: mentions still in the text, then attachments. */
export function extraParts(input: { directory: string; text: string; mentions: readonly Mention[]; attachments: readonly Attachment[] }): ExtraPart[] {
  const mentioned = liveMentions(input.text, input.mentions).flatMap((m) => {
    const part = mentionPart(input.directory, input.text, m)
    return part ? [part] : []
  })
  return [...mentioned, ...input.attachments.map(attachmentPart)]
}
