import { A } from "@solidjs/router"
import { Match, Show, Switch } from "solid-js"
import { useWorkingChanges } from "../../state/files/changes"
import { useViewLinks } from "../../state/routing/view-links"
import { ErrorNote } from "../ui/ErrorNote"
import { DiffView } from "./DiffView"
import { SessionChanges } from "./SessionChanges"

/** The working tree's diff of the directory in scope, or with `sessionId` one session's own changes. */
export function ChangesView(props: { sessionId?: string | undefined }) {
  const links = useViewLinks()
  const fileHref = (path: string) => links.to({ kind: "files", path })
  return (
    <div class="flex min-w-0 flex-col gap-3 p-3">
      <div class="flex flex-wrap items-center gap-2">
        <h1 class="m-0 mr-auto text-lg font-semibold">{props.sessionId ? "Changes by one session" : "Changes"}</h1>
      </div>
      <Show when={props.sessionId} keyed fallback={<WorkingChanges fileHref={fileHref} />}>
        {(id) => (
          <>
            <p class="m-0 text-sm">
              <A href={links.to({ kind: "changes" })}>All uncommitted changes</A>
            </p>
            <SessionChanges sessionId={id} />
          </>
        )}
      </Show>
    </div>
  )
}

function WorkingChanges(props: { fileHref: (path: string) => string }) {
  const work = useWorkingChanges()
  return (
    <section aria-label="Uncommitted changes" class="flex min-w-0 flex-col gap-2">
      <div>
        <button type="button" class="btn" disabled={work.loading()} onClick={() => work.reload()}>
          Refresh
        </button>
      </div>
      <Show when={work.branchError()}>{(error) => <ErrorNote message={error().message} />}</Show>
      <Switch fallback={<p role="status" class="text-sm text-slate-500">Loading changes…</p>}>
        <Match when={work.error()}>{(error) => <ErrorNote message={error().message} onRetry={() => work.reload()} />}</Match>
        <Match when={work.changes()}>
          {(changes) => <DiffView changes={changes()} branch={work.branch()} fileHref={props.fileHref} emptyText="No uncommitted changes." />}
        </Match>
      </Switch>
    </section>
  )
}
