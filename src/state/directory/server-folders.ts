import { listFolders } from "../../api/folders"
import { makeConnection } from "../../api/connection"
import { useActiveServer } from "../connection/active-server"
import { useCredentials } from "../connection/credentials"
import { createFolderComplete } from "./folder-complete"

/** Path completion for the active server's directory picker. */
export function createServerFolders() {
  const active = useActiveServer()
  const credentials = useCredentials()
  // The smallest Connection until the active server hands one out (the lead's refactor).
  const connection = makeConnection({ server: active.server, credentials: () => credentials.credentialsFor(active.server()) })
  return createFolderComplete({ list: (path, signal) => listFolders(connection, path, signal) })
}
