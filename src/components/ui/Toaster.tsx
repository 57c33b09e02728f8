import { For, Show } from "solid-js"
import { useToasts } from "../../state/toasts"

/** Info toasts are polite status messages; errors are alerts and stay until dismissed. */
export function Toaster() {
  const toasts = useToasts()
  return (
    <div class="fixed bottom-4 right-4 z-50 flex w-[min(92vw,24rem)] flex-col gap-2">
      <div role="status" aria-live="polite" class="flex flex-col gap-2">
        <For each={toasts.toasts().filter((t) => t.kind === "info")}>{(toast) => <ToastCard id={toast.id} />}</For>
      </div>
      <div role="alert" aria-live="assertive" class="flex flex-col gap-2">
        <For each={toasts.toasts().filter((t) => t.kind === "error")}>{(toast) => <ToastCard id={toast.id} />}</For>
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
        <div class={`flex items-start gap-3 rounded-lg border p-3 text-sm shadow ${t().kind === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-slate-200 bg-white"}`}>
          <p class="flex-1">{t().message}</p>
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
          <button type="button" class="text-slate-500 hover:text-slate-900" aria-label="Dismiss" onClick={() => toasts.dismiss(props.id)}>
            ✕
          </button>
        </div>
      )}
    </Show>
  )
}
