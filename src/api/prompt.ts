/** Owns the chat's writes and pickers: prompt, abort, permission and question replies, models, agents. */
import { onServer, type Scope } from "./connection"
import type { ExtraPart } from "../lib/prompt/parts"
import { unwrap } from "./errors"

export type ModelRef = { providerID: string; modelID: string }

/** `parts` go after the text: file mentions, agent mentions, attachments. */
export type PromptInput = { sessionID: string; text: string; model?: ModelRef; agent?: string; variant?: string; parts?: ExtraPart[] }

export type PermissionReply = "once" | "always" | "reject"

/** `variants` are the model's thinking-effort levels (empty when it has none); `contextLimit` its window in tokens. */
export type ModelChoice = { providerID: string; providerName: string; modelID: string; modelName: string; variants: string[]; contextLimit?: number }

export type AgentChoice = { name: string; description?: string }

/** Queues the prompt; the reply arrives through the event stream (`prompt_async` answers 204). */
export async function sendPrompt(scope: Scope, input: PromptInput): Promise<void> {
  await unwrap(
    (await scope.client()).session.promptAsync({
      sessionID: input.sessionID,
      parts: [{ type: "text", text: input.text }, ...(input.parts ?? [])],
      ...(input.model ? { model: input.model } : {}),
      ...(input.agent ? { agent: input.agent } : {}),
      ...(input.variant ? { variant: input.variant } : {}),
    }),
    onServer(scope, "send the prompt"),
  )
}

export async function abortSession(scope: Scope, sessionID: string): Promise<void> {
  await unwrap((await scope.client()).session.abort({ sessionID }), onServer(scope, "stop the reply"))
}

export async function replyPermission(scope: Scope, requestID: string, reply: PermissionReply, message?: string): Promise<void> {
  await unwrap((await scope.client()).permission.reply({ requestID, reply, ...(message ? { message } : {}) }), onServer(scope, "answer the permission request"))
}

/** `answers` holds one list of chosen labels (or typed text) per question, in order. */
export async function replyQuestion(scope: Scope, requestID: string, answers: string[][]): Promise<void> {
  await unwrap((await scope.client()).question.reply({ requestID, answers }), onServer(scope, "answer the question"))
}

export async function rejectQuestion(scope: Scope, requestID: string): Promise<void> {
  await unwrap((await scope.client()).question.reject({ requestID }), onServer(scope, "dismiss the question"))
}

/** Every model of every configured provider, in the server's order. */
export async function listModels(scope: Scope): Promise<ModelChoice[]> {
  const data = await unwrap((await scope.client()).config.providers(), onServer(scope, "list models"))
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
export async function listAgents(scope: Scope): Promise<AgentChoice[]> {
  const agents = await unwrap((await scope.client()).app.agents(), onServer(scope, "list agents"))
  return agents
    .filter((agent) => agent.mode !== "subagent" && !agent.hidden)
    .map((agent) => ({ name: agent.name, ...(agent.description ? { description: agent.description } : {}) }))
}
