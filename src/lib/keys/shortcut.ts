/**
 * Keyboard shortcuts written as `"Mod+K"`, `"Alt+A"`, `"?"` or `"n"`. `Mod` is ⌘ on a Mac and
 * Ctrl elsewhere. A shortcut without Ctrl, ⌘ or Alt never fires while the person types in a
 * field: there the key is text.
 */
export type Shortcut = string

type Parsed = { mod: boolean; alt: boolean; shift: boolean; key: string }

type KeyEventLike = Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">

function parse(shortcut: Shortcut): Parsed {
  const parts = shortcut.split("+")
  const key = parts.pop() ?? ""
  return { mod: parts.includes("Mod"), alt: parts.includes("Alt"), shift: parts.includes("Shift"), key: key.toLowerCase() }
}

export const usesModifier = (shortcut: Shortcut): boolean => {
  const p = parse(shortcut)
  return p.mod || p.alt
}

export function matches(shortcut: Shortcut, e: KeyEventLike, mac: boolean): boolean {
  const p = parse(shortcut)
  const mod = mac ? e.metaKey : e.ctrlKey
  const other = mac ? e.ctrlKey : e.metaKey
  if (p.mod !== mod || other || p.alt !== e.altKey) return false
  // With Alt a Mac types another letter (⌥A is "å"), so letters match by their key's position.
  const letter = /^[a-z]$/.test(p.key) && e.code === `Key${p.key.toUpperCase()}`
  const key = e.key.toLowerCase() === p.key || (p.alt && letter)
  // Shift is implied by symbols such as "?", so it is only checked for letters.
  if (/^[a-z]$/.test(p.key) && p.shift !== e.shiftKey) return false
  return key
}

/** "Mod+K" → "Ctrl+K" (or "⌘K"); for buttons' titles and the shortcut lists. */
export function shortcutLabel(shortcut: Shortcut, mac: boolean): string {
  const p = parse(shortcut)
  const key = p.key.length === 1 ? p.key.toUpperCase() : p.key
  if (mac) return `${p.mod ? "⌘" : ""}${p.alt ? "⌥" : ""}${p.shift ? "⇧" : ""}${key}`
  return [p.mod ? "Ctrl" : "", p.alt ? "Alt" : "", p.shift ? "Shift" : "", key].filter(Boolean).join("+")
}

/** The `aria-keyshortcuts` value: "Mod+K" → "Control+K" (or "Meta+K"). */
export function ariaShortcut(shortcut: Shortcut, mac: boolean): string {
  return shortcut.replace("Mod", mac ? "Meta" : "Control")
}

/** True when a key press there is text: a text field, a select's typeahead, or editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof target !== "object" || !("tagName" in target) || typeof target.tagName !== "string") return false
  const tag = target.tagName.toLowerCase()
  if (tag === "textarea" || tag === "select") return true
  if ("isContentEditable" in target && target.isContentEditable === true) return true
  if (tag !== "input" || !("type" in target) || typeof target.type !== "string") return false
  return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file", "image"].includes(target.type)
}

export function isMac(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform)
}
