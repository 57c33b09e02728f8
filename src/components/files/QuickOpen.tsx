import { createSignal, onCleanup, onMount, Show } from "solid-js"
import { QuickOpenDialog } from "./QuickOpenDialog"

/** Ctrl+P (⌘P on a Mac) opens the finder wherever the page has focus; it replaces printing here. */
function isQuickOpenKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "p"
}

/** The "Quick open" button and its Ctrl+P shortcut; picking a file reports its path. */
export function QuickOpen(props: { onPick: (path: string) => void }) {
  const [open, setOpen] = createSignal(false)
  onMount(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isQuickOpenKey(e)) return
      e.preventDefault()
      setOpen(true)
    }
    window.addEventListener("keydown", onKey)
    onCleanup(() => window.removeEventListener("keydown", onKey))
  })
  return (
    <>
      <button type="button" class="btn" aria-keyshortcuts="Control+P" title="Quick open (Ctrl+P)" onClick={() => setOpen(true)}>
        Quick open
      </button>
      <Show when={open()}>
        <QuickOpenDialog
          onClose={() => setOpen(false)}
          onPick={(path) => {
            setOpen(false)
            props.onPick(path)
          }}
        />
      </Show>
    </>
  )
}
