import { createSignal } from "solid-js"
import { errorText } from "../../lib/error-text"
import type { PermissionReply } from "../../api/prompt"

export type { PermissionReply }

export type RequestDeps = {
  replyPermission: (requestID: string, reply: PermissionReply, message?: string) => Promise<void>
  replyQuestion: (requestID: string, answers: string[][]) => Promise<void>
  rejectQuestion: (requestID: string) => Promise<void>
  abort: () => Promise<void>
  report: (message: string) => void
}

/**
 * Answers to what the agent waits for (permissions, questions) and Stop. Each request is answered
 * at most once at a time; the answered request leaves the list when the server's event arrives.
 */
export function createRequests(deps: RequestDeps) {
  const [inFlight, setInFlight] = createSignal<ReadonlySet<string>>(new Set())
  const mark = (id: string, on: boolean) =>
    setInFlight((set) => {
      const next = new Set(set)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  async function run(id: string, task: () => Promise<void>): Promise<boolean> {
    if (inFlight().has(id)) return false
    mark(id, true)
    try {
      await task()
      return true
    } catch (err) {
      deps.report(errorText(err))
      return false
    } finally {
      mark(id, false)
    }
  }

  return {
    /** True while an answer to `id` (or "abort") is on its way. */
    pending: (id: string) => inFlight().has(id),
    replyPermission: (id: string, reply: PermissionReply, message?: string) => run(id, () => deps.replyPermission(id, reply, message)),
    answerQuestion: (id: string, answers: string[][]) => run(id, () => deps.replyQuestion(id, answers)),
    dismissQuestion: (id: string) => run(id, () => deps.rejectQuestion(id)),
    abort: () => run("abort", deps.abort),
  }
}

export type Requests = ReturnType<typeof createRequests>
