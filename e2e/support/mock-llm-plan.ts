// Pure part of the mock LLM: reads an OpenAI chat-completions request and decides the reply.

/** What the mock answers to one request. */
export type MockPlan =
  | { kind: "error"; status: number; message: string }
  | { kind: "text"; turn: MockTurn; text: string; delayMs: number }
  | { kind: "tool"; name: string; args: string; delayMs: number }

export type MockTurn = "title" | "reply" | "tool-result" | "markdown" | "long"

export interface ChatMessage {
  role: string
  text: string
  toolCallId: string | undefined
  toolCalls: { id: string; name: string }[]
}

export const TITLE_REPLY = "Mock session title"
export const TITLE_SYSTEM_PREFIX = "You are a title generator"

/** The `[[markdown]]` reply: a heading, a list and a fenced code block. */
export const MARKDOWN_REPLY = [
  "# Mock heading",
  "",
  "Some **bold** text.",
  "",
  "- first item",
  "- second item",
  "",
  "```ts",
  "const answer = 42",
  "```",
].join("\n")

// An HTTP status the mock can answer with; anything else in [[error:N]] is taken as text.
const ERROR_STATUS_MIN = 400
const ERROR_STATUS_MAX = 599
// Caps keep a typo in a test prompt from hanging a worker or exhausting memory.
const MAX_SLOW_MS = 60_000
const MAX_LONG_WORDS = 1_000_000

const SIMPLE_MARKER = /\[\[(?:error:\d+|slow:\d+|long:\d+|markdown)\]\]/g

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** Text of an OpenAI message `content`: a string, or the text parts of an array joined by newlines. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content
  if (!Array.isArray(content)) return ""
  return content
    .filter(isRecord)
    .map((part) => (part.type === "text" && typeof part.text === "string" ? part.text : ""))
    .filter((text) => text !== "")
    .join("\n")
}

function readToolCalls(value: unknown): { id: string; name: string }[] {
  if (!Array.isArray(value)) return []
  return value.filter(isRecord).flatMap((call) => {
    const fn = call.function
    if (typeof call.id !== "string" || !isRecord(fn) || typeof fn.name !== "string") return []
    return [{ id: call.id, name: fn.name }]
  })
}

/** The `messages` of a request body, normalised; malformed entries are skipped. */
export function readMessages(body: unknown): ChatMessage[] {
  if (!isRecord(body) || !Array.isArray(body.messages)) return []
  return body.messages.filter(isRecord).map((message) => ({
    role: typeof message.role === "string" ? message.role : "",
    text: contentText(message.content),
    toolCallId: typeof message.tool_call_id === "string" ? message.tool_call_id : undefined,
    toolCalls: readToolCalls(message.tool_calls),
  }))
}

export function lastUserText(messages: ChatMessage[]): string {
  return messages.findLast((message) => message.role === "user")?.text ?? ""
}

export function isTitleRequest(messages: ChatMessage[]): boolean {
  return messages.some((m) => m.role === "system" && m.text.trimStart().startsWith(TITLE_SYSTEM_PREFIX))
}

function numberMarker(text: string, name: string): number | undefined {
  const match = new RegExp(`\\[\\[${name}:(\\d+)\\]\\]`).exec(text)
  return match?.[1] === undefined ? undefined : Number(match[1])
}

/**
 * Finds `[[tool:NAME {json}]]`. The JSON may itself contain `]]`, so each `]]` is tried in turn
 * until the text before it parses. Returns the marker span too, so it can be cut from the text.
 */
export function findToolMarker(
  text: string,
): { name: string; args: string; start: number; end: number } | undefined {
  const head = /\[\[tool:([\w.-]+)/.exec(text)
  if (head?.[1] === undefined) return undefined
  const afterName = head.index + head[0].length
  for (let close = text.indexOf("]]", afterName); close !== -1; close = text.indexOf("]]", close + 1)) {
    const raw = text.slice(afterName, close).trim()
    const args = parseArgs(raw)
    if (args !== undefined) return { name: head[1], args, start: head.index, end: close + 2 }
  }
  return undefined
}

function parseArgs(raw: string): string | undefined {
  if (raw === "") return "{}"
  try {
    const parsed: unknown = JSON.parse(raw)
    return isRecord(parsed) ? JSON.stringify(parsed) : undefined
  } catch {
    return undefined
  }
}

/** The user's text with every mock marker removed and whitespace collapsed. */
export function stripMarkers(text: string): string {
  const tool = findToolMarker(text)
  const withoutTool = tool === undefined ? text : text.slice(0, tool.start) + " " + text.slice(tool.end)
  return withoutTool.replace(SIMPLE_MARKER, " ").replace(/\s+/g, " ").trim()
}

function firstLine(output: string): string {
  return output.trim().split("\n")[0]?.trim() ?? ""
}

function toolResultText(messages: ChatMessage[], result: ChatMessage): string {
  const call = messages.flatMap((m) => m.toolCalls).find((c) => c.id === result.toolCallId)
  return `MOCK TOOL RESULT ${call?.name ?? "unknown"}: ${firstLine(result.text)}`
}

export function longText(words: number): string {
  return Array.from({ length: words }, (_, i) => `word${i + 1}`).join(" ")
}

/** Decides the reply to one chat-completions request body. Deterministic. */
export function planReply(body: unknown): MockPlan {
  const messages = readMessages(body)
  if (isTitleRequest(messages)) return { kind: "text", turn: "title", text: TITLE_REPLY, delayMs: 0 }

  const userText = lastUserText(messages)
  const delayMs = Math.min(numberMarker(userText, "slow") ?? 0, MAX_SLOW_MS)
  const last = messages.at(-1)
  if (last?.role === "tool") {
    return { kind: "text", turn: "tool-result", text: toolResultText(messages, last), delayMs }
  }

  const status = numberMarker(userText, "error")
  if (status !== undefined && status >= ERROR_STATUS_MIN && status <= ERROR_STATUS_MAX) {
    return { kind: "error", status, message: `mock error ${status}` }
  }
  const tool = findToolMarker(userText)
  if (tool !== undefined) return { kind: "tool", name: tool.name, args: tool.args, delayMs }

  const long = numberMarker(userText, "long")
  if (long !== undefined) {
    return { kind: "text", turn: "long", text: longText(Math.min(long, MAX_LONG_WORDS)), delayMs: 0 }
  }
  if (/\[\[markdown\]\]/.test(userText)) {
    return { kind: "text", turn: "markdown", text: MARKDOWN_REPLY, delayMs }
  }
  return { kind: "text", turn: "reply", text: `MOCK REPLY: ${stripMarkers(userText)}`.trim(), delayMs }
}
