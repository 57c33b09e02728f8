import { useLocation, useNavigate } from "@solidjs/router"
import { onMount, Show } from "solid-js"
import { links } from "../lib/routing/links"
import { DirectorySessions } from "../components/directory/DirectorySessions"
import { OpenDirectoryForm } from "../components/directory/OpenDirectoryForm"
import { ProjectList } from "../components/directory/ProjectList"
import { PageHeading } from "../components/ui/PageHeading"
import { RecentDirectories } from "../components/directory/RecentDirectories"
import { StreamIndicator } from "../components/directory/StreamIndicator"
import { DirectoryProvider } from "../state/directory/active-directory"
import { DirectoryDataProvider, useDirectoryData } from "../state/directory/provider"
import { useActiveServer } from "../state/connection/active-server"
import { createServerHome } from "../state/directory/server-home"
import { pageViewLinks, ViewLinksProvider } from "../state/routing/view-links"

/** A server's home: open a directory (typed, recent or a known project) and the sessions of its own directory. */
export default function ServerHome() {
  const active = useActiveServer()
  const home = createServerHome()
  const navigate = useNavigate()
  const dirHref = (dir: string) => links.directory(active.server().id, dir)
  // "Open a directory" from the palette lands in the path field; any other arrival at the heading.
  const location = useLocation<{ focus?: string }>()
  const toField = location.state?.focus === "open-directory"
  let field: HTMLInputElement | undefined
  onMount(() => toField && field?.focus())
  return (
    <section class="flex max-w-5xl flex-col gap-6 p-4" aria-labelledby="server-home-title">
      <header>
        <PageHeading id="server-home-title" class="text-xl font-semibold" focus={!toField}>
          {active.server().name}
        </PageHeading>
        <p class="mono text-sm text-slate-500">{active.server().url}</p>
      </header>
      <OpenDirectoryForm fieldRef={(el) => (field = el)} serverName={active.server().name} check={home.check} onOpen={(dir) => navigate(dirHref(dir))} />
      <RecentDirectories dirs={home.recent.list()} error={home.recent.error()} href={dirHref} onForget={(dir) => void home.recent.forget(dir)} />
      <ProjectList projects={home.projects.value() ?? []} loading={home.projects.loading()} error={home.projects.error()} href={dirHref} onRetry={() => void home.projects.reload()} />
      <Show when={home.home.error()}>
        {(error) => (
          <p role="alert" class="text-sm text-red-800">
            {error()}
          </p>
        )}
      </Show>
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
        <span>
          Server directory: <a href={props.href} class="mono">{data.directory()}</a>
        </span>
        <StreamIndicator state={data.streamState()} now={data.now()} serverName={props.serverName} onReconnect={data.reconnect} />
      </div>
      <DirectorySessions />
    </div>
  )
}
