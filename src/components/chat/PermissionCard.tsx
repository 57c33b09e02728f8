import { createMemo, createSignal, createUniqueId, Show } from "solid-js"
import { permissionSummary } from "../../lib/chat/format"
import { toolDiffs } from "../../lib/chat/tool-diff"
import { ToolDiffs } from "./ToolDiffs"
import type { PermissionRequest } from "../../lib/model"
import { useChat } from "../../state/chat/chat"

/** The agent asks before it acts: allow this once, always (for the listed patterns), or reject with a reason. */
export function PermissionCard(props: { request: PermissionRequest }) {
  const chat = useChat()
  const [message, setMessage] = createSignal("")
  const titleId = createUniqueId()
  const fieldId = createUniqueId()
  const busy = () => chat.requests.pending(props.request.id)
  const diffs = createMemo(() => toolDiffs(props.request.permission, props.request.metadata))
  return (
    <section aria-labelledby={titleId} class="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <h3 id={titleId} class="m-0 text-sm font-semibold text-amber-900">
        Permission needed: {props.request.permission}
      </h3>
      <pre class="mono my-2 overflow-x-auto whitespace-pre-wrap rounded bg-white p-2 text-xs">{permissionSummary(props.request)}</pre>
      <Show when={diffs().length > 0}>
        <div class="mb-2 rounded bg-white">
          <ToolDiffs diffs={diffs()} />
        </div>
      </Show>
      <Show when={props.request.always.length > 0}>
        <p class="m-0 mb-2 text-xs text-amber-900">"Always allow" covers: {props.request.always.join(", ")}</p>
      </Show>
      <div class="flex flex-wrap items-end gap-2">
        <button type="button" class="btn-primary" disabled={busy()} onClick={() => void chat.requests.replyPermission(props.request.id, "once")}>
          Allow once
        </button>
        <button type="button" class="btn" disabled={busy()} onClick={() => void chat.requests.replyPermission(props.request.id, "always")}>
          Always allow
        </button>
        <div class="min-w-48 flex-1">
          <label for={fieldId} class="label text-xs">
            Reject message (optional)
          </label>
          <input id={fieldId} class="field" value={message()} onInput={(e) => setMessage(e.currentTarget.value)} />
        </div>
        <button type="button" class="btn-danger" disabled={busy()} onClick={() => void chat.requests.replyPermission(props.request.id, "reject", message().trim() || undefined)}>
          Reject
        </button>
      </div>
    </section>
  )
}
