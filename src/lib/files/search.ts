/**
 * Orders quick-open answers the way a person expects. The server's fuzzy finder can rank `new.md`
 * above `helpers.ts` for "hel", so plain substring hits come first: in the file name (its start
 * best), then anywhere in the path; the server's order breaks ties and ranks the rest.
 */
export function rankMatches(query: string, paths: readonly string[]): string[] {
  const q = query.trim().toLowerCase()
  if (q === "") return [...paths]
  const score = (path: string) => {
    const lower = path.toLowerCase()
    const name = lower.slice(lower.lastIndexOf("/") + 1)
    if (name.startsWith(q)) return 0
    if (name.includes(q)) return 1
    if (lower.includes(q)) return 2
    return 3
  }
  return paths
    .map((path, index) => ({ path, index, score: score(path) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((entry) => entry.path)
}
