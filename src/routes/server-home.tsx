import { useLocation, useNavigate } from "@solidjs/router"
import { onMount, Show } from "solid-js"
import { links } from "../lib/routing/links"
import { DirectoryPicker } from "../components/directory/DirectoryPicker"
import { DirectorySessions } from "../components/directory/DirectorySessions"
import { PageHeading } from "../components/ui/PageHeading"
import { StreamIndicator } from "../components/directory/StreamIndicator"
import { DirectoryProvider } from "../state/directory/active-directory"
import { DirectoryDataProvider, useDirectoryData } from "../state/directory/provider"
import { useActiveServer } from "../state/connection/active-server"
import { createServerHome } from "../state/directory/server-home"
import { createServerFolders } from "../state/directory/server-folders"
import { pageViewLinks, ViewLinksProvider } from "../state/routing/view-links"

/** A server's home: one directory picker, and the sessions of the server's own directory. */
export default function ServerHome() {
  const active = useActiveServer()
  const home = createServerHome()
  const folders = createServerFolders()
  const navigate = useNavigate()
  const dirHref = (dir: string) => links.directory(active.server().id, dir)
  const problem = () => [home.projects.error(), home.recent.error(), home.home.error()].filter(Boolean).join(" ") || undefined
  // "Open a directory" from the palette lands in the path field; any other arrival at the heading.
  const location = useLocation<{ focus?: string }>()
  const toField = location.state?.focus === "open-directory"
  let field: HTMLInputElement | undefined
  onMount(() => toField && field?.focus())
  return (
    <section class="flex w-full max-w-5xl flex-col gap-6 p-4" aria-labelledby="server-home-title">
      <header>
        <PageHeading id="server-home-title" class="text-xl font-semibold" focus={!toField}>
          {active.server().name}
        </PageHeading>
        <p class="mono break-all text-sm text-slate-500">{active.server().url}</p>
      </header>
      <DirectoryPicker
        fieldRef={(el) => (field = el)}
        serverName={active.server().name}
        projects={(home.projects.value() ?? []).map((p) => p.worktree)}
        recent={home.recent.list().map((r) => r.directory)}
        serverDirectory={home.defaultDirectory()}
        folders={folders.folders()}
        onType={folders.query}
        check={home.check}
        onOpen={(dir) => navigate(dirHref(dir))}
        problem={problem()}
      />
      <Show when={home.defaultDirectory()} keyed>
        {(dir) => (
          <DirectoryProvider directory={dir}>
            <DirectoryDataProvider>
              <ViewLinksProvider value={pageViewLinks({ serverId: active.server().id, serverUrl: () => active.server().url, directory: dir, current: () => undefined })}>
                <DefaultDirectory serverName={active.server().name} href={dirHref(dir)} />
              </ViewLinksProvider>
            </DirectoryDataProvider>
          </DirectoryProvider>
        )}
      </Show>
    </section>
  )
}

/** The server's own working directory, with its live sessions. */
function DefaultDirectory(props: { serverName: string; href: string }) {
  const data = useDirectoryData()
  return (
    <div class="flex flex-col gap-2">
      <div class="flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <span class="min-w-0 break-all">
          Sessions in the server's directory <a href={props.href} class="mono">{data.directory()}</a>
        </span>
        <StreamIndicator state={data.streamState()} now={data.now()} serverName={props.serverName} onReconnect={data.reconnect} />
      </div>
      <DirectorySessions />
    </div>
  )
}
