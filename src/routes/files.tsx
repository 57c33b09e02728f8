import { useNavigate, useParams } from "@solidjs/router"
import { FilesView } from "../components/files/FilesView"
import { decodeFilePath } from "../lib/files/file-path"
import { links } from "../lib/routing/links"
import { useTrail } from "../state/breadcrumbs"
import { useDirectory } from "../state/directory/active-directory"
import { useActiveServer } from "../state/connection/active-server"

/** /s/:serverId/d/:dir/file/*path — the tree on the left, the file of the link on the right. */
export default function FilesPage() {
  const params = useParams<{ path?: string }>()
  const active = useActiveServer()
  const dir = useDirectory()
  const navigate = useNavigate()
  const decoded = () => decodeFilePath(params.path ?? "")
  const path = () => decoded() || undefined
  useTrail().use(() => [
    { label: dir.directory(), href: links.directory(active.server().id, dir.directory()) },
    { label: "Files", href: links.files(active.server().id, dir.directory()) },
    ...(path() ? [{ label: path() ?? "" }] : []),
  ])
  return <FilesView path={path()} broken={decoded() === undefined} onOpen={(p) => navigate(links.file(active.server().id, dir.directory(), p))} />
}
