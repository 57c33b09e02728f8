import { createResource } from "solid-js"
import { listSessions } from "../api/sessions"
import { useActiveServer } from "./server"

/** The active server's root sessions (its default directory), newest first. */
export function createServerSessions() {
  const active = useActiveServer()
  const [sessions, { refetch }] = createResource(
    () => active.client(),
    (client) => listSessions(client, active.server().name),
  )
  return { sessions, refetch }
}
