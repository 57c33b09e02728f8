import { For, Show } from "solid-js"
import { useChat } from "../../state/chat/chat"
import { PermissionCard } from "./PermissionCard"
import { QuestionCard } from "./QuestionCard"

/** What the agent waits for, kept in view between the messages and the prompt. */
export function RequestDock() {
  const chat = useChat()
  const permissions = () => chat.data.permissions(chat.sessionId)
  const questions = () => chat.data.questions(chat.sessionId)
  return (
    <Show when={permissions().length + questions().length > 0}>
      <div aria-label="Waiting for you" role="region" class="flex max-h-[45vh] flex-col gap-2 overflow-y-auto border-t border-slate-200 bg-slate-50 p-3">
        <For each={permissions()}>
          {(request) => <PermissionCard request={request} busy={chat.requests.pending(request.id)} onReply={(reply, message) => void chat.requests.replyPermission(request.id, reply, message)} />}
        </For>
        <For each={questions()}>
          {(request) => (
            <QuestionCard
              request={request}
              busy={chat.requests.pending(request.id)}
              onAnswer={(answers) => void chat.requests.answerQuestion(request.id, answers)}
              onDismiss={() => void chat.requests.dismissQuestion(request.id)}
            />
          )}
        </For>
      </div>
    </Show>
  )
}
