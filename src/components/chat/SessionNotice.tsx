import { Match, Switch } from "solid-js"
import { formatCountdown } from "../../lib/chat/format"
import { errorMessage } from "../../lib/model"
import { useChat } from "../../state/chat/chat"

/** A retrying session (attempt, next try, a way to stop) or the last error from the model or provider. */
export function SessionNotice() {
  const chat = useChat()
  const status = () => chat.data.status(chat.sessionId)
  const retry = () => {
    const s = status()
    return s.type === "retry" ? s : undefined
  }
  const error = () => {
    const e = chat.data.error(chat.sessionId)
    return e && e.name !== "MessageAbortedError" ? e : undefined
  }
  return (
    <Switch>
      <Match when={retry()}>
        {(r) => (
          <div role="status" class="flex flex-wrap items-center gap-2 border-t border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
            <span class="flex-1">
              Retrying (attempt {r().attempt}), next try {formatCountdown(r().next, chat.data.now())}: {r().message}
            </span>
            <button type="button" class="btn" disabled={chat.requests.pending("abort")} onClick={() => void chat.requests.abort()}>
              Stop retrying
            </button>
          </div>
        )}
      </Match>
      <Match when={error()}>
        {(e) => (
          <p role="alert" class="m-0 border-t border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800">
            The model or provider failed: {errorMessage(e())}
          </p>
        )}
      </Match>
    </Switch>
  )
}
