/**
 * Keyboard behaviour of a tree widget, after the WAI-ARIA tree pattern: arrows move and
 * open/close, Home/End jump, Enter activates, a typed character jumps to the next matching name.
 */
export type NavRow = { path: string; name: string; level: number; expandable: boolean; expanded: boolean }

export type NavAction =
  | { type: "focus"; index: number }
  | { type: "expand"; path: string }
  | { type: "collapse"; path: string }
  | { type: "activate"; path: string }

export function treeKey(key: string, rows: readonly NavRow[], index: number): NavAction | undefined {
  const row = rows[index]
  if (!row) return rows.length > 0 ? { type: "focus", index: 0 } : undefined
  const last = rows.length - 1
  switch (key) {
    case "ArrowDown":
      return index < last ? { type: "focus", index: index + 1 } : undefined
    case "ArrowUp":
      return index > 0 ? { type: "focus", index: index - 1 } : undefined
    case "Home":
      return { type: "focus", index: 0 }
    case "End":
      return { type: "focus", index: last }
    case "ArrowRight":
      if (row.expandable && !row.expanded) return { type: "expand", path: row.path }
      if (row.expanded && (rows[index + 1]?.level ?? 0) > row.level) return { type: "focus", index: index + 1 }
      return undefined
    case "ArrowLeft": {
      if (row.expandable && row.expanded) return { type: "collapse", path: row.path }
      const parent = rows.slice(0, index).findLastIndex((r) => r.level < row.level)
      return parent >= 0 ? { type: "focus", index: parent } : undefined
    }
    case "Enter":
      return { type: "activate", path: row.path }
    default:
      return typeAhead(key, rows, index)
  }
}

/** A single printable character moves to the next row (wrapping) whose name starts with it. */
function typeAhead(key: string, rows: readonly NavRow[], index: number): NavAction | undefined {
  if ([...key].length !== 1 || key.trim() === "") return undefined
  const char = key.toLowerCase()
  for (let step = 1; step <= rows.length; step++) {
    const i = (index + step) % rows.length
    if (rows[i]?.name.toLowerCase().startsWith(char)) return { type: "focus", index: i }
  }
  return undefined
}
