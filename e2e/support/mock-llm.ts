// A loopback OpenAI-compatible chat-completions server that opencode uses as the "mock" provider.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import { setTimeout as delay } from "node:timers/promises"
import { listenLoopback } from "./ports"
import { countTokens, errorBody, replyChunks, replyCompletion, sseLine, type ReplyPlan } from "./mock-llm-chunks"
import { lastUserText, planReply, readMessages, type MockPlan, type MockTurn } from "./mock-llm-plan"

export { MARKDOWN_REPLY, TITLE_REPLY, longText } from "./mock-llm-plan"

/** One chat-completions call as the mock saw it. */
export interface MockRequestRecord {
  seq: number
  time: number
  path: string
  /** The parsed JSON body (undefined when it was not JSON). */
  body: unknown
  /** How the mock answered: the text turn kind, `tool` or `error`. */
  turn: MockTurn | "tool" | "error"
  lastUserText: string
  /** The reply text, `NAME ARGS` for a tool call, or the error message. */
  reply: string
}

export interface MockLlm {
  /** Base URL including `/v1`, as opencode's provider `baseURL` wants it. */
  url: string
  port: number
  requests(): MockRequestRecord[]
  reset(): void
  stop(): Promise<void>
}

export const MOCK_MODEL = "mock-model"

/** The opencode config that makes `mock/mock-model` (served at `baseUrl`) the only model used. */
export function mockProviderConfig(baseUrl: string): Record<string, unknown> {
  return {
    $schema: "https://opencode.ai/config.json",
    provider: {
      mock: {
        npm: "@ai-sdk/openai-compatible",
        name: "Mock LLM",
        options: { baseURL: baseUrl, apiKey: "mock-key" },
        models: {
          [MOCK_MODEL]: { name: "Mock Model", tool_call: true, limit: { context: 128000, output: 4096 } },
        },
      },
    },
    model: `mock/${MOCK_MODEL}`,
    small_model: `mock/${MOCK_MODEL}`,
    permission: { bash: "ask", edit: "ask", webfetch: "ask" },
    autoupdate: false,
    share: "disabled",
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(JSON.stringify(value))
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = []
  for await (const part of req) parts.push(Buffer.isBuffer(part) ? part : Buffer.from(String(part)))
  try {
    return JSON.parse(Buffer.concat(parts).toString("utf8"))
  } catch {
    return undefined
  }
}

function describe(plan: MockPlan): { turn: MockRequestRecord["turn"]; reply: string } {
  if (plan.kind === "error") return { turn: "error", reply: plan.message }
  if (plan.kind === "tool") return { turn: "tool", reply: `${plan.name} ${plan.args}` }
  return { turn: plan.turn, reply: plan.text }
}

async function stream(res: ServerResponse, plan: ReplyPlan, lines: string[]): Promise<void> {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" })
  if (plan.delayMs === 0) {
    res.end(lines.join(""))
    return
  }
  for (const [index, line] of lines.entries()) {
    // Stop when opencode aborts the turn, so no timer outlives the request.
    if (res.destroyed) return
    if (index > 0) await delay(plan.delayMs)
    res.write(line)
  }
  res.end()
}

/** Starts the mock on 127.0.0.1 with an OS-chosen port. */
export async function startMockLlm(): Promise<MockLlm> {
  const log: MockRequestRecord[] = []
  let seq = 0
  let calls = 0

  async function completions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req)
    const plan = planReply(body)
    const messages = readMessages(body)
    log.push({ seq: ++seq, time: Date.now(), path: req.url ?? "", body, lastUserText: lastUserText(messages), ...describe(plan) })
    if (plan.kind === "error") return sendJson(res, plan.status, errorBody(plan.status, plan.message))

    const model = typeof body === "object" && body !== null && "model" in body ? String(body.model) : MOCK_MODEL
    const ctx = {
      id: `chatcmpl-mock-${seq}`,
      model,
      created: Math.floor(Date.now() / 1000),
      callId: plan.kind === "tool" ? `call_mock_${++calls}` : "",
      promptTokens: messages.reduce((sum, m) => sum + countTokens(m.text), 0),
    }
    const streaming = typeof body === "object" && body !== null && "stream" in body && body.stream === true
    if (!streaming) return sendJson(res, 200, replyCompletion(plan, ctx))
    await stream(res, plan, [...replyChunks(plan, ctx).map(sseLine), sseLine("[DONE]")])
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://mock").pathname
    if (req.method === "POST" && path === "/v1/chat/completions") return completions(req, res)
    if (req.method === "GET" && path === "/v1/models") {
      return sendJson(res, 200, { object: "list", data: [{ id: MOCK_MODEL, object: "model", owned_by: "mock" }] })
    }
    if (req.method === "GET" && path === "/__mock/requests") return sendJson(res, 200, log)
    if (req.method === "POST" && path === "/__mock/reset") {
      log.length = 0
      return sendJson(res, 200, { ok: true })
    }
    sendJson(res, 404, errorBody(404, `mock: no route ${req.method ?? "?"} ${path}`))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(500, `mock crashed: ${String(error)}`))
      else res.destroy()
    })
  })
  const port = await listenLoopback(server)
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests: () => [...log],
    reset: () => {
      log.length = 0
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
