import { createMemo, createSignal, createUniqueId, onMount, Show, untrack } from "solid-js"
import { shortcutLabel } from "../../lib/keys/shortcut"
import type { TypedAhead } from "../../lib/keys/type-ahead"
import { fuzzyFilter } from "../../lib/prompt/fuzzy"
import { useActions, type Action } from "../../state/commands/actions"
import { Dialog } from "../ui/Dialog"
import { Kbd } from "../ui/Kbd"
import { optionId, OptionList } from "../ui/OptionList"

/**
 * Every action of the page in one fuzzy list: type a few letters, Enter runs the first match.
 * `typed` hands over the keys typed while the palette loaded, once, as it mounts.
 */
export function CommandPalette(props: { typed: () => TypedAhead; onClose: () => void }) {
  const actions = useActions()
  const ahead = untrack(() => props.typed())
  const [query, setQuery] = createSignal(ahead.text)
  const [active, setActive] = createSignal(0)
  const inputId = createUniqueId()
  const listId = createUniqueId()
  const matches = createMemo(() => fuzzyFilter(query(), actions.list(), (a) => `${a.title} ${a.group}`))
  const run = (action: Action | undefined) => {
    if (!action) return
    props.onClose()
    // After the dialog has closed and handed focus back, so the action's own focus move wins.
    queueMicrotask(action.run)
  }
  // Enter pressed before the field was there runs the match, as it would have in the field.
  onMount(() => ahead.enter && run(matches()[0]))
  const onKeyDown = (e: KeyboardEvent) => {
    const count = matches().length
    if ((e.key === "ArrowDown" || e.key === "ArrowUp") && count > 0) {
      e.preventDefault()
      setActive((i) => (i + (e.key === "ArrowDown" ? 1 : -1) + count) % count)
    } else if (e.key === "Enter") {
      e.preventDefault()
      run(matches()[active()])
    }
  }
  return (
    <Dialog title="Command palette" onClose={props.onClose} wide>
      <label for={inputId} class="sr-only">
        Search actions
      </label>
      <input
        id={inputId}
        class="field"
        role="combobox"
        autocomplete="off"
        placeholder="Type an action…"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={matches().length > 0}
        aria-activedescendant={matches().length > 0 ? optionId(listId, active()) : undefined}
        value={query()}
        onInput={(e) => {
          setQuery(e.currentTarget.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <OptionList label="Actions" id={listId} class="mt-2 max-h-[50vh] text-sm" items={matches()} active={active()} onActive={setActive} onPick={run}>
        {(action) => (
          <span class="flex items-baseline gap-3">
            <span class="min-w-0 flex-1">{action.title}</span>
            <span class="text-xs text-slate-500">{action.group}</span>
            <Show when={action.shortcut}>{(key) => <Kbd>{shortcutLabel(key(), actions.mac)}</Kbd>}</Show>
          </span>
        )}
      </OptionList>
      <Show when={matches().length === 0}>
        <p role="status" class="mt-2 text-sm text-slate-500">
          No action matches “{query()}”.
        </p>
      </Show>
    </Dialog>
  )
}
