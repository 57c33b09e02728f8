import { createUniqueId } from "solid-js"
import { useSessionActions } from "../../state/chat/session-actions"

/**
 * "Auto-accept edits" for this session. It is a permission rule stored on the server, so it holds
 * with this tab closed and for every other client of the server; the note says so (on a phone,
 * where room is short, only while it is on; the checkbox keeps it as its description).
 */
export function AutoAcceptToggle(props: { serverName: string }) {
  const actions = useSessionActions()
  const noteId = createUniqueId()
  return (
    <span class="flex min-w-0 flex-wrap items-center gap-1 text-xs text-slate-600">
      <label class="flex items-center gap-1">
        <input type="checkbox" aria-describedby={noteId} checked={actions.autoAccept()} disabled={actions.running("auto-accept")} onChange={(e) => void actions.setAutoAccept(e.currentTarget.checked)} />
        Auto-accept edits
      </label>
      <span id={noteId} class={actions.autoAccept() ? "font-medium text-amber-800" : "hidden text-slate-500 md:inline"}>
        (applies on {props.serverName}: file edits in this session run without asking, for every client of that server)
      </span>
    </span>
  )
}
