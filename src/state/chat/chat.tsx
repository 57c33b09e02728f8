import * as prompt from "../../api/prompt"
import { useBrowserStores } from "../browser-stores"
import { makeContext } from "../context"
import { createComposer } from "./composer"
import { createPickers } from "./pickers"
import { createRequests } from "./requests"
import { useDirectory } from "../directory/active-directory"
import { useDirectoryData } from "../directory/provider"
import { useActiveServer } from "../connection/active-server"
import { useToasts } from "../toasts"

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

  const pickers = createPickers({
    serverId: active.server().id,
    sessionId,
    store: local.store,
    loadModels: () => prompt.listModels(scope),
    loadAgents: () => prompt.listAgents(scope),
    report,
  })
  const composer = createComposer({
    key: { serverId: active.server().id, directory: dir.directory(), sessionId },
    store: local.store,
    report,
    send: (text) => {
      const model = pickers.model()
      const agent = pickers.agent()
      return prompt.sendPrompt(scope, { sessionID: sessionId, text, ...(model ? { model } : {}), ...(agent ? { agent } : {}) })
    },
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
    pickers,
    requests,
    /** Busy or retrying: the agent is at work and Stop applies. */
    busy: () => data.status(sessionId).type !== "idle",
  }
}

export type Chat = ReturnType<typeof createChat>

const ctx = makeContext<Chat>("Chat")
export const useChat = ctx.use
export const ChatProvider = ctx.Provider
