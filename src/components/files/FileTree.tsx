import { createMemo, createSignal, createUniqueId, For, onCleanup, Show } from "solid-js"
import { changeLabel, changeLetter, type TreeRow } from "../../lib/files/tree"
import { treeKey } from "../../lib/files/tree-nav"

export type FileTreeProps = {
  rows: TreeRow[]
  /** Path of the open file. */
  selected?: string
  onToggle: (path: string) => void
  onExpand: (path: string) => void
  onCollapse: (path: string) => void
  onOpen: (path: string) => void
}

/**
 * The files of a directory as a WAI-ARIA tree named "Files": one tab stop, arrows to move and
 * open or close folders, Enter to open. Change marks are letters with words for screen readers.
 */
export function FileTree(props: FileTreeProps) {
  const [focused, setFocused] = createSignal<string>()
  const items = new Map<string, HTMLElement>()
  const indexOf = (path: string | undefined) => (path === undefined ? -1 : props.rows.findIndex((r) => r.path === path))
  // The one row in the tab order: the focused one, else the open file, else the first.
  const current = createMemo(() => [indexOf(focused()), indexOf(props.selected), 0].find((i) => i >= 0) ?? 0)

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const rows = props.rows
    const nav = rows.map((r) => ({ path: r.path, name: r.name, level: r.level, expandable: r.kind === "directory", expanded: r.expanded }))
    const action = treeKey(e.key, nav, current())
    if (!action) return
    e.preventDefault()
    if (action.type === "focus") {
      const row = rows[action.index]
      if (!row) return
      setFocused(row.path)
      items.get(row.path)?.focus()
    } else if (action.type === "expand") props.onExpand(action.path)
    else if (action.type === "collapse") props.onCollapse(action.path)
    else activate(action.path)
  }
  const activate = (path: string) => {
    const row = props.rows.find((r) => r.path === path)
    if (row?.kind === "directory") props.onToggle(path)
    else if (row) props.onOpen(path)
  }

  return (
    <ul role="tree" aria-label="Files" class="m-0 list-none p-0 text-sm" onKeyDown={onKeyDown}>
      <For each={props.rows}>
        {(row, i) => {
          const nameId = createUniqueId()
          const descId = createUniqueId()
          const description = () => [changeLabel(row.change), row.ignored ? "ignored" : undefined, row.busy ? "loading" : undefined].filter(Boolean).join(", ")
          const isDir = () => row.kind === "directory"
          onCleanup(() => items.delete(row.path))
          return (
            <li
              ref={(el) => items.set(row.path, el)}
              role="treeitem"
              aria-level={row.level}
              aria-setsize={row.setsize}
              aria-posinset={row.posinset}
              aria-expanded={isDir() ? row.expanded : undefined}
              aria-selected={row.path === props.selected}
              aria-busy={row.busy || undefined}
              aria-labelledby={nameId}
              aria-describedby={description() ? descId : undefined}
              tabindex={i() === current() ? 0 : -1}
              class="cursor-pointer rounded focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600"
              onFocus={() => setFocused(row.path)}
              onClick={() => {
                setFocused(row.path)
                activate(row.path)
              }}
            >
              <div
                class="flex items-center gap-1 rounded py-0.5 pr-1 hover:bg-slate-100"
                classList={{ "bg-blue-100": row.path === props.selected, "text-slate-400": row.ignored }}
                style={{ "padding-left": `${(row.level - 1) * 0.9 + 0.25}rem` }}
              >
                <span aria-hidden="true" class="w-3 shrink-0 text-slate-500">
                  {isDir() ? (row.expanded ? "▾" : "▸") : ""}
                </span>
                <span id={nameId} class="truncate" classList={nameTone(row.change)}>
                  {row.name}
                </span>
                <Show when={row.change}>
                  <span aria-hidden="true" title={changeLabel(row.change)} class="ml-auto shrink-0 rounded px-1 font-mono text-xs font-bold leading-4" classList={markTone(row.change)}>
                    {changeLetter(row.change)}
                  </span>
                </Show>
                <span id={descId} class="sr-only">
                  {description()}
                </span>
              </div>
            </li>
          )
        }}
      </For>
    </ul>
  )
}

/** A letter on a tint (M amber, A green, D red): the letter says it, the color helps the eye. */
function markTone(change: TreeRow["change"]) {
  return {
    "bg-amber-100 text-amber-900": change === "modified",
    "bg-green-100 text-green-900": change === "added",
    "bg-red-100 text-red-900": change === "deleted",
    "text-amber-700": change === "contains",
  }
}

function nameTone(change: TreeRow["change"]) {
  return {
    "text-amber-800": change === "modified",
    "text-green-800": change === "added",
    "text-red-800 line-through": change === "deleted",
  }
}
