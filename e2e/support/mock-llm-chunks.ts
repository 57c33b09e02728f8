// Pure part of the mock LLM: turns a reply plan into OpenAI `chat.completion.chunk` objects.
import type { MockPlan } from "./mock-llm-plan"

export interface ChunkContext {
  id: string
  model: string
  created: number
  /** The id for a tool call, e.g. `call_mock_3`. */
  callId: string
  promptTokens: number
}

export type ReplyPlan = Exclude<MockPlan, { kind: "error" }>

interface Chunk {
  id: string
  object: "chat.completion.chunk"
  created: number
  model: string
  choices: { index: number; delta: Record<string, unknown>; finish_reason: string | null }[]
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number }
}

// Tool arguments go out in a few pieces so the client really has to assemble a streamed call.
const ARGUMENT_PIECES = 3

/** Splits text into words that keep their trailing whitespace, so joining them gives the text back. */
export function splitWords(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? []
}

export function splitArguments(args: string, pieces = ARGUMENT_PIECES): string[] {
  const size = Math.max(1, Math.ceil(args.length / pieces))
  const out: string[] = []
  for (let i = 0; i < args.length; i += size) out.push(args.slice(i, i + size))
  return out
}

/** A rough, deterministic token count: one per word. */
export function countTokens(text: string): number {
  return splitWords(text).length
}

function chunk(ctx: ChunkContext, delta: Record<string, unknown>, finish: string | null = null): Chunk {
  return {
    id: ctx.id,
    object: "chat.completion.chunk",
    created: ctx.created,
    model: ctx.model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  }
}

function usageChunk(ctx: ChunkContext, completionTokens: number): Chunk {
  return {
    id: ctx.id,
    object: "chat.completion.chunk",
    created: ctx.created,
    model: ctx.model,
    choices: [],
    usage: {
      prompt_tokens: ctx.promptTokens,
      completion_tokens: completionTokens,
      total_tokens: ctx.promptTokens + completionTokens,
    },
  }
}

/**
 * The streamed chunks for a reply: a role chunk, then one chunk per word (text) or the tool call
 * in pieces, then a finish chunk and a usage chunk (as with `stream_options.include_usage`).
 */
export function replyChunks(plan: ReplyPlan, ctx: ChunkContext): Chunk[] {
  if (plan.kind === "text") {
    const words = splitWords(plan.text)
    return [
      chunk(ctx, { role: "assistant", content: "" }),
      ...words.map((word) => chunk(ctx, { content: word })),
      chunk(ctx, {}, "stop"),
      usageChunk(ctx, words.length),
    ]
  }
  const pieces = splitArguments(plan.args)
  const opening = { index: 0, id: ctx.callId, type: "function", function: { name: plan.name, arguments: "" } }
  return [
    chunk(ctx, { role: "assistant", content: null, tool_calls: [opening] }),
    ...pieces.map((piece) => chunk(ctx, { tool_calls: [{ index: 0, function: { arguments: piece } }] })),
    chunk(ctx, {}, "tool_calls"),
    usageChunk(ctx, countTokens(plan.args)),
  ]
}

/** The non-streaming `chat.completion` answer for the same plan. */
export function replyCompletion(plan: ReplyPlan, ctx: ChunkContext): Record<string, unknown> {
  const message =
    plan.kind === "text"
      ? { role: "assistant", content: plan.text }
      : {
          role: "assistant",
          content: null,
          tool_calls: [{ id: ctx.callId, type: "function", function: { name: plan.name, arguments: plan.args } }],
        }
  const completionTokens = countTokens(plan.kind === "text" ? plan.text : plan.args)
  return {
    id: ctx.id,
    object: "chat.completion",
    created: ctx.created,
    model: ctx.model,
    choices: [{ index: 0, message, finish_reason: plan.kind === "text" ? "stop" : "tool_calls" }],
    usage: {
      prompt_tokens: ctx.promptTokens,
      completion_tokens: completionTokens,
      total_tokens: ctx.promptTokens + completionTokens,
    },
  }
}

/** OpenAI's error body for an HTTP error status. */
export function errorBody(status: number, message: string): Record<string, unknown> {
  return { error: { message, type: status >= 500 ? "server_error" : "invalid_request_error", code: String(status) } }
}

export function sseLine(data: unknown): string {
  return `data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`
}
