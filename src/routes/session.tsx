import { useParams, useSearchParams } from "@solidjs/router"
import { Show } from "solid-js"
import { SessionSidebar } from "../components/chat/SessionSidebar"
import { SessionView } from "../components/chat/SessionView"
import { links } from "../lib/routing/links"
import { displayTitle } from "../lib/directory/session-title"
import { readDock } from "../lib/routing/panes"
import { useTrail } from "../state/breadcrumbs"
import { useDirectory } from "../state/directory/active-directory"
import { useDirectoryData } from "../state/directory/provider"
import { useActiveServer } from "../state/connection/active-server"

/** /s/<server>/d/<dir>/session/<id>[?dock=changes]: one session's chat, keyed by id so a switch starts clean. */
export default function SessionPage() {
  const params = useParams<{ sessionId: string }>()
  const [search] = useSearchParams<{ dock?: string }>()
  const active = useActiveServer()
  const dir = useDirectory()
  const data = useDirectoryData()
  const dock = () => readDock(typeof search.dock === "string" ? search.dock : undefined)
  useTrail().use(() => [{ label: dir.directory(), href: links.directory(active.server().id, dir.directory()) }, { label: displayTitle(data.session(params.sessionId)?.title ?? "Session") }])
  return (
    <div class="flex min-h-72 flex-1">
      <SessionSidebar currentId={params.sessionId} href={(id) => links.session(active.server().id, dir.directory(), id)} />
      <Show when={params.sessionId} keyed>
        {(id) => <SessionView sessionId={id} dock={dock()} class="min-w-0 flex-1" />}
      </Show>
    </div>
  )
}
