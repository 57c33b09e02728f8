import { useParams, type RouteSectionProps } from "@solidjs/router"
import { Show } from "solid-js"
import { decodeDirectory, paths } from "../lib/paths"
import { DirectoryNav } from "../components/DirectoryNav"
import { useTrail } from "../state/breadcrumbs"
import { DirectoryProvider } from "../state/directory"
import { useActiveServer } from "../state/server"

/** Everything under /s/<server>/d/<dir>, keyed by directory so a change disposes its streams. */
export default function DirectoryLayout(props: RouteSectionProps) {
  const params = useParams<{ dir: string }>()
  const active = useActiveServer()
  const trail = useTrail()
  const directory = () => decodeDirectory(params.dir)
  trail.use(() => {
    const dir = directory()
    return dir ? [{ label: dir, href: paths.directory(active.server().id, dir) }] : []
  })
  return (
    <Show when={directory()} keyed fallback={<p role="alert" class="p-4">This link's directory part cannot be read.</p>}>
      {(dir) => (
        <DirectoryProvider directory={dir}>
          <DirectoryNav serverId={active.server().id} directory={dir} />
          {props.children}
        </DirectoryProvider>
      )}
    </Show>
  )
}
