import { useNavigate } from "@solidjs/router"
import { errorText } from "../../lib/error-text"
import { sessionActivity } from "../../lib/directory/session-activity"
import { useDirectoryData } from "../../state/directory/provider"
import { useViewLinks } from "../../state/routing/view-links"
import { useToasts } from "../../state/toasts"
import { useClock } from "../../state/ui/clock"
import { SessionList } from "./SessionList"

/** The live session list of the current directory, wired to its store; failures become error toasts. A fork opens at once. */
export function DirectorySessions() {
  const data = useDirectoryData()
  const links = useViewLinks()
  const toasts = useToasts()
  const navigate = useNavigate()
  const now = useClock()
  const href = (id: string) => links.to({ kind: "session", sessionId: id })
  const beside = (id: string) => {
    const to = links.beside({ kind: "session", sessionId: id })
    return to === undefined ? undefined : () => navigate(to)
  }
  const attempt = (run: () => Promise<unknown>) => {
    run().catch((err: unknown) => toasts.push({ kind: "error", message: errorText(err) }))
  }
  return (
    <SessionList
      sessions={data.sessions()}
      loading={data.sessionsLoad().state === "loading"}
      error={data.sessionsLoad().error}
      activity={(id) => sessionActivity({ status: data.status(id), pendingPermissions: data.permissions(id).length, error: data.error(id), now: data.now() })}
      href={href}
      now={now()}
      onBeside={beside}
      onRetry={() => void data.loadSessions()}
      onCreate={() => attempt(async () => navigate(href((await data.createSession()).id)))}
      onRename={(id, title) => attempt(() => data.renameSession(id, title))}
      onDelete={(id) => attempt(() => data.deleteSession(id))}
      onFork={(id) =>
        attempt(async () => {
          const fork = await data.forkSession(id)
          navigate(href(fork.id))
        })
      }
      onArchive={(id, archived) => attempt(() => data.archiveSession(id, archived))}
    />
  )
}
