/**
 * Keys typed between asking for a field and the field being there (the command palette loads on
 * first use): they belong to that field, not to the page behind it, where a letter can be a
 * shortcut and Enter can press whatever button has focus.
 */
export type TypedAhead = { text: string; enter: boolean; cancelled: boolean }

export const NOTHING_TYPED: TypedAhead = { text: "", enter: false, cancelled: false }

type KeyLike = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "isComposing">

/**
 * What `key` makes of what was typed so far; undefined when the key is not for the field (a
 * shortcut with Ctrl, ⌘ or Alt, an arrow, Tab), which then goes to the page as usual. Once Enter
 * or Escape is pressed, later keys are kept from the page and change nothing.
 *
 * @example typeAhead({ ...NOTHING_TYPED, text: "th" }, event) // for the key "e": { text: "the", enter: false, cancelled: false }
 */
export function typeAhead(typed: TypedAhead, key: KeyLike): TypedAhead | undefined {
  if (key.ctrlKey || key.metaKey || key.altKey || key.isComposing) return undefined
  if (typed.enter || typed.cancelled) return typed
  if (key.key === "Enter") return { ...typed, enter: true }
  if (key.key === "Escape") return { ...typed, cancelled: true }
  if (key.key === "Backspace") return { ...typed, text: typed.text.slice(0, -1) }
  // A printable key is one character; named keys ("Shift", "ArrowUp", "Tab") are longer.
  return [...key.key].length === 1 ? { ...typed, text: typed.text + key.key } : undefined
}
