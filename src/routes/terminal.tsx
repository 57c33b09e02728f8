import { TerminalWorkspace } from "../components/terminal/TerminalWorkspace"
import { paths } from "../lib/paths"
import { useTrail } from "../state/breadcrumbs"
import { useDirectory } from "../state/directory"
import { useActiveServer } from "../state/server"
import { TerminalsProvider } from "../state/terminals"

/** /s/:serverId/d/:dir/terminal — the directory's terminals; leaving detaches, the shells keep running. */
export default function TerminalPage() {
  const active = useActiveServer()
  const dir = useDirectory()
  useTrail().use(() => [{ label: dir.directory(), href: paths.directory(active.server().id, dir.directory()) }, { label: "Terminal" }])
  return (
    <TerminalsProvider>
      <TerminalWorkspace directory={dir.directory()} />
    </TerminalsProvider>
  )
}
