/**
 * "Done, unread": a session finished a run after the person last looked at it. Stamps are the
 * session's own `time.updated` (server clock), so a browser whose clock is off cannot confuse them.
 */
import type { Session } from "../model"
import type { SessionState } from "./session-state"

/** Per session: the `time.updated` it had when last looked at, and when it last finished. */
export type ReadMark = { looked?: number; finished?: number }
export type ReadMarks = Record<string, ReadMark>

export const markKey = (serverId: string, sessionId: string): string => JSON.stringify([serverId, sessionId])

export function isUnread(mark: ReadMark | undefined, state: SessionState): boolean {
  if (state !== "Idle" || mark?.finished === undefined) return false
  return mark.looked === undefined || mark.finished > mark.looked
}

/** The mark after the person looked at `session` (it is on screen). */
export function looked(mark: ReadMark | undefined, session: Session): ReadMark {
  return { ...mark, looked: Math.max(mark?.looked ?? 0, session.time.updated) }
}

/** The mark after `session` finished a run; a session never looked at counts as unread too. */
export function finished(mark: ReadMark | undefined, session: Session): ReadMark {
  return { ...mark, finished: Math.max(mark?.finished ?? 0, session.time.updated) }
}

/**
 * At start-up: an idle session looked at before and changed since ran while no tab watched it.
 * Sessions never looked at are left alone, or every old session would read as unread.
 */
export function finishedWhileAway(mark: ReadMark | undefined, session: Session, state: SessionState): boolean {
  return state === "Idle" && mark?.looked !== undefined && session.time.updated > mark.looked && (mark.finished ?? 0) < session.time.updated
}

/** Keeps the `max` most recently touched marks, so the stored record cannot grow without end. */
export function pruneMarks(marks: ReadMarks, max: number): ReadMarks {
  const entries = Object.entries(marks)
  if (entries.length <= max) return marks
  const recent = (m: ReadMark) => Math.max(m.looked ?? 0, m.finished ?? 0)
  return Object.fromEntries(entries.sort((a, b) => recent(b[1]) - recent(a[1])).slice(0, max))
}
