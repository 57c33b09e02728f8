import { createUniqueId, Show } from "solid-js"
import { effectiveModel, findModel } from "../../lib/chat/models"
import { useChat } from "../../state/chat/chat"
import { AgentPicker } from "./AgentPicker"
import { AutoAcceptToggle } from "./AutoAcceptToggle"
import { ModelPicker } from "./ModelPicker"
import { VariantPicker } from "./VariantPicker"

/** The prompt: Enter sends, Shift+Enter starts a new line; Stop while the agent works. */
export function Composer(props: { serverName: string }) {
  const chat = useChat()
  const variants = () => findModel(chat.pickers.models().items, effectiveModel(chat.pickers.model(), chat.data.session(chat.sessionId)))?.variants ?? []
  const id = createUniqueId()
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
      <textarea
        ref={(el) => (textarea = el)}
        id={id}
        class="field min-h-16 resize-y"
        rows={3}
        placeholder="Ask the agent… (Enter sends, Shift+Enter for a new line)"
        value={chat.composer.draft()}
        onInput={(e) => chat.composer.setDraft(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <div class="flex flex-wrap items-center gap-3">
        <ModelPicker />
        <VariantPicker variants={variants()} value={chat.pickers.variant()} onChange={(v) => chat.pickers.setVariant(v)} />
        <AgentPicker />
        <AutoAcceptToggle serverName={props.serverName} />
        <span class="flex-1" />
        <Show when={chat.busy()}>
          <button type="button" class="btn-danger" disabled={chat.requests.pending("abort")} onClick={() => void chat.requests.abort()}>
            Stop
          </button>
        </Show>
        <button type="submit" class="btn-primary" disabled={chat.composer.sending() || chat.composer.draft().trim() === ""}>
          Send
        </button>
      </div>
    </form>
  )
}
