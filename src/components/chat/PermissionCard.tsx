import { createSignal, createUniqueId, For, Show, type JSX } from "solid-js"
import { permissionEdit, permissionSummary } from "../../lib/chat/permission-text"
import { parsePatch } from "../../lib/files/diff"
import type { PermissionRequest } from "../../lib/model"
import type { PermissionReply } from "../../state/chat/requests"
import { ErrorNote } from "../ui/ErrorNote"
import { DiffLines } from "../files/DiffLines"

/** Enough of an edit's diff to judge it; the session page shows the rest. */
const DIFF_LINES = 200

export type PermissionCardProps = {
  request: PermissionRequest
  busy: boolean
  onReply: (reply: PermissionReply, message?: string) => void
  /** Why the last answer failed, shown in place. */
  failure?: string | undefined
  /** Where the request comes from (server, directory, session), above the ask. */
  children?: JSX.Element
}

/** The agent asks before it acts: allow this once, always (for the listed patterns), or reject with a reason. */
export function PermissionCard(props: PermissionCardProps) {
  const [message, setMessage] = createSignal("")
  const titleId = createUniqueId()
  const fieldId = createUniqueId()
  const edit = () => permissionEdit(props.request)
  return (
    <section aria-labelledby={titleId} class="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <h3 id={titleId} class="m-0 text-sm font-semibold text-amber-900">
        Permission needed: {props.request.permission}
      </h3>
      {props.children}
      <Show when={edit()} fallback={<pre class="mono my-2 overflow-x-auto whitespace-pre-wrap rounded bg-white p-2 text-xs">{permissionSummary(props.request)}</pre>}>
        {(change) => (
          <div class="my-2 overflow-hidden rounded border border-slate-200 bg-white">
            <p class="mono m-0 border-b border-slate-200 px-2 py-1 text-xs">{change().file}</p>
            <For each={parsePatch(change().diff).hunks}>{(hunk) => <DiffLines hunk={hunk} budget={DIFF_LINES} />}</For>
          </div>
        )}
      </Show>
      <Show when={props.request.always.length > 0}>
        <p class="m-0 mb-2 text-xs text-amber-900">"Always allow" covers: {props.request.always.join(", ")}</p>
      </Show>
      <div class="flex flex-wrap items-end gap-2">
        <button type="button" class="btn-primary" disabled={props.busy} onClick={() => props.onReply("once")}>
          Allow once
        </button>
        <button type="button" class="btn" disabled={props.busy} onClick={() => props.onReply("always")}>
          Always allow
        </button>
        <div class="min-w-48 flex-1">
          <label for={fieldId} class="label text-xs">
            Reject message (optional)
          </label>
          <input id={fieldId} class="field" value={message()} onInput={(e) => setMessage(e.currentTarget.value)} />
        </div>
        <button type="button" class="btn-danger" disabled={props.busy} onClick={() => props.onReply("reject", message().trim() || undefined)}>
          Reject
        </button>
      </div>
      <Show when={props.failure}>{(failure) => <ErrorNote message={failure()} />}</Show>
    </section>
  )
}
