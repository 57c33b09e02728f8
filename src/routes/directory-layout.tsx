import { useLocation, useNavigate, useParams, type RouteSectionProps } from "@solidjs/router"
import { createSignal, onMount, Show } from "solid-js"
import { decodeDirectory, links } from "../lib/routing/links"
import { DirectoryActions } from "../components/directory/DirectoryActions"
import { paneOfLink } from "../lib/routing/panes"
import { DirectoryNav } from "../components/directory/DirectoryNav"
import { QuickOpen } from "../components/files/QuickOpen"
import { StreamIndicator } from "../components/directory/StreamIndicator"
import { useTrail } from "../state/breadcrumbs"
import { DirectoryProvider } from "../state/directory/active-directory"
import { DirectoryDataProvider, useDirectoryData } from "../state/directory/provider"
import { createRecentDirs } from "../state/directory/recent-dirs"
import { useBrowserStores } from "../state/browser-stores"
import { useActiveServer } from "../state/connection/active-server"
import { pageViewLinks, ViewLinksProvider } from "../state/routing/view-links"
import { useToasts } from "../state/toasts"
import { errorText } from "../lib/error-text"

/** Everything under /s/<server>/d/<dir>, keyed by directory so a change disposes its streams. */
export default function DirectoryLayout(props: RouteSectionProps) {
  const params = useParams<{ dir: string }>()
  const location = useLocation()
  const active = useActiveServer()
  const trail = useTrail()
  const directory = () => decodeDirectory(params.dir)
  // A directory's pages lead to its sessions: the session page's code loads while the person
  // looks, so opening a session waits only for its messages.
  onMount(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200))
    idle(() => void import("./session").catch(() => undefined))
  })
  trail.use(() => {
    const dir = directory()
    return dir ? [{ label: dir, href: links.directory(active.server().id, dir) }] : []
  })
  return (
    <Show when={directory()} keyed fallback={<p role="alert" class="p-4">This link's directory part cannot be read.</p>}>
      {(dir) => (
        <DirectoryProvider directory={dir}>
          <DirectoryDataProvider>
            <ViewLinksProvider value={pageViewLinks({ serverId: active.server().id, serverUrl: () => active.server().url, directory: dir, current: () => paneOfLink(location.pathname, location.search) })}>
              <DirectoryBar />
              <DirectoryActions />
              <DirectoryNav serverId={active.server().id} directory={dir} />
              {props.children}
            </ViewLinksProvider>
          </DirectoryDataProvider>
        </DirectoryProvider>
      )}
    </Show>
  )
}

/**
 * The directory's stream state, Quick open (Ctrl+P works on every view of the directory) and
 * "Close directory"; opening a directory also files it under recent ones.
 */
function DirectoryBar() {
  const data = useDirectoryData()
  const active = useActiveServer()
  const toasts = useToasts()
  const navigate = useNavigate()
  const [closing, setClosing] = createSignal(false)
  const recent = createRecentDirs(active.server().id, useBrowserStores().kv)
  onMount(() => void recent.remember(data.directory()))
  const close = async () => {
    setClosing(true)
    try {
      await data.dispose()
      toasts.push({ kind: "info", message: `Closed ${data.directory()} on ${active.server().name}; its sessions stay.` })
      navigate(links.server(active.server().id))
    } catch (err) {
      toasts.push({ kind: "error", message: errorText(err) })
    } finally {
      setClosing(false)
    }
  }
  return (
    <div class="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-slate-50 px-3 py-1.5">
      <span class="mono min-w-0 flex-1 truncate text-sm text-slate-700" title={data.directory()}>
        {data.directory()}
      </span>
      <QuickOpen onPick={(path) => navigate(links.file(active.server().id, data.directory(), path))} />
      <StreamIndicator state={data.streamState()} now={data.now()} serverName={active.server().name} onReconnect={data.reconnect} />
      <button type="button" class="btn py-0.5 text-xs" disabled={closing()} onClick={() => void close()}>
        Close directory
      </button>
    </div>
  )
}
