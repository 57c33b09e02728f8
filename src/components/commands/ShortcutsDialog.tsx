import { For } from "solid-js"
import { shortcutLabel } from "../../lib/keys/shortcut"
import { useActions } from "../../state/commands/actions"
import { Dialog } from "../ui/Dialog"
import { Kbd } from "../ui/Kbd"

/** Keys of the prompt itself, which no action owns. */
const PROMPT_KEYS: [string, string][] = [
  ["Enter", "Send the prompt"],
  ["Shift+Enter", "New line"],
  ["@", "Mention a file, folder or agent"],
  ["/", "Run a command (at the start of the prompt)"],
  ["↑ / ↓", "Earlier prompts of this session (in an empty prompt)"],
  ["Esc", "Close the Mentions or Commands list"],
]

/** Keys of the focused message log. */
const LOG_KEYS: [string, string][] = [
  ["Home", "The session's first message (older messages load on the way)"],
  ["End", "The latest message"],
]

/** Every shortcut of the page as it is now, and the prompt's and the message log's keys. */
export function ShortcutsDialog(props: { onClose: () => void }) {
  const actions = useActions()
  const keyed = () => actions.list().flatMap((a) => (a.shortcut ? [{ title: a.title, key: shortcutLabel(a.shortcut, actions.mac) }] : []))
  const row = (key: string, title: string) => (
    <tr class="border-b border-slate-100">
      <td class="py-1 pr-4">
        <Kbd>{key}</Kbd>
      </td>
      <td class="py-1">{title}</td>
    </tr>
  )
  return (
    <Dialog title="Keyboard shortcuts" onClose={props.onClose} wide>
      <p class="mb-2 text-sm text-slate-600">Single-key shortcuts work when you are not typing in a field.</p>
      <table class="w-full text-sm">
        <caption class="py-1 text-left font-semibold">Anywhere</caption>
        <tbody>
          <For each={keyed()}>{(a) => row(a.key, a.title)}</For>
        </tbody>
      </table>
      <table class="mt-3 w-full text-sm">
        <caption class="py-1 text-left font-semibold">In the prompt</caption>
        <tbody>
          <For each={PROMPT_KEYS}>{([key, title]) => row(key, title)}</For>
        </tbody>
      </table>
      <table class="mt-3 w-full text-sm">
        <caption class="py-1 text-left font-semibold">In the message log</caption>
        <tbody>
          <For each={LOG_KEYS}>{([key, title]) => row(key, title)}</For>
        </tbody>
      </table>
      <div class="mt-4 flex justify-end">
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </Dialog>
  )
}
