import { A, useSearchParams } from "@solidjs/router"
import { Match, Show, Switch } from "solid-js"
import { DiffView } from "../components/files/DiffView"
import { ErrorNote } from "../components/ui/ErrorNote"
import { SessionChanges } from "../components/files/SessionChanges"
import { links } from "../lib/routing/links"
import { useTrail } from "../state/breadcrumbs"
import { useWorkingChanges } from "../state/files/changes"
import { useDirectory } from "../state/directory/active-directory"
import { useActiveServer } from "../state/connection/active-server"

/** /s/:serverId/d/:dir/changes — the working tree's diff, or with `?session=<id>` one session's. */
export default function ChangesPage() {
  const [search] = useSearchParams<{ session?: string }>()
  const active = useActiveServer()
  const dir = useDirectory()
  const sessionId = () => (typeof search.session === "string" && search.session !== "" ? search.session : undefined)
  const changesHref = () => links.changes(active.server().id, dir.directory())
  useTrail().use(() => [
    { label: dir.directory(), href: links.directory(active.server().id, dir.directory()) },
    { label: "Changes", href: changesHref() },
    ...(sessionId() ? [{ label: `Session ${sessionId() ?? ""}` }] : []),
  ])
  const fileHref = (path: string) => links.file(active.server().id, dir.directory(), path)

  return (
    <div class="flex min-w-0 flex-col gap-3 p-3">
      <div class="flex flex-wrap items-center gap-2">
        <h1 class="m-0 mr-auto text-lg font-semibold">{sessionId() ? "Changes by one session" : "Changes"}</h1>
      </div>
      <Show when={sessionId()} keyed fallback={<WorkingChanges fileHref={fileHref} />}>
        {(id) => (
          <>
            <p class="m-0 text-sm">
              <A href={changesHref()}>All uncommitted changes</A>
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
