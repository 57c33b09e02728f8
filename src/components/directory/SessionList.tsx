import { createMemo, createSignal, For, Match, Show, Switch } from "solid-js"
import type { Session } from "../../lib/model"
import type { SessionActivity } from "../../lib/directory/session-activity"
import { sessionRows } from "../../lib/directory/session-tree"
import { displayTitle } from "../../lib/directory/session-title"
import { ConfirmDialog } from "../ui/ConfirmDialog"
import { RenameSessionDialog } from "./RenameSessionDialog"
import { SessionRow } from "./SessionRow"
import { ErrorNote } from "../ui/ErrorNote"

export type SessionListProps = {
  sessions: Session[]
  loading: boolean
  error: string | undefined
  activity: (sessionId: string) => SessionActivity
  now: number
  href: (sessionId: string) => string
  /** Opens a session in a new pane; undefined when no more panes fit. */
  onBeside: (sessionId: string) => (() => void) | undefined
  onRetry: () => void
  onCreate: () => void
  onRename: (sessionId: string, title: string) => void
  onDelete: (sessionId: string) => void
  onFork: (sessionId: string) => void
  onArchive: (sessionId: string, archived: boolean) => void
}

/** The list named "Sessions": search by title, archived on request, children under their parent. */
export function SessionList(props: SessionListProps) {
  const [query, setQuery] = createSignal("")
  const [showArchived, setShowArchived] = createSignal(false)
  const [renaming, setRenaming] = createSignal<Session>()
  const [deleting, setDeleting] = createSignal<Session>()
  const rows = createMemo(() => sessionRows(props.sessions, { query: query(), showArchived: showArchived() }))
  return (
    <section aria-labelledby="sessions-title" class="flex flex-col gap-3">
      <div class="flex flex-wrap items-end gap-3">
        <h2 id="sessions-title" class="text-lg font-semibold">
          Sessions
        </h2>
        <button type="button" class="btn-primary ml-auto" onClick={() => props.onCreate()}>
          New session
        </button>
      </div>
      <div class="flex flex-wrap items-center gap-3">
        <input type="search" class="field max-w-xs" aria-label="Search sessions" placeholder="Search by title" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} />
        <label class="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={showArchived()} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          Show archived
        </label>
      </div>
      <Show when={props.error}>{(error) => <ErrorNote message={error()} onRetry={() => props.onRetry()} />}</Show>
      <Switch>
        <Match when={props.loading && props.sessions.length === 0}>
          <p role="status" class="text-sm text-slate-600">
            Loading sessions…
          </p>
        </Match>
        <Match when={rows().length === 0 && !props.error}>
          <p class="text-sm text-slate-600">{props.sessions.length === 0 ? "No sessions in this directory yet." : "No session matches."}</p>
        </Match>
      </Switch>
      <ul aria-label="Sessions" class="divide-y divide-slate-200 rounded border border-slate-200 bg-white empty:hidden">
        <For each={rows()}>
          {(row) => (
            <SessionRow
              row={row}
              href={props.href(row.session.id)}
              activity={props.activity(row.session.id)}
              now={props.now}
              onBeside={props.onBeside(row.session.id)}
              onRename={() => setRenaming(row.session)}
              onDelete={() => setDeleting(row.session)}
              onFork={() => props.onFork(row.session.id)}
              onArchive={(archived) => props.onArchive(row.session.id, archived)}
            />
          )}
        </For>
      </ul>
      <Show when={renaming()}>
        {(session) => (
          <RenameSessionDialog
            initialTitle={displayTitle(session().title)}
            onCancel={() => setRenaming(undefined)}
            onSave={(title) => {
              props.onRename(session().id, title)
              setRenaming(undefined)
            }}
          />
        )}
      </Show>
      <Show when={deleting()}>
        {(session) => (
          <ConfirmDialog
            title="Delete session?"
            confirmLabel="Delete"
            danger
            onCancel={() => setDeleting(undefined)}
            onConfirm={() => {
              props.onDelete(session().id)
              setDeleting(undefined)
            }}
          >
            <p>
              “{displayTitle(session().title)}” and all its messages will be deleted from the server. This cannot be undone.
            </p>
          </ConfirmDialog>
        )}
      </Show>
    </section>
  )
}
