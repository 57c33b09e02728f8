import { createMemo, For, Show } from "solid-js"
import { shortcutLabel } from "../../lib/keys/shortcut"
import { ACTIONS } from "../../state/commands/catalogue"
import { useAction, useActions } from "../../state/commands/actions"
import { useChat } from "../../state/chat/chat"
import { PermissionCard } from "./PermissionCard"
import { QuestionCard } from "./QuestionCard"

/**
 * What the agent waits for, kept in view between the messages and the prompt. A new request is
 * announced (politely: whoever is typing keeps focus) with the one shortcut that reaches it. Once
 * answered, the card goes away, so focus goes back to the prompt rather than to the page.
 */
export function RequestDock() {
  const chat = useChat()
  const actions = useActions()
  const permissions = () => chat.data.permissions(chat.sessionId)
  const questions = () => chat.data.questions(chat.sessionId)
  let dock: HTMLDivElement | undefined
  const key = shortcutLabel(ACTIONS.answerAgent.shortcut, actions.mac)
  const announcement = createMemo(() => {
    const p = permissions()[0]
    if (p) return `The agent asks permission: ${p.permission}. Press ${key} to answer.`
    if (questions().length > 0) return `The agent asks you a question. Press ${key} to answer.`
    return ""
  })
  useAction({ ...ACTIONS.answerAgent, run: () => dock?.querySelector<HTMLElement>("button:not([disabled]), input")?.focus() })
  const thenFocus = (answered: Promise<boolean>) => void answered.then((ok) => ok && chat.tools.focus())
  return (
    <>
      <p role="status" aria-live="polite" class="sr-only">
        {announcement()}
      </p>
      <Show when={permissions().length + questions().length > 0}>
        <div ref={(el) => (dock = el)} aria-label="Waiting for you" role="region" class="flex max-h-[45vh] flex-col gap-2 overflow-y-auto border-t border-slate-200 bg-slate-50 p-3">
          <For each={permissions()}>
            {(request) => <PermissionCard request={request} busy={chat.requests.pending(request.id)} onReply={(reply, message) => thenFocus(chat.requests.replyPermission(request.id, reply, message))} />}
          </For>
          <For each={questions()}>
            {(request) => (
              <QuestionCard
                request={request}
                busy={chat.requests.pending(request.id)}
                onAnswer={(answers) => thenFocus(chat.requests.answerQuestion(request.id, answers))}
                onDismiss={() => thenFocus(chat.requests.dismissQuestion(request.id))}
              />
            )}
          </For>
        </div>
      </Show>
    </>
  )
}
