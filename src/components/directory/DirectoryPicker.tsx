import { createMemo, createSignal, createUniqueId, Index, Show } from "solid-js"
import { pickerOptions, type PickerOption } from "../../lib/directory/picker"
import type { DirectoryCheck } from "../../state/directory/open-directory"

export type DirectoryPickerProps = {
  serverName: string
  projects: string[]
  recent: string[]
  serverDirectory: string | undefined
  /** Folders completing the typed path (absolute), and where to ask for them. */
  folders: string[]
  onType: (text: string) => void
  check: (path: string) => Promise<DirectoryCheck>
  onOpen: (directory: string) => void
  /** A problem loading projects or recent directories, said beside the field. */
  problem: string | undefined
  /** Lets the page focus the field (the palette's "Open a directory" lands here). */
  fieldRef?: (el: HTMLInputElement) => void
}

/**
 * The one way to open a directory: a combobox "Directory path" whose list ("Directories") offers
 * the server's own directory, its projects and recent directories, and completes typed absolute
 * paths from the server's folders. A folder drills in (its path and a slash); the others open.
 * Whatever is typed is checked on the server first; a refusal says why and keeps the text.
 */
export function DirectoryPicker(props: DirectoryPickerProps) {
  const id = createUniqueId()
  const [text, setText] = createSignal("")
  const [expanded, setExpanded] = createSignal(false)
  const [active, setActive] = createSignal(-1)
  const [error, setError] = createSignal<string>()
  const [checking, setChecking] = createSignal(false)
  const options = createMemo(() => pickerOptions({ text: text(), projects: props.projects, recent: props.recent, serverDirectory: props.serverDirectory, folders: props.folders }))
  const shown = () => expanded() && options().length > 0

  const type = (value: string) => {
    setText(value)
    setActive(-1)
    setExpanded(true)
    props.onType(value)
  }
  const open = async (path: string) => {
    setChecking(true)
    setError(undefined)
    const result = await props.check(path)
    setChecking(false)
    if (result.ok) props.onOpen(result.directory)
    else setError(result.error)
  }
  const pick = (option: PickerOption) => {
    if (option.group === "Folder") return type(`${option.path}/`)
    setText(option.path)
    setExpanded(false)
    void open(option.path)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const count = options().length
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault()
      setExpanded(true)
      if (count > 0) setActive((i) => (e.key === "ArrowDown" ? (i + 1) % count : (i <= 0 ? count : i) - 1))
    } else if (e.key === "Escape" && shown()) {
      e.preventDefault()
      setExpanded(false)
    } else if (e.key === "Enter" && shown() && active() >= 0) {
      const option = options()[active()]
      if (!option) return
      e.preventDefault()
      pick(option)
    }
  }
  const describedBy = () => (error() ? `${id}-err` : `${id}-hint`)

  return (
    <form
      class="flex flex-col gap-1"
      aria-label={`Open a directory on ${props.serverName}`}
      onSubmit={(e) => {
        e.preventDefault()
        setExpanded(false)
        void open(text())
      }}
    >
      <label for={`${id}-input`} class="label">
        Directory path
      </label>
      <div class="flex flex-wrap items-start gap-2">
        <div class="relative min-w-0 flex-1 basis-64">
          <input
            ref={(el) => props.fieldRef?.(el)}
            id={`${id}-input`}
            class="field mono"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={shown()}
            aria-controls={`${id}-list`}
            aria-activedescendant={shown() && active() >= 0 ? `${id}-opt-${active()}` : undefined}
            aria-invalid={error() ? "true" : undefined}
            aria-describedby={describedBy()}
            placeholder="/home/me/project"
            autocomplete="off"
            spellcheck={false}
            value={text()}
            onInput={(e) => type(e.currentTarget.value)}
            onFocus={() => setExpanded(true)}
            onBlur={() => setExpanded(false)}
            onKeyDown={onKeyDown}
          />
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-label="Directories"
            class={`${shown() ? "" : "hidden"} absolute inset-x-0 top-full z-20 m-0 mt-1 max-h-72 list-none overflow-y-auto rounded border border-slate-300 bg-white p-1 shadow-lg`}
          >
            {/* By position, not by option: the list is recomputed whenever projects, recent
                directories or folders arrive, and a row replaced between press and release
                would swallow the click. */}
            <Index each={options()}>
              {(option, i) => (
                <li
                  id={`${id}-opt-${i}`}
                  role="option"
                  aria-selected={i === active()}
                  class="flex cursor-pointer items-baseline gap-2 rounded px-2 py-1 text-sm hover:bg-slate-100"
                  classList={{ "bg-blue-100": i === active() }}
                  // Keeps the focus in the field, so the list does not close before the pick.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(option())}
                >
                  <span class="mono min-w-0 flex-1 break-all text-slate-900">{option().path}</span>
                  <span class="shrink-0 text-xs text-slate-600">{option().group}</span>
                </li>
              )}
            </Index>
          </ul>
        </div>
        <button type="submit" class="btn-primary" disabled={checking()}>
          {checking() ? "Checking…" : "Open directory"}
        </button>
      </div>
      <Show
        when={error()}
        fallback={
          <p id={`${id}-hint`} class="text-xs text-slate-500">
            An absolute path on {props.serverName}'s machine; type to complete it from the server's folders.
          </p>
        }
      >
        {(text) => (
          <p id={`${id}-err`} role="alert" class="text-xs text-red-700">
            {text()}
          </p>
        )}
      </Show>
      <Show when={props.problem}>
        {(problem) => (
          <p role="alert" class="text-xs text-red-700">
            {problem()}
          </p>
        )}
      </Show>
    </form>
  )
}
