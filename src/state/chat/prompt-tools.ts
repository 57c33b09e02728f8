import { createMemo, createSignal } from "solid-js"
import type { Scope } from "../../api/connection"
import { listCommands, runCommand } from "../../api/commands"
import { findMentionable, listMentionAgents } from "../../api/mentions"
import { sendPrompt, type ModelRef } from "../../api/prompt"
import { promptsOf } from "../../lib/prompt/history"
import { triggerAt } from "../../lib/prompt/trigger"
import type { Composer } from "./composer"
import { createAttachments, readAsDataUrl } from "./attachments"
import { createMentionList } from "./mention-list"
import { createPromptHistory } from "./prompt-history"
import { createSend } from "./send"
import { createSuggestions } from "./suggestions"

export type PromptToolsDeps = {
  scope: Scope
  sessionId: string
  composer: () => Composer
  model: () => ModelRef | undefined
  agent: () => string | undefined
  /** Thinking effort, when the model has variants. */
  variant: () => string | undefined
  /** This session's earlier prompts' text, oldest first. */
  earlierPrompts: () => { text: string }[]
  report: (message: string) => void
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => {
    pending ??= load()
    // A failure is not kept: the next look tries again.
    pending.catch(() => (pending = undefined))
    return pending
  }
}

/**
 * Everything the prompt does beyond its text: mentions and slash commands offered as the person
 * types, attachments, ↑/↓ history, and sending it all in the shapes the server takes. Lives with
 * the chat of one session.
 */
export function createPromptTools(deps: PromptToolsDeps) {
  const [caret, setCaret] = createSignal(0)
  const draft = () => deps.composer().draft()
  const trigger = createMemo(() => triggerAt(draft(), Math.min(caret(), draft().length)))
  const commands = once(() => listCommands(deps.scope))
  const attachments = createAttachments({ read: readAsDataUrl })
  const mentions = createMentionList()
  const suggestions = createSuggestions({
    trigger,
    findFiles: (q, signal) => findMentionable(deps.scope, q, signal),
    loadAgents: () => listMentionAgents(deps.scope),
    loadCommands: commands,
  })
  const history = createPromptHistory({ entries: () => promptsOf(deps.earlierPrompts()), draft, setDraft: (t) => deps.composer().setDraft(t) })
  const send = createSend({
    directory: deps.scope.directory,
    attachments,
    mentions,
    commandNames: async () => new Set((await commands()).map((c) => c.name)),
    sendPrompt: (text, parts) => {
      const model = deps.model()
      const agent = deps.agent()
      const variant = deps.variant()
      return sendPrompt(deps.scope, { sessionID: deps.sessionId, text, parts, ...(model ? { model } : {}), ...(agent ? { agent } : {}), ...(variant ? { variant } : {}) })
    },
    runCommand: (command, args, parts) => {
      const model = deps.model()
      const agent = deps.agent()
      return runCommand(deps.scope, { sessionID: deps.sessionId, command, arguments: args, parts, ...(model ? { model } : {}), ...(agent ? { agent } : {}) })
    },
    restoreText: (text) => {
      if (draft() === "") deps.composer().setDraft(text)
    },
    report: deps.report,
  })
  let field: HTMLTextAreaElement | undefined
  return {
    caret,
    setCaret,
    trigger,
    suggestions,
    attachments,
    mentions,
    history,
    send,
    hasExtras: () => attachments.items().length > 0,
    /** The textarea registers itself so answering the agent can hand focus back to it. */
    attach: (el: HTMLTextAreaElement) => (field = el),
    focus: () => field?.focus(),
  }
}

export type PromptTools = ReturnType<typeof createPromptTools>
