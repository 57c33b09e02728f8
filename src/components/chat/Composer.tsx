import { createUniqueId, Show } from "solid-js"
import { useChat } from "../../state/chat/chat"
import { AgentPicker } from "./AgentPicker"
import { ModelPicker } from "./ModelPicker"

/** The prompt: Enter sends, Shift+Enter starts a new line; Stop while the agent works. */
export function Composer() {
  const chat = useChat()
  const id = createUniqueId()
  // The list is complete once loaded (children and archived included): not in it means no such session.
  const unknown = () => chat.data.sessionsLoad().state === "ready" && chat.data.session(chat.sessionId) === undefined
  let textarea: HTMLTextAreaElement | undefined
  const submit = async () => {
    await chat.composer.submit()
    textarea?.focus()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Enter" || e.shiftKey || e.isComposing) return
    e.preventDefault()
    void submit()
  }
  return (
    <form
      class="flex flex-col gap-2 border-t border-slate-200 bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <label for={id} class="sr-only">
        Prompt
      </label>
      <Show when={unknown()}>
        <p role="alert" class="m-0 text-sm text-red-700">
          There is no session {chat.sessionId} in this directory (deleted, or opened from another directory): nothing can be sent to it.
        </p>
      </Show>
      <textarea
        ref={(el) => (textarea = el)}
        id={id}
        class="field min-h-12 resize-y disabled:opacity-60"
        rows={2}
        placeholder="Ask the agent… (Enter sends, Shift+Enter for a new line)"
        value={chat.composer.draft()}
        disabled={unknown()}
        onInput={(e) => chat.composer.setDraft(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="flex flex-wrap items-center gap-3">
        <ModelPicker />
        <AgentPicker />
        <span class="flex-1" />
        <Show when={chat.busy()}>
          <button type="button" class="btn-danger" disabled={chat.requests.pending("abort")} onClick={() => void chat.requests.abort()}>
            Stop
          </button>
        </Show>
        <button type="submit" class="btn-primary" disabled={unknown() || chat.composer.sending() || chat.composer.draft().trim() === ""}>
          Send
        </button>
      </div>
    </form>
  )
}
