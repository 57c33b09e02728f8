import { useNavigate } from "@solidjs/router"
import { links } from "../../lib/routing/links"
import { sessionActivity } from "../../lib/directory/session-activity"
import { useDirectoryData } from "../../state/directory/provider"
import { useActiveServer } from "../../state/connection/active-server"
import { useToasts } from "../../state/toasts"
import { useClock } from "../../state/ui/clock"
import { SessionList } from "./SessionList"
import { errorText } from "../../lib/error-text"

/** The live session list of the current directory, wired to its store; failures become error toasts. A fork opens at once. */
export function DirectorySessions() {
  const data = useDirectoryData()
  const active = useActiveServer()
  const toasts = useToasts()
  const navigate = useNavigate()
  const now = useClock()
  const href = (id: string) => links.session(active.server().id, data.directory(), id)
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
