import { createSignal, Show } from "solid-js"
import { exportFileName } from "../../lib/chat/session-markdown"
import { useSessionActions } from "../../state/chat/session-actions"
import { ConfirmDialog } from "../ui/ConfirmDialog"
import { downloadText } from "../ui/download"
import { RenameSessionDialog } from "../directory/RenameSessionDialog"

const ITEM = "btn w-full justify-start text-left text-sm"

/** "Session actions": rename, fork, compact, export, share, delete, without leaving the chat. */
export function SessionActionsMenu(props: { title: string; shared: string | undefined }) {
  const actions = useSessionActions()
  const [renaming, setRenaming] = createSignal(false)
  const [deleting, setDeleting] = createSignal(false)
  let menu: HTMLDetailsElement | undefined
  const close = () => menu?.removeAttribute("open")
  const act = (task: () => void) => () => {
    close()
    task()
  }
  const exportAs = (ext: "json" | "md") => async () => {
    const text = ext === "json" ? await actions.exportJson() : await actions.exportMarkdown()
    if (text !== undefined) downloadText(exportFileName(props.title, ext), text, ext === "json" ? "application/json" : "text/markdown")
  }
  return (
    <>
      <details ref={(el) => (menu = el)} class="relative">
        <summary class="btn cursor-pointer list-none text-sm" aria-busy={actions.running()}>
          Session actions
        </summary>
        <div class="absolute right-0 z-20 mt-1 flex w-56 flex-col gap-1 rounded border border-slate-200 bg-white p-2 shadow-lg">
          <button type="button" class={ITEM} onClick={act(() => setRenaming(true))}>
            Rename
          </button>
          <button type="button" class={ITEM} onClick={act(() => void actions.fork())}>
            Fork
          </button>
          <button type="button" class={ITEM} onClick={act(() => void actions.compact())}>
            Compact
          </button>
          <button type="button" class={ITEM} onClick={act(() => void exportAs("json")())}>
            Export session (JSON)
          </button>
          <button type="button" class={ITEM} onClick={act(() => void exportAs("md")())}>
            Export session (Markdown)
          </button>
          <Show
            when={props.shared}
            fallback={
              <button type="button" class={ITEM} onClick={act(() => void actions.share())}>
                Share
              </button>
            }
          >
            <button type="button" class={ITEM} onClick={act(() => void actions.unshare())}>
              Unshare
            </button>
          </Show>
          <button type="button" class={`${ITEM} text-red-800`} onClick={act(() => setDeleting(true))}>
            Delete
          </button>
        </div>
      </details>
      <Show when={renaming()}>
        <RenameSessionDialog
          initialTitle={props.title}
          onCancel={() => setRenaming(false)}
          onSave={(title) => {
            setRenaming(false)
            void actions.rename(title)
          }}
        />
      </Show>
      <Show when={deleting()}>
        <ConfirmDialog
          title="Delete session?"
          confirmLabel="Delete"
          danger
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false)
            void actions.remove()
          }}
        >
          <p>“{props.title}” and all its messages will be deleted from the server. This cannot be undone.</p>
        </ConfirmDialog>
      </Show>
    </>
  )
}
