import { For, Show } from "solid-js"
import { useToasts } from "../../state/toasts"

/** The newest few are shown; older ones wait their turn rather than grow the stack. */
const SHOWN = 3

/**
 * Toasts sit in the page flow above the view (never over it), so they cannot cover Send or Stop.
 * Info toasts are polite status messages; errors are alerts and stay until dismissed.
 */
export function Toaster() {
  const toasts = useToasts()
  const shown = (kind: "info" | "error") => toasts.toasts().filter((t) => t.kind === kind).slice(-SHOWN)
  return (
    <div class="flex shrink-0 flex-col">
      <div role="status" aria-live="polite" class="flex flex-col">
        <For each={shown("info")}>{(toast) => <ToastCard id={toast.id} />}</For>
      </div>
      <div role="alert" aria-live="assertive" class="flex flex-col">
        <For each={shown("error")}>{(toast) => <ToastCard id={toast.id} />}</For>
      </div>
    </div>
  )
}

function ToastCard(props: { id: number }) {
  const toasts = useToasts()
  const toast = () => toasts.toasts().find((t) => t.id === props.id)
  return (
    <Show when={toast()}>
      {(t) => (
        <div class={`flex items-center gap-3 border-b px-4 py-1.5 text-sm ${t().kind === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-blue-200 bg-blue-50 text-blue-900"}`}>
          <p class="min-w-0 flex-1 break-words">{t().message}</p>
          <Show when={t().action}>
            {(action) => (
              <button
                type="button"
                class="btn py-0.5"
                onClick={() => {
                  action().run()
                  toasts.dismiss(props.id)
                }}
              >
                {action().label}
              </button>
            )}
          </Show>
          <button type="button" class="rounded px-1 text-slate-600 hover:text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600" aria-label="Dismiss" onClick={() => toasts.dismiss(props.id)}>
            ✕
          </button>
        </div>
      )}
    </Show>
  )
}
