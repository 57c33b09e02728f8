import { createStore } from "solid-js/store"
import { finished, finishedWhileAway, isUnread, looked, markKey, type ReadMark } from "../../lib/fleet/unread"
import type { SessionState } from "../../lib/fleet/session-state"
import type { Session } from "../../lib/model"
import type { LocalStore } from "../../storage/drafts"
import { loadMarks, saveMarks } from "../../storage/fleet"

export type ReadMarksDeps = { store: LocalStore; report: (message: string) => void }

/** When each session was last looked at and last finished, per browser; says which sessions are "Done, unread". */
export function createReadMarks(deps: ReadMarksDeps) {
  const [marks, setMarks] = createStore(loadMarks(deps.store))
  let reported = false

  const put = (key: string, mark: ReadMark) => {
    const was = marks[key]
    if (was?.looked === mark.looked && was?.finished === mark.finished) return
    setMarks(key, mark)
    try {
      saveMarks(deps.store, { ...marks })
    } catch {
      // Once is enough: the marks still work for this page, only a reload forgets them.
      if (!reported) deps.report("This browser refused to store which sessions you have read; the marks last only while this page is open.")
      reported = true
    }
  }

  return {
    unread(serverId: string, session: Session, state: SessionState): boolean {
      const mark = marks[markKey(serverId, session.id)]
      return isUnread(mark, state) || finishedWhileAway(mark, session, state)
    },
    looked(serverId: string, session: Session) {
      const key = markKey(serverId, session.id)
      put(key, looked(marks[key], session))
    },
    finished(serverId: string, session: Session) {
      const key = markKey(serverId, session.id)
      put(key, finished(marks[key], session))
    },
  }
}

export type ReadMarksStore = ReturnType<typeof createReadMarks>
