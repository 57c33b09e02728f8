import { Show } from "solid-js"
import { useAppUpdate } from "../../state/pwa/app-update"

/** Offers the newer deployment once its worker is ready; the page reloads into it on request. */
export function UpdateNotice() {
  const update = useAppUpdate()
  return (
    <>
      <Show when={update.problem()}>
        {(problem) => (
          <p role="note" class="shrink-0 border-b border-slate-200 bg-slate-50 px-4 py-1.5 text-sm text-slate-600">
            {problem()}
          </p>
        )}
      </Show>
      <Show when={update.available()}>
      <div role="status" class="flex shrink-0 flex-wrap items-center gap-3 border-b border-blue-200 bg-blue-50 px-4 py-1.5 text-sm text-blue-900">
        <p class="min-w-0 flex-1">A new version of the portal is ready.</p>
        <button type="button" class="btn-primary py-0.5" onClick={() => update.apply()}>
          Reload to update
        </button>
      </div>
      </Show>
    </>
  )
}
