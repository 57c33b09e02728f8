import { For } from "solid-js"

export type PaneTab = { id: string; domId: string; label: string }

/** On a narrow screen one pane shows at a time; these tabs pick it (arrow keys move between them). */
export function PaneTabs(props: { tabs: PaneTab[]; selected: string | undefined; onSelect: (id: string) => void }) {
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0
    if (step === 0 || props.tabs.length === 0) return
    e.preventDefault()
    const next = props.tabs[(index + step + props.tabs.length) % props.tabs.length]
    if (!next) return
    props.onSelect(next.id)
    document.getElementById(`${next.domId}-tab`)?.focus()
  }
  return (
    <div role="tablist" aria-label="Panes" class="flex gap-1 overflow-x-auto border-b border-slate-200 px-2">
      <For each={props.tabs}>
        {(tab, i) => (
          <button
            type="button"
            role="tab"
            id={`${tab.domId}-tab`}
            aria-selected={tab.id === props.selected}
            aria-controls={tab.domId}
            tabindex={tab.id === props.selected ? 0 : -1}
            class="max-w-48 shrink-0 truncate border-b-2 border-transparent px-3 py-2 text-sm text-slate-600"
            classList={{ "!border-blue-600 font-medium text-slate-900": tab.id === props.selected }}
            onClick={() => props.onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i())}
          >
            {tab.label}
          </button>
        )}
      </For>
    </div>
  )
}
