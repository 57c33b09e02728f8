import { useNavigate } from "@solidjs/router"
import { errorText } from "../../lib/error-text"
import { links } from "../../lib/routing/links"
import { ACTIONS } from "../../state/commands/catalogue"
import { useAction } from "../../state/commands/actions"
import { useActiveServer } from "../../state/connection/active-server"
import { useDirectoryData } from "../../state/directory/provider"
import { useToasts } from "../../state/toasts"

/** The palette's actions for the open directory: a new session (its prompt takes focus) and its terminal. */
export function DirectoryActions() {
  const data = useDirectoryData()
  const active = useActiveServer()
  const toasts = useToasts()
  const navigate = useNavigate()
  const base = () => links.directory(active.server().id, data.directory())
  useAction({
    ...ACTIONS.newSession,
    run: () =>
      void data.createSession().then(
        (session) => navigate(links.session(active.server().id, data.directory(), session.id)),
        (err: unknown) => toasts.push({ kind: "error", message: errorText(err) }),
      ),
  })
  useAction({ ...ACTIONS.openTerminal, run: () => navigate(`${base()}/terminal`) })
  return null
}
