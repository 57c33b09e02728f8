import { listProjects, serverPaths } from "../../api/projects"
import { openableProjects } from "../../lib/directory/projects"
import { loadServerHome, saveServerHome } from "../../storage/server-home"
import { createLoad } from "../load"
import { checkDirectory } from "./open-directory"
import { createRecentDirs } from "./recent-dirs"
import { useActiveServer } from "../connection/active-server"
import { useBrowserStores } from "../browser-stores"

/** What a server's home shows: its projects, its own working directory, recent directories, and opening a path. */
export function createServerHome() {
  const active = useActiveServer()
  const stores = useBrowserStores()
  const { id, url } = active.server()
  // The directory `/path` gave last time: its sessions are asked for at once, beside `/path`
  // itself, instead of one round trip later; a different answer remounts the list once.
  const remembered = loadServerHome(stores.local.store, id, url)
  let pathsAnswered: Promise<unknown> = Promise.resolve()
  const home = createLoad(() => {
    const call = serverPaths(active.connection).then((paths) => {
      try {
        saveServerHome(stores.local.store, id, url, paths.directory)
      } catch {
        // Only a shortcut for the next visit (which then waits for /path); the storage banner says why.
      }
      return paths
    })
    pathsAnswered = call.catch(() => undefined)
    return call
  })
  // After /path: the project list is below the fold, and the server answers the session list
  // sooner without it alongside (a switch waits for that list).
  const projects = createLoad(async () => {
    await pathsAnswered
    return openableProjects(await listProjects(active.connection))
  })
  return {
    projects,
    /** The directory the server was started in; its sessions are listed on the home page. */
    defaultDirectory: () => home.value()?.directory ?? remembered,
    home,
    recent: createRecentDirs(id, stores.kv),
    check: (raw: string) => checkDirectory(active.connection, raw),
  }
}
