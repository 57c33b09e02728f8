/** A session's token use and cost, and how much of the model's context window its last turn filled. */
import type { AssistantMessage, Message, Session, Tokens } from "../model"

export type Usage = {
  tokens: Tokens
  cost: number
  /** Tokens the newest reply's request carried: what the next turn starts from. */
  contextUsed: number
  /** 0–1 of the model's context window; undefined when the limit is unknown. */
  contextShare: number | undefined
}

const ZERO: Tokens = { input: 0, output: 0, reasoning: 0, cache: { read: 0, write: 0 } }

function add(a: Tokens, b: Tokens): Tokens {
  return { input: a.input + b.input, output: a.output + b.output, reasoning: a.reasoning + b.reasoning, cache: { read: a.cache.read + b.cache.read, write: a.cache.write + b.cache.write } }
}

export function tokenTotal(t: Tokens): number {
  return t.input + t.output + t.reasoning + t.cache.read + t.cache.write
}

const isReply = (m: Message): m is AssistantMessage => m.role === "assistant"

/**
 * The server's running totals on the session when it has them (they cover messages not loaded
 * yet); otherwise the sum over the loaded replies.
 */
export function sessionUsage(session: Session | undefined, messages: readonly Message[], contextLimit: number | undefined): Usage {
  const replies = messages.filter(isReply)
  const summed = replies.reduce((t, m) => (m.tokens ? add(t, m.tokens) : t), ZERO)
  const tokens = session?.tokens ?? summed
  const cost = session?.cost ?? replies.reduce((c, m) => c + (m.cost ?? 0), 0)
  const last = replies.findLast((m) => m.tokens !== undefined && tokenTotal(m.tokens) > 0)
  const contextUsed = last?.tokens ? tokenTotal(last.tokens) : 0
  const contextShare = contextLimit && contextLimit > 0 ? Math.min(1, contextUsed / contextLimit) : undefined
  return { tokens, cost, contextUsed, contextShare }
}

/** "12%" (or "<1%" for a sliver, so a used window never reads as empty). */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return "<1%"
  return `${Math.round(share * 100)}%`
}
