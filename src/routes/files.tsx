import { useNavigate, useParams } from "@solidjs/router"
import { createEffect, createSignal, For, Show } from "solid-js"
import { CopyFileDialog } from "../components/files/CopyFileDialog"
import { ErrorNote } from "../components/ui/ErrorNote"
import { FileTree } from "../components/files/FileTree"
import { FileViewer } from "../components/files/FileViewer"
import { decodeFilePath } from "../lib/files/file-path"
import { links } from "../lib/routing/links"
import { useTrail } from "../state/breadcrumbs"
import { useDirectory } from "../state/directory/active-directory"
import { useFileTree, useOpenFile } from "../state/files/files"
import { useActiveServer } from "../state/connection/active-server"

/** /s/:serverId/d/:dir/file/*path — the tree on the left, the file of the link on the right. */
export default function FilesPage() {
  const params = useParams<{ path?: string }>()
  const active = useActiveServer()
  const dir = useDirectory()
  const navigate = useNavigate()
  const decoded = () => decodeFilePath(params.path ?? "")
  const path = () => decoded() || undefined
  const tree = useFileTree()
  const file = useOpenFile(path)
  createEffect(() => {
    const p = path()
    if (p) tree.reveal(p)
  })
  const filesHref = () => links.files(active.server().id, dir.directory())
  useTrail().use(() => [
    { label: dir.directory(), href: links.directory(active.server().id, dir.directory()) },
    { label: "Files", href: filesHref() },
    ...(path() ? [{ label: path() ?? "" }] : []),
  ])
  const open = (p: string) => navigate(links.file(active.server().id, dir.directory(), p))
  const [copying, setCopying] = createSignal<string>()
  const refresh = () => {
    tree.refresh()
    file.reload()
  }

  return (
    <div class="flex flex-col gap-4 p-3 md:flex-row md:items-start">
      <div class="flex shrink-0 flex-col gap-2 md:w-72">
        <div class="flex flex-wrap gap-2">
          <button type="button" class="btn" onClick={refresh}>
            Refresh
          </button>
        </div>
        <Show when={tree.statusError()}>{(error) => <ErrorNote message={error().message} onRetry={tree.refresh} />}</Show>
        <For each={tree.errors()}>
          {(e) => <ErrorNote message={e.message} onRetry={() => tree.retry(e.path)} retryLabel={`Retry ${e.path || "the project folder"}`} />}
        </For>
        <Show when={tree.rootLoading()}>
          <p role="status" class="text-sm text-slate-500">
            Loading files…
          </p>
        </Show>
        <div class="overflow-auto md:max-h-[80vh]">
          <FileTree rows={tree.rows()} selected={path()} onToggle={tree.toggle} onExpand={tree.expand} onCollapse={tree.collapse} onOpen={open} />
        </div>
      </div>
      <div class="min-w-0 flex-1">
        <Show when={decoded() !== undefined} fallback={<ErrorNote message="This link's file path cannot be read (it has a broken %-escape)." />}>
          <Show when={path()} fallback={<p class="text-sm text-slate-600">Pick a file in the tree, or use Quick open (Ctrl+P).</p>}>
            {(p) => (
              <FileViewer
                path={p()}
                view={file.valueFor() === p() ? file.value() : undefined}
                loading={file.loading()}
                error={file.loading() ? undefined : file.error()}
                onRetry={file.reload}
                onCopy={() => setCopying(p())}
              />
            )}
          </Show>
        </Show>
      </div>
      <Show when={copying()}>
        {(p) => <CopyFileDialog path={p()} sourceServerId={active.server().id} sourceDirectory={dir.directory()} onClose={() => setCopying(undefined)} />}
      </Show>
    </div>
  )
}
