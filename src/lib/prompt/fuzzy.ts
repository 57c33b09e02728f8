/**
 * Fuzzy matching for the palette and the prompt's suggestion lists. A match ranks by how a person
 * reads it: the whole text starting with the query, then a word starting with it, then the query
 * anywhere, then its letters in order (closer together is better). Ties keep the given order.
 */
export function fuzzyScore(query: string, text: string): number | undefined {
  const q = query.trim().toLowerCase()
  const t = text.toLowerCase()
  if (q === "") return 0
  if (t.startsWith(q)) return 0
  const at = t.indexOf(q)
  if (at > 0 && /[\s/._-]/.test(t[at - 1] ?? "")) return 1
  if (at > 0) return 2
  let from = 0
  let first = -1
  for (const ch of q) {
    if (ch === " ") continue
    const found = t.indexOf(ch, from)
    if (found < 0) return undefined
    if (first < 0) first = found
    from = found + 1
  }
  // Letters in order: the tighter the span, the better, always after every contiguous match.
  return 3 + (from - first) / (t.length + 1)
}

/** The items matching `query`, best first; `text` says what of an item is matched. */
export function fuzzyFilter<T>(query: string, items: readonly T[], text: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(query, text(item)) }))
    .flatMap((entry) => (entry.score === undefined ? [] : [{ ...entry, score: entry.score }]))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((entry) => entry.item)
}
