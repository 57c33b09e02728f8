import { createUniqueId, Show } from "solid-js"
import { useNotifier } from "../../state/fleet/notifier"

/** "Notify me": the browser is asked only on this click; sound stays off unless ticked. */
export function NotifyControl() {
  const notifier = useNotifier()
  const soundId = createUniqueId()
  return (
    <div class="flex flex-wrap items-center gap-3 text-sm">
      <Show
        when={notifier.active()}
        fallback={
          <button type="button" class="btn" onClick={() => void notifier.enable()}>
            Notify me
          </button>
        }
      >
        <span class="text-green-800">Notifications on</span>
        <button type="button" class="btn" onClick={() => notifier.disable()}>
          Stop notifications
        </button>
      </Show>
      <Show when={notifier.permission() === "denied"}>
        <span role="status" class="text-xs text-red-800">
          Blocked by the browser: allow notifications for this site, then press "Notify me".
        </span>
      </Show>
      <label for={soundId} class="flex items-center gap-1">
        <input id={soundId} type="checkbox" checked={notifier.settings().sound} onChange={(e) => notifier.setSound(e.currentTarget.checked)} />
        Play a sound
      </label>
    </div>
  )
}
