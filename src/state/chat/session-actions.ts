import { createSignal } from "solid-js"
import * as api from "../../api/session-actions"
import type { Scope } from "../../api/connection"
import type { ModelRef } from "../../api/prompt"
import { autoAcceptRule, autoAcceptsEdits } from "../../lib/chat/auto-accept"
import { promptText } from "../../lib/chat/conversation"
import { sessionMarkdown, type ExportedMessage } from "../../lib/chat/session-markdown"
import { errorText } from "../../lib/error-text"
import { isMessage, isPart } from "../../lib/model-guards"
import { isRecord } from "../../lib/guards"
import type { Session } from "../../lib/model"
import type { DirectoryData } from "../directory/types"
import { makeContext } from "../context"

export type SessionActionDeps = {
  scope: Scope
  sessionId: string
  data: Pick<DirectoryData, "session" | "parts" | "putSession" | "forkSession" | "renameSession" | "deleteSession">
  /** The model for a compaction: the one picked, else the session's own. */
  model: () => ModelRef | undefined
  setDraft: (text: string) => void
  /** Opens another session of this directory (after a fork), or the directory (after a delete). */
  openSession: (id: string) => void
  openDirectory: () => void
  report: (message: string) => void
  notify: (message: string) => void
}

/** The server's answer (`[{info, parts}]`) narrowed to what the Markdown export reads. */
function exportedMessages(raw: unknown): ExportedMessage[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((m) => (isRecord(m) && isMessage(m.info) && Array.isArray(m.parts) ? [{ info: m.info, parts: m.parts.filter(isPart) }] : []))
}

/**
 * What a person does to the open session besides prompting: revert and restore, fork, compact,
 * rename, share, delete, export, auto-accept. One action of a kind at a time; failures become
 * messages naming the server and the action.
 */
export function createSessionActions(deps: SessionActionDeps) {
  const [running, setRunning] = createSignal<ReadonlySet<string>>(new Set())
  const mark = (kind: string, on: boolean) =>
    setRunning((set) => {
      const next = new Set(set)
      if (on) next.add(kind)
      else next.delete(kind)
      return next
    })
  const id = deps.sessionId
  const session = () => deps.data.session(id)

  /** Runs one action of a kind at a time (a second click while it runs does nothing). */
  async function run<T>(kind: string, task: () => Promise<T>): Promise<T | undefined> {
    if (running().has(kind)) return undefined
    mark(kind, true)
    try {
      return await task()
    } catch (err) {
      deps.report(errorText(err))
      return undefined
    } finally {
      mark(kind, false)
    }
  }
  const put = (s: Session) => deps.data.putSession(s)

  return {
    /** Whether an action of this kind ("revert", "share", …) is on its way; without a kind, any. */
    running: (kind?: string) => (kind === undefined ? running().size > 0 : running().has(kind)),
    /** Undoes this prompt and all after it, and puts its text back in the composer. */
    revert: (messageId: string) =>
      run("revert", async () => {
        put(await api.revertSession(deps.scope, id, messageId))
        deps.setDraft(promptText(deps.data.parts(messageId)))
      }),
    restore: () => run("restore", async () => put(await api.unrevertSession(deps.scope, id))),
    fork: (messageId?: string) =>
      run("fork", async () => {
        const fork = await deps.data.forkSession(id, messageId)
        deps.notify(`Forked as “${fork.title}”.`)
        deps.openSession(fork.id)
      }),
    compact: () =>
      run("compact", async () => {
        const model = deps.model()
        if (!model) throw new Error(`Could not compact the session on ${deps.scope.connection.server().name}: pick a model first.`)
        await api.compactSession(deps.scope, id, model)
      }),
    rename: (title: string) => run("rename", () => deps.data.renameSession(id, title)),
    remove: () =>
      run("delete", async () => {
        await deps.data.deleteSession(id)
        deps.openDirectory()
      }),
    share: () =>
      run("share", async () => {
        try {
          put(await api.shareSession(deps.scope, id))
        } catch (err) {
          // The server answers a disabled share with a bare 500; its config says why.
          const setting = await api.shareSetting(deps.scope).catch(() => undefined)
          if (setting === "disabled") throw new Error(`Could not share the session on ${deps.scope.connection.server().name}: sharing is disabled on this server (its config sets share to "disabled").`, { cause: err })
          throw err
        }
      }),
    unshare: () => run("unshare", async () => put(await api.unshareSession(deps.scope, id))),
    autoAccept: () => autoAcceptsEdits(session()),
    setAutoAccept: (on: boolean) => run("auto-accept", async () => put(await api.addSessionRules(deps.scope, id, [autoAcceptRule(on)]))),
    /** The session as the server returns it, pretty-printed JSON. */
    exportJson: () => run("export", async () => JSON.stringify(await api.exportSession(deps.scope, id), null, 2)),
    exportMarkdown: () =>
      run("export", async () => {
        const { messages } = await api.exportSession(deps.scope, id)
        const s = session()
        return sessionMarkdown({ id, title: s?.title ?? id, directory: s?.directory ?? deps.scope.directory }, exportedMessages(messages))
      }),
  }
}

export type SessionActions = ReturnType<typeof createSessionActions>

const ctx = makeContext<SessionActions>("SessionActions")
export const useSessionActions = ctx.use
export const SessionActionsProvider = ctx.Provider
