import { Show } from "solid-js"

/** A failure said in words, with a way to try again. */
export function ErrorNote(props: { message: string; onRetry?: () => void; retryLabel?: string }) {
  return (
    <div role="alert" class="flex flex-wrap items-center gap-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <span class="min-w-0 break-words">{props.message}</span>
      <Show when={props.onRetry}>
        {(retry) => (
          <button type="button" class="btn py-0.5" onClick={() => retry()()}>
            {props.retryLabel ?? "Retry"}
          </button>
        )}
      </Show>
    </div>
  )
}
