import { Show } from "solid-js"
import { revertedCount } from "../../lib/chat/conversation"
import { useChat } from "../../state/chat/chat"
import { useSessionActions } from "../../state/chat/session-actions"

/** While the session is reverted: what was undone, and "Restore" until the next prompt makes it final. */
export function RevertNotice() {
  const chat = useChat()
  const actions = useSessionActions()
  const revert = () => chat.data.session(chat.sessionId)?.revert
  const hidden = () => revertedCount(chat.data.messages(chat.sessionId), revert())
  return (
    <Show when={revert()}>
      <div role="status" class="flex flex-wrap items-center gap-2 border-t border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
        <span class="flex-1">
          Reverted: {hidden() === 1 ? "1 message" : `${hidden()} messages`} and their file changes are undone. Sending a prompt makes this final.
        </span>
        <button type="button" class="btn" disabled={actions.running("restore") || actions.running("revert")} onClick={() => void actions.restore()}>
          Restore
        </button>
      </div>
    </Show>
  )
}
