import { listProjects, serverPaths } from "../api/projects"
import type { Project } from "../lib/model"
import { createLoad } from "./load"
import { checkDirectory } from "./open-directory"
import { createRecentDirs } from "./recent-dirs"
import { useActiveServer } from "./server"

/** Git projects only: the "global" project (worktree "/") stands for "not in a project", not a place to open. */
export function openableProjects(projects: readonly Project[]): Project[] {
  return projects.filter((p) => p.worktree !== "/").sort((a, b) => b.time.updated - a.time.updated)
}

/** What a server's home shows: its projects, its own working directory, recent directories, and opening a path. */
export function createServerHome() {
  const active = useActiveServer()
  const name = () => active.server().name
  const projects = createLoad(async () => openableProjects(await listProjects(active.client(), name())))
  const home = createLoad(() => serverPaths(active.client(), name()))
  return {
    projects,
    /** The directory the server was started in; its sessions are listed on the home page. */
    defaultDirectory: () => home.value()?.directory,
    home,
    recent: createRecentDirs(active.server().id),
    check: (raw: string) => checkDirectory(active, raw),
  }
}
