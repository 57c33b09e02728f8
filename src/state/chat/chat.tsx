import * as prompt from "../../api/prompt"
import type { Part } from "../../lib/model"
import { useBrowserStores } from "../browser-stores"
import { makeContext } from "../context"
import { createComposer } from "./composer"
import { createPickers } from "./pickers"
import { createRequests } from "./requests"
import { useDirectory } from "../directory/active-directory"
import { useDirectoryData } from "../directory/provider"
import { useActiveServer } from "../connection/active-server"
import { useToasts } from "../toasts"
import { createPromptTools } from "./prompt-tools"

/**
 * Everything the chat of one session does: the prompt and its draft, model and agent, Stop, and
 * answers to permissions and questions. Errors become toasts whose message names the server and
 * the action. Create it under the session's page (keyed by session id).
 */
export function createChat(sessionId: string) {
  const active = useActiveServer()
  const dir = useDirectory()
  const data = useDirectoryData()
  const toasts = useToasts()
  const report = (message: string) => void toasts.push({ kind: "error", message })
  const scope = dir.scope
  // Refused storage is a memory stand-in here; the banner on every page already says so.
  const local = useBrowserStores().local

  // The newest messages are what the session was opened for: they are asked first, and the
  // pickers' lists wait for them, since one server answers requests about in the order they came.
  // A failure shows in the message list's header (history().error) with Retry.
  const opened = data.loadMessages(sessionId).catch(() => undefined)
  const pickers = createPickers({
    serverId: active.server().id,
    sessionId,
    store: local.store,
    loadModels: () => opened.then(() => prompt.listModels(scope)),
    loadAgents: () => opened.then(() => prompt.listAgents(scope)),
    report,
  })
  const composer = createComposer({
    key: { serverId: active.server().id, directory: dir.directory(), sessionId },
    store: local.store,
    report,
    send: (text) => tools.send(text),
    hasExtras: () => tools.hasExtras(),
  })
  const tools = createPromptTools({
    scope,
    sessionId,
    composer: () => composer,
    model: pickers.model,
    agent: pickers.agent,
    variant: pickers.variant,
    earlierPrompts: () => data.messages(sessionId).filter((m) => m.role === "user").map((m) => ({ text: userText(data.parts(m.id)) })),
    report,
  })
  const requests = createRequests({
    replyPermission: (id, reply, message) => prompt.replyPermission(scope, id, reply, message),
    replyQuestion: (id, answers) => prompt.replyQuestion(scope, id, answers),
    rejectQuestion: (id) => prompt.rejectQuestion(scope, id),
    abort: () => prompt.abortSession(scope, sessionId),
    report,
  })

  return {
    sessionId,
    data,
    composer,
    tools,
    pickers,
    requests,
    /** Busy or retrying: the agent is at work and Stop applies. */
    busy: () => data.status(sessionId).type !== "idle",
  }
}

/** What the person typed in a user message, without the text the server added for mentions. */
const userText = (parts: Part[]) => parts.flatMap((p) => (p.type === "text" && !p.synthetic ? [p.text] : [])).join("\n")

export type Chat = ReturnType<typeof createChat>

const ctx = makeContext<Chat>("Chat")
export const useChat = ctx.use
export const ChatProvider = ctx.Provider
