/** Which of a server's projects the home page offers to open. */
import type { Project } from "../model"

/** Git projects only, most recently used first: the "global" project (worktree "/") means "no project", not a place. */
export function openableProjects(projects: readonly Project[]): Project[] {
  return projects.filter((p) => p.worktree !== "/").sort((a, b) => b.time.updated - a.time.updated)
}
