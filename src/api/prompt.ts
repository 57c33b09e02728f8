/** Owns the chat's writes and pickers: prompt, abort, permission and question replies, models, agents. */
import type { OpencodeClient } from "./client"
import { unwrap } from "./errors"

export type ModelRef = { providerID: string; modelID: string }

export type PromptInput = { sessionID: string; text: string; model?: ModelRef; agent?: string; variant?: string }

export type PermissionReply = "once" | "always" | "reject"

/** `variants` are the model's thinking-effort levels (empty when it has none); `contextLimit` its window in tokens. */
export type ModelChoice = { providerID: string; providerName: string; modelID: string; modelName: string; variants: string[]; contextLimit?: number }

export type AgentChoice = { name: string; description?: string }

/** Queues the prompt; the reply arrives through the event stream (`prompt_async` answers 204). */
export async function sendPrompt(client: OpencodeClient, serverName: string, input: PromptInput): Promise<void> {
  await unwrap(
    client.session.promptAsync({
      sessionID: input.sessionID,
      parts: [{ type: "text", text: input.text }],
      ...(input.model ? { model: input.model } : {}),
      ...(input.agent ? { agent: input.agent } : {}),
      ...(input.variant ? { variant: input.variant } : {}),
    }),
    `send the prompt on ${serverName}`,
  )
}

export async function abortSession(client: OpencodeClient, serverName: string, sessionID: string): Promise<void> {
  await unwrap(client.session.abort({ sessionID }), `stop the reply on ${serverName}`)
}

export async function replyPermission(client: OpencodeClient, serverName: string, requestID: string, reply: PermissionReply, message?: string): Promise<void> {
  await unwrap(client.permission.reply({ requestID, reply, ...(message ? { message } : {}) }), `answer the permission request on ${serverName}`)
}

/** `answers` holds one list of chosen labels (or typed text) per question, in order. */
export async function replyQuestion(client: OpencodeClient, serverName: string, requestID: string, answers: string[][]): Promise<void> {
  await unwrap(client.question.reply({ requestID, answers }), `answer the question on ${serverName}`)
}

export async function rejectQuestion(client: OpencodeClient, serverName: string, requestID: string): Promise<void> {
  await unwrap(client.question.reject({ requestID }), `dismiss the question on ${serverName}`)
}

/** Every model of every configured provider, in the server's order. */
export async function listModels(client: OpencodeClient, serverName: string): Promise<ModelChoice[]> {
  const data = await unwrap(client.config.providers(), `list models on ${serverName}`)
  return data.providers.flatMap((provider) =>
    Object.values(provider.models).map((model) => ({
      providerID: provider.id,
      providerName: provider.name,
      modelID: model.id,
      modelName: model.name,
      variants: Object.keys(model.variants ?? {}),
      ...(model.limit.context > 0 ? { contextLimit: model.limit.context } : {}),
    })),
  )
}

/** Agents a person can pick for a prompt: primary ones, not hidden. */
export async function listAgents(client: OpencodeClient, serverName: string): Promise<AgentChoice[]> {
  const agents = await unwrap(client.app.agents(), `list agents on ${serverName}`)
  return agents
    .filter((agent) => agent.mode !== "subagent" && !agent.hidden)
    .map((agent) => ({ name: agent.name, ...(agent.description ? { description: agent.description } : {}) }))
}
