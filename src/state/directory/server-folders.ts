import { listFolders } from "../../api/folders"
import { useActiveServer } from "../connection/active-server"
import { createFolderComplete } from "./folder-complete"

/** Path completion for the active server's directory picker. */
export function createServerFolders() {
  const active = useActiveServer()
  return createFolderComplete({ list: (path, signal) => listFolders(active.connection, path, signal) })
}
