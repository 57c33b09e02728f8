import { listProjects, serverPaths } from "../../api/projects"
import { openableProjects } from "../../lib/directory/projects"
import { createLoad } from "../load"
import { checkDirectory } from "./open-directory"
import { createRecentDirs } from "./recent-dirs"
import { useActiveServer } from "../connection/active-server"
import { useBrowserStores } from "../browser-stores"

/** What a server's home shows: its projects, its own working directory, recent directories, and opening a path. */
export function createServerHome() {
  const active = useActiveServer()
  const projects = createLoad(async () => openableProjects(await listProjects(active.connection)))
  const home = createLoad(() => serverPaths(active.connection))
  return {
    projects,
    /** The directory the server was started in; its sessions are listed on the home page. */
    defaultDirectory: () => home.value()?.directory,
    home,
    recent: createRecentDirs(active.server().id, useBrowserStores().kv),
    check: (raw: string) => checkDirectory(active.connection, raw),
  }
}
