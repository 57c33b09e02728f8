/** Words and numbers for the chat: token counts, cost, countdowns and tool summaries. */
import type { ToolPart, Tokens } from "../model"

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 })

// One formatter for every message: building it per call is the slow part of toLocaleTimeString.
const clock = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" })

/** A message's time of day, in the reader's locale. */
export function formatTime(ms: number): string {
  return clock.format(ms)
}

export function formatCount(n: number): string {
  return n < 1000 ? String(Math.round(n)) : compact.format(n)
}

/** "15 tokens (10 in, 5 out, 2 reasoning, 3 cached)"; parts that are zero are left out. */
export function formatTokens(tokens: Tokens): string {
  const cached = tokens.cache.read + tokens.cache.write
  const total = tokens.total ?? tokens.input + tokens.output + tokens.reasoning + cached
  const detail = [
    `${formatCount(tokens.input)} in`,
    `${formatCount(tokens.output)} out`,
    ...(tokens.reasoning > 0 ? [`${formatCount(tokens.reasoning)} reasoning`] : []),
    ...(cached > 0 ? [`${formatCount(cached)} cached`] : []),
  ]
  return `${formatCount(total)} tokens (${detail.join(", ")})`
}

/** Dollars: cents for normal amounts, four decimals below one cent so small steps do not read as free. */
export function formatCost(cost: number): string {
  if (cost === 0) return "$0.00"
  if (cost < 0.01) return `$${cost.toFixed(4)}`
  return `$${cost.toFixed(2)}`
}

/** "in 5 s", "in 2 min 5 s", or "now" once the time has come. */
export function formatCountdown(targetMs: number, nowMs: number): string {
  const seconds = Math.ceil((targetMs - nowMs) / 1000)
  if (seconds <= 0) return "now"
  if (seconds < 60) return `in ${seconds} s`
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return rest === 0 ? `in ${minutes} min` : `in ${minutes} min ${rest} s`
}

export const TOOL_STATUS_TEXT: Record<ToolPart["state"]["status"], string> = {
  pending: "Pending",
  running: "Running",
  completed: "Completed",
  error: "Error",
}

/** Tool input as readable text: pretty JSON, or nothing for an empty object. */
export function toolInputText(input: Record<string, unknown>): string {
  return Object.keys(input).length === 0 ? "" : JSON.stringify(input, null, 2)
}

/** A one-line title for a tool call: the tool's own title, else its description or command. */
export function toolTitle(part: ToolPart): string {
  const state = part.state
  if ((state.status === "completed" || state.status === "running") && state.title) return state.title
  for (const key of ["description", "command", "filePath", "path", "pattern", "url"]) {
    const value = state.input[key]
    if (typeof value === "string" && value !== "") return value
  }
  return ""
}
