import { createComputed, createSignal, For, on, onCleanup, onMount, Show, type JSX } from "solid-js"
import { createStore } from "solid-js/store"
import { evenSizes, moveSeparator, separatorPosition } from "../../lib/panes/sizes"
import { createMediaQuery } from "../../state/ui/media-query"
import { PaneSeparator } from "./PaneSeparator"
import { PaneTabs } from "./PaneTabs"

/** Below this width panes side by side are too narrow to read: one shows at a time, with tabs. */
const NARROW = "(max-width: 899px)"

/** How a pane is placed: read its fields inside JSX (they are live). */
export type PaneSlot = { domId: string; hidden: boolean; flex: string; onLabel: (label: string) => void }

export type PaneLayoutProps = {
  /** Stable ids of the panes, in order. */
  ids: string[]
  children: (id: string, slot: PaneSlot) => JSX.Element
}

/**
 * Panes in a row with a resizable separator between each two; F6 and Shift+F6 move focus to the
 * next or previous pane (the window splitter pattern's key, which no text field uses). On narrow
 * screens one pane shows at a time and a tab strip switches; hidden panes stay mounted and live.
 */
export function PaneLayout(props: PaneLayoutProps) {
  const narrow = createMediaQuery(NARROW)
  const [labels, setLabels] = createStore<Record<string, string>>({})
  const [sizes, setSizes] = createSignal<number[]>([])
  createComputed(on(() => props.ids.length, (count) => setSizes(evenSizes(count))))
  const [chosen, setChosen] = createSignal<string>()
  const selected = () => {
    const id = chosen()
    return id !== undefined && props.ids.includes(id) ? id : props.ids[0]
  }
  const domId = (id: string) => `pane-${id}`
  const labelOf = (id: string) => labels[id] ?? "Pane"
  let row: HTMLDivElement | undefined

  const focusPane = (step: number) => {
    const ids = props.ids
    if (ids.length === 0) return
    const panes = ids.map((id) => document.getElementById(domId(id)))
    const focused = document.activeElement
    const here = panes.findIndex((el) => el?.contains(focused))
    // From outside every pane (a separator, the tabs), the pane after the focus is the next one.
    const after = panes.findIndex((el) => el && focused && focused.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
    const target = here >= 0 ? here + step : step > 0 ? (after < 0 ? 0 : after) : (after < 0 ? ids.length : after) - 1
    const next = ids[(target + ids.length) % ids.length]
    if (next === undefined) return
    setChosen(next)
    document.getElementById(domId(next))?.focus()
  }
  onMount(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "F6" || e.ctrlKey || e.altKey || e.metaKey) return
      e.preventDefault()
      e.stopPropagation()
      focusPane(e.shiftKey ? -1 : 1)
    }
    // Capture: a terminal or an editor inside a pane must not swallow the key first.
    window.addEventListener("keydown", onKey, true)
    onCleanup(() => window.removeEventListener("keydown", onKey, true))
  })

  return (
    <div class="flex min-h-0 min-w-0 flex-1 flex-col" aria-keyshortcuts="F6 Shift+F6">
      <Show when={narrow() && props.ids.length > 1}>
        <PaneTabs tabs={props.ids.map((id) => ({ id, domId: domId(id), label: labelOf(id) }))} selected={selected()} onSelect={setChosen} />
      </Show>
      <div ref={(el) => (row = el)} class="flex min-h-0 min-w-0 flex-1 p-1 md:p-2">
        <For each={props.ids}>
          {(id, i) => (
            <>
              {props.children(id, {
                domId: domId(id),
                get hidden() {
                  return narrow() && selected() !== id
                },
                get flex() {
                  return narrow() ? "1 1 0%" : `${sizes()[i()] ?? 1} 1 0%`
                },
                onLabel: (label) => setLabels(id, label),
              })}
              <Show when={i() < props.ids.length - 1}>
                <PaneSeparator
                  position={separatorPosition(sizes(), i())}
                  label={`Resize ${labelOf(id)} and ${labelOf(props.ids[i() + 1] ?? "")}`}
                  rowWidth={() => row?.clientWidth ?? 0}
                  onMove={(delta) => setSizes((old) => moveSeparator(old, i(), delta))}
                  hidden={narrow()}
                />
              </Show>
            </>
          )}
        </For>
      </div>
    </div>
  )
}
