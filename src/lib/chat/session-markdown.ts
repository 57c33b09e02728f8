/** A session as Markdown for reading: each prompt and reply in order, tool calls as one line each. */
import type { Message, Part, Session } from "../model"

export type ExportedMessage = { info: Message; parts: Part[] }

function partText(part: Part): string | undefined {
  switch (part.type) {
    case "text":
      return part.ignored || part.synthetic ? undefined : part.text
    case "reasoning":
      return part.text ? `> *Reasoning:* ${part.text.replace(/\n/g, "\n> ")}` : undefined
    case "tool": {
      const title = part.state.status === "completed" ? part.state.title : ""
      return `*Tool \`${part.tool}\`${title ? `: ${title}` : ""} (${part.state.status})*`
    }
    case "patch":
      return `*Files changed:* ${part.files.map((f) => `\`${f}\``).join(", ")}`
    case "file":
      return `*Attached file:* ${part.filename ?? part.mime}`
    default:
      return undefined
  }
}

function heading(info: Message): string {
  if (info.role === "user") return "## You"
  return `## Assistant${info.modelID ? ` (${info.modelID})` : ""}`
}

export function sessionMarkdown(session: Pick<Session, "title" | "id" | "directory">, messages: readonly ExportedMessage[]): string {
  const blocks = [`# ${session.title}`, `Session \`${session.id}\` in \`${session.directory}\``]
  for (const { info, parts } of messages) {
    const body = parts.flatMap((p) => {
      const text = partText(p)
      return text ? [text] : []
    })
    blocks.push(heading(info), ...body)
  }
  return `${blocks.join("\n\n")}\n`
}

/** A file name from a title: letters, digits and dashes only. */
export function exportFileName(title: string, ext: "json" | "md"): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60)
  return `${slug || "session"}.${ext}`
}
