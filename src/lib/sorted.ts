/** Arrays kept sorted by `id`: OpenCode's message and part ids sort in creation order. */
type HasId = { id: string }

/** Index of `id`, or where it would go (as `~index - 1`, negative) when absent. */
export function findById(list: readonly HasId[], id: string): number {
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const at = list[mid]?.id ?? ""
    if (at === id) return mid
    if (at < id) lo = mid + 1
    else hi = mid - 1
  }
  return -(lo + 1)
}

/** Replaces the item with the same id or inserts it in order; mutates `list`. */
export function upsertById<T extends HasId>(list: T[], item: T): void {
  const at = findById(list, item.id)
  if (at >= 0) list[at] = item
  else list.splice(-at - 1, 0, item)
}

/** Removes the item with `id`; mutates `list`. Returns whether it was there. */
export function removeById(list: HasId[], id: string): boolean {
  const at = findById(list, id)
  if (at < 0) return false
  list.splice(at, 1)
  return true
}

export function getById<T extends HasId>(list: readonly T[], id: string): T | undefined {
  const at = findById(list, id)
  return at >= 0 ? list[at] : undefined
}

/**
 * `list` with `added` (ids absent from it, any order) merged in by id, as a new array: a store
 * gets one write for a whole page instead of one splice, shifting every later index, per item.
 *
 * @example insertAllById([{ id: "b" }], [{ id: "c" }, { id: "a" }]) // [{ id: "a" }, { id: "b" }, { id: "c" }]
 */
export function insertAllById<T extends HasId>(list: readonly T[], added: readonly T[]): T[] {
  const sorted = [...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const out: T[] = []
  let i = 0
  let j = 0
  while (i < list.length || j < sorted.length) {
    const a = list[i]
    const b = sorted[j]
    if (b === undefined || (a !== undefined && a.id <= b.id)) {
      if (a !== undefined) out.push(a)
      i++
    } else {
      out.push(b)
      j++
    }
  }
  return out
}
