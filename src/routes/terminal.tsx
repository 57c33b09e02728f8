import { TerminalWorkspace } from "../components/terminal/TerminalWorkspace"
import { links } from "../lib/routing/links"
import { useTrail } from "../state/breadcrumbs"
import { useDirectory } from "../state/directory/active-directory"
import { useActiveServer } from "../state/connection/active-server"
import { TerminalsProvider } from "../state/terminal/terminals"

/** /s/:serverId/d/:dir/terminal — the directory's terminals; leaving detaches, the shells keep running. */
export default function TerminalPage() {
  const active = useActiveServer()
  const dir = useDirectory()
  useTrail().use(() => [{ label: dir.directory(), href: links.directory(active.server().id, dir.directory()) }, { label: "Terminal" }])
  return (
    <TerminalsProvider>
      <TerminalWorkspace directory={dir.directory()} />
    </TerminalsProvider>
  )
}
