import { createEffect, For, type JSX } from "solid-js"

export type OptionListProps<T> = {
  /** Required: the listbox's accessible name. */
  label: string
  /** The listbox's id; option ids derive from it, for the controlling field's aria-activedescendant. */
  id: string
  items: readonly T[]
  active: number
  onActive: (index: number) => void
  onPick: (item: T) => void
  children: (item: T) => JSX.Element
  class?: string
}

export const optionId = (listId: string, index: number) => `${listId}-opt-${index}`

/**
 * A listbox driven from a field that keeps focus (the ARIA combobox pattern): the field owns the
 * keys and points at the active option with aria-activedescendant; the pointer can pick too.
 * Options never take focus, so typing is never interrupted.
 */
export function OptionList<T>(props: OptionListProps<T>) {
  createEffect(() => document.getElementById(optionId(props.id, props.active))?.scrollIntoView({ block: "nearest" }))
  return (
    <ul id={props.id} role="listbox" aria-label={props.label} class={`m-0 list-none overflow-auto p-0 ${props.class ?? ""}`}>
      <For each={props.items}>
        {(item, i) => (
          <li
            id={optionId(props.id, i())}
            role="option"
            aria-selected={i() === props.active}
            class="cursor-pointer rounded px-2 py-1"
            classList={{ "bg-blue-100": i() === props.active }}
            onMouseMove={() => i() !== props.active && props.onActive(i())}
            // The field keeps focus: a pointer press on an option must not blur it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onPick(item)}
          >
            {props.children(item)}
          </li>
        )}
      </For>
    </ul>
  )
}
