import { useSearchParams } from "@solidjs/router"
import { ChangesView } from "../components/files/ChangesView"
import { links } from "../lib/routing/links"
import { useTrail } from "../state/breadcrumbs"
import { useDirectory } from "../state/directory/active-directory"
import { useActiveServer } from "../state/connection/active-server"

/** /s/:serverId/d/:dir/changes — the working tree's diff, or with `?session=<id>` one session's. */
export default function ChangesPage() {
  const [search] = useSearchParams<{ session?: string }>()
  const active = useActiveServer()
  const dir = useDirectory()
  const sessionId = () => (typeof search.session === "string" && search.session !== "" ? search.session : undefined)
  useTrail().use(() => [
    { label: dir.directory(), href: links.directory(active.server().id, dir.directory()) },
    { label: "Changes", href: links.changes(active.server().id, dir.directory()) },
    ...(sessionId() ? [{ label: `Session ${sessionId() ?? ""}` }] : []),
  ])
  return <ChangesView sessionId={sessionId()} />
}
