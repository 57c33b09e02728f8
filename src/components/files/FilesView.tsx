import { createEffect, createSignal, For, Show } from "solid-js"
import { useActiveServer } from "../../state/connection/active-server"
import { useDirectory } from "../../state/directory/active-directory"
import { useFileTree, useOpenFile } from "../../state/files/files"
import { ErrorNote } from "../ui/ErrorNote"
import { CopyFileDialog } from "./CopyFileDialog"
import { FileTree } from "./FileTree"
import { FileViewer } from "./FileViewer"

export type FilesViewProps = {
  /** The open file; undefined for none. */
  path: string | undefined
  /** The link's path could not be read (a broken %-escape). */
  broken?: boolean
  onOpen: (path: string) => void
}

/** The directory's tree on the left (on top when narrow), the open file beside it. */
export function FilesView(props: FilesViewProps) {
  const tree = useFileTree()
  const file = useOpenFile(() => props.path)
  const active = useActiveServer()
  const dir = useDirectory()
  const [copying, setCopying] = createSignal<string>()
  createEffect(() => {
    const p = props.path
    if (p) tree.reveal(p)
  })
  const refresh = () => {
    tree.refresh()
    file.reload()
  }
  return (
    <div class="flex flex-col gap-4 p-3 md:flex-row md:items-start">
      <div class="flex shrink-0 flex-col gap-2 md:w-72 md:max-w-[40%]">
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
          <FileTree rows={tree.rows()} selected={props.path} onToggle={tree.toggle} onExpand={tree.expand} onCollapse={tree.collapse} onOpen={(p) => props.onOpen(p)} />
        </div>
      </div>
      <div class="min-w-0 flex-1">
        <Show when={!props.broken} fallback={<ErrorNote message="This link's file path cannot be read (it has a broken %-escape)." />}>
          <Show when={props.path} fallback={<p class="text-sm text-slate-600">Pick a file in the tree, or use Quick open (Ctrl+P).</p>}>
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
