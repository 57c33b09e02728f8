import { makeConnection, type Scope } from "../../api/connection"
import { useActiveServer } from "../connection/active-server"
import { useCredentials } from "../connection/credentials"
import { useDirectory } from "../directory/active-directory"

/**
 * The active directory as a Scope, for the chat's newer API calls. A stopgap until the active
 * server hands out its Connection (then this becomes `useDirectory().scope`).
 */
export function useChatScope(): Scope {
  const active = useActiveServer()
  const credentials = useCredentials()
  const dir = useDirectory()
  return makeConnection({ server: () => active.server(), credentials: () => credentials.credentialsFor(active.server()) }).at(dir.directory())
}
