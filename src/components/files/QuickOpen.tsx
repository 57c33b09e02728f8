import { createSignal, Show } from "solid-js"
import { ariaShortcut, shortcutLabel } from "../../lib/keys/shortcut"
import { ACTIONS } from "../../state/commands/catalogue"
import { useAction, useActions } from "../../state/commands/actions"
import { QuickOpenDialog } from "./QuickOpenDialog"

/**
 * The "Quick open" button; its action "Go to file" (Ctrl+P, ⌘P on a Mac, which replaces printing
 * here) works wherever the page has focus. Picking a file reports its path.
 */
export function QuickOpen(props: { onPick: (path: string) => void }) {
  const actions = useActions()
  const [open, setOpen] = createSignal(false)
  useAction({ ...ACTIONS.goToFile, run: () => setOpen(true) })
  const key = ACTIONS.goToFile.shortcut
  return (
    <>
      <button type="button" class="btn" aria-keyshortcuts={ariaShortcut(key, actions.mac)} title={`Quick open (${shortcutLabel(key, actions.mac)})`} onClick={() => setOpen(true)}>
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
