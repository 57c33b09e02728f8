import { createEffect, createSignal, createUniqueId, For, Match, on, Switch } from "solid-js"
import { createQuickOpen } from "../../state/files/quick-open"
import { useFileSearch } from "../../state/files/files"
import { Dialog } from "../ui/Dialog"

/** A combobox over file names: type part of a name, move with the arrows, Enter (or a click) picks. */
export function QuickOpenDialog(props: { onClose: () => void; onPick: (path: string) => void }) {
  const search = createQuickOpen(useFileSearch())
  const [active, setActive] = createSignal(0)
  const inputId = createUniqueId()
  const listId = createUniqueId()
  const optionId = (i: number) => `${listId}-${i}`
  createEffect(on(search.results, () => setActive(0)))

  const move = (by: number) => {
    const count = search.results().length
    if (count > 0) setActive((i) => (i + by + count) % count)
  }
  const pick = (path: string | undefined) => path !== undefined && props.onPick(path)
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault()
      move(e.key === "ArrowDown" ? 1 : -1)
    } else if (e.key === "Enter") {
      e.preventDefault()
      pick(search.results()[active()])
    }
  }
  createEffect(() => document.getElementById(optionId(active()))?.scrollIntoView({ block: "nearest" }))

  return (
    <Dialog title="Quick open" onClose={props.onClose} wide>
      <label for={inputId} class="label">
        Find file
      </label>
      <input
        id={inputId}
        class="field font-mono"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={search.results().length > 0}
        aria-activedescendant={search.results().length > 0 ? optionId(active()) : undefined}
        value={search.query()}
        onInput={(e) => search.setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matching files" class="m-0 mt-2 max-h-[50vh] list-none overflow-auto p-0 font-mono text-sm">
        <For each={search.results()}>
          {(path, i) => (
            <li
              id={optionId(i())}
              role="option"
              aria-selected={i() === active()}
              class="cursor-pointer break-all rounded px-2 py-1"
              classList={{ "bg-blue-100": i() === active() }}
              onMouseMove={() => setActive(i())}
              onClick={() => pick(path)}
            >
              {path}
            </li>
          )}
        </For>
      </ul>
      <Switch>
        <Match when={search.error()}>{(error) => <p role="alert" class="mt-2 text-sm text-red-800">{error().message}</p>}</Match>
        <Match when={search.searching()}>
          <p role="status" class="mt-2 text-sm text-slate-500">Searching…</p>
        </Match>
        <Match when={search.results().length === 0}>
          <p role="status" class="mt-2 text-sm text-slate-500">No file matches “{search.query()}”.</p>
        </Match>
      </Switch>
      <div class="mt-4 flex justify-end">
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Cancel
        </button>
      </div>
    </Dialog>
  )
}
