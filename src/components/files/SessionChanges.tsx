import { createUniqueId, For, Match, Show, Switch } from "solid-js"
import { plural } from "../../lib/files/diff"
import type { TurnChanges } from "../../lib/files/session-diff"
import { useLiveSessionChanges } from "../../state/files/live-session-changes"
import { useViewLinks } from "../../state/routing/view-links"
import { DiffView } from "./DiffView"
import { ErrorNote } from "../ui/ErrorNote"

/**
 * What one session changed, turn by turn, kept current while its agent edits; for the changes
 * page and for docking beside the session's chat.
 */
export function SessionChanges(props: { sessionId: string }) {
  const links = useViewLinks()
  const diff = useLiveSessionChanges(() => props.sessionId)
  const headingId = createUniqueId()
  const fileHref = (path: string) => links.to({ kind: "files", path })
  return (
    <section aria-labelledby={headingId} class="flex min-w-0 flex-col gap-3">
      <div class="flex flex-wrap items-center gap-2">
        <h2 id={headingId} class="m-0 text-base font-semibold">
          Session changes
        </h2>
        <button type="button" class="btn py-0.5" disabled={diff.loading()} onClick={() => diff.reload()}>
          Refresh session changes
        </button>
      </div>
      <Switch fallback={<p role="status" class="text-sm text-slate-500">Loading the session's changes…</p>}>
        <Match when={diff.error()}>{(error) => <ErrorNote message={error().message} onRetry={() => diff.reload()} />}</Match>
        <Match when={diff.turns()}>
          {(turns) => (
            <Show when={turns().length > 0} fallback={<p class="m-0 text-sm text-slate-600">This session has not changed any files.</p>}>
              <p class="m-0 text-sm text-slate-700">Changes from {plural(turns().length, "turn")} of this session, newest last.</p>
              <For each={turns()}>{(turn, i) => <Turn turn={turn} index={i() + 1} fileHref={fileHref} />}</For>
            </Show>
          )}
        </Match>
      </Switch>
    </section>
  )
}

function Turn(props: { turn: TurnChanges; index: number; fileHref: (path: string) => string }) {
  const headingId = createUniqueId()
  const title = () => (props.turn.messageId === "" ? "The whole session" : `Turn ${props.index}${props.turn.prompt ? `: ${props.turn.prompt}` : ""}`)
  return (
    <section aria-labelledby={headingId} class="flex min-w-0 flex-col gap-2">
      <h3 id={headingId} class="m-0 break-words text-sm font-semibold">
        {title()}
      </h3>
      <DiffView changes={props.turn.changes} headingLevel={4} fileHref={props.fileHref} emptyText="No files changed in this turn." />
    </section>
  )
}
