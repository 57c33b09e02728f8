import { createSignal, For, Show } from "solid-js"
import type { TerminalTab } from "../../state/terminal/terminals"
import { RenameField } from "./RenameField"

export type TerminalTabsProps = {
  tabs: TerminalTab[]
  active: string | undefined
  creating: boolean
  onSelect: (id: string) => void
  onNew: () => void
  onClose: (tab: TerminalTab) => void
  /** Resolves to an error for the field, or undefined once renamed. */
  onRename: (id: string, title: string) => Promise<string | undefined>
}

const ended = (tab: TerminalTab) => tab.link.kind === "exited" || tab.link.kind === "gone"

/** One entry per terminal (select, rename, close) and "New terminal". */
export function TerminalTabs(props: TerminalTabsProps) {
  const [renaming, setRenaming] = createSignal<string>()
  const rename = async (id: string, title: string) => {
    const error = await props.onRename(id, title)
    if (error === undefined) setRenaming(undefined)
    return error
  }
  return (
    <div class="flex flex-wrap items-center gap-2">
      <ul aria-label="Terminals" class="m-0 flex list-none flex-wrap gap-1 p-0">
        <For each={props.tabs}>
          {(tab) => (
            <li class={`flex items-center rounded border ${tab.id === props.active ? "border-slate-500 bg-white" : "border-slate-200 bg-slate-100"}`}>
              <Show
                when={renaming() === tab.id}
                fallback={
                  <>
                    <button type="button" class="cursor-pointer border-0 bg-transparent px-2 py-1 text-sm" aria-current={tab.id === props.active ? "true" : undefined} onClick={() => props.onSelect(tab.id)}>
                      {tab.title}
                      <Show when={ended(tab)}>
                        <span class="ml-1 text-slate-500">(ended)</span>
                      </Show>
                    </button>
                    <button type="button" class="cursor-pointer border-0 bg-transparent px-1 text-slate-500 hover:text-slate-900" aria-label={`Rename ${tab.title}`} onClick={() => setRenaming(tab.id)}>
                      <span aria-hidden="true">✎</span>
                    </button>
                    <button type="button" class="cursor-pointer border-0 bg-transparent px-1.5 text-slate-500 hover:text-red-700" aria-label={`Close ${tab.title}`} disabled={tab.closing} onClick={() => props.onClose(tab)}>
                      <span aria-hidden="true">×</span>
                    </button>
                  </>
                }
              >
                <RenameField title={tab.title} onCancel={() => setRenaming(undefined)} onSave={(title) => rename(tab.id, title)} />
              </Show>
            </li>
          )}
        </For>
      </ul>
      <button type="button" class="btn py-1" disabled={props.creating} onClick={() => props.onNew()}>
        <span aria-hidden="true">+</span> New terminal
      </button>
    </div>
  )
}
