/** Orders a directory's sessions for the list: newest first, children under their parent, filtered. */
import type { Session } from "../model"

export type SessionRow = { session: Session; depth: number }
export type SessionFilter = { query: string; showArchived: boolean }

const newestFirst = (a: Session, b: Session) => b.time.created - a.time.created || (a.id < b.id ? 1 : -1)

/**
 * Archived sessions, and what hangs under them, are hidden unless asked for. A search keeps the
 * sessions whose title contains it (any case); a child whose parent is not shown stands alone.
 */
export function sessionRows(sessions: readonly Session[], filter: SessionFilter): SessionRow[] {
  const query = filter.query.trim().toLowerCase()
  const byId = new Map(sessions.map((s) => [s.id, s]))
  const archivedLine = (s: Session): boolean => {
    const seen = new Set<string>()
    for (let at: Session | undefined = s; at && !seen.has(at.id); at = at.parentID ? byId.get(at.parentID) : undefined) {
      if (at.time.archived) return true
      seen.add(at.id)
    }
    return false
  }
  const visible = sessions.filter((s) => s.title.toLowerCase().includes(query) && (filter.showArchived || !archivedLine(s)))
  const shown = new Set(visible.map((s) => s.id))
  const children = new Map<string, Session[]>()
  for (const s of visible) if (s.parentID && shown.has(s.parentID)) children.set(s.parentID, [...(children.get(s.parentID) ?? []), s])

  const rows: SessionRow[] = []
  const placed = new Set<string>()
  const visit = (s: Session, depth: number) => {
    if (placed.has(s.id)) return
    placed.add(s.id)
    rows.push({ session: s, depth })
    for (const child of (children.get(s.id) ?? []).sort(newestFirst)) visit(child, depth + 1)
  }
  for (const root of visible.filter((s) => !s.parentID || !shown.has(s.parentID)).sort(newestFirst)) visit(root, 0)
  return rows
}
