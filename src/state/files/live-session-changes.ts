import { onCleanup, type Accessor } from "solid-js"
import { sessionWithNewChanges } from "../../lib/files/changes-event"
import { useActiveServer } from "../connection/active-server"
import { useDirectory } from "../directory/active-directory"
import { useSessionChanges } from "./changes"

/** A turn sends several such events in a row (diff, patch part, summary); one refetch covers them. */
export const REFETCH_DELAY_MS = 300

/**
 * What one session changed, kept current as its agent edits: the directory's events that touch the
 * session's changes trigger a refetch (on the server's one stream, no new connection).
 */
export function useLiveSessionChanges(sessionId: Accessor<string>, delayMs = REFETCH_DELAY_MS) {
  const active = useActiveServer()
  const dir = useDirectory()
  const changes = useSessionChanges(sessionId)
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = active.live.listen({
    directory: dir.directory(),
    onEvent(payload) {
      if (sessionWithNewChanges(payload) !== sessionId()) return
      clearTimeout(timer)
      timer = setTimeout(changes.reload, delayMs)
    },
  })
  onCleanup(() => {
    stop()
    clearTimeout(timer)
  })
  return changes
}
