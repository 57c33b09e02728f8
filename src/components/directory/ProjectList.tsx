import { A } from "@solidjs/router"
import { For, Show } from "solid-js"
import type { Project } from "../../lib/model"
import { ErrorNote } from "../ui/ErrorNote"

export type ProjectListProps = {
  projects: Project[]
  loading: boolean
  error: string | undefined
  href: (directory: string) => string
  onRetry: () => void
}

/** The list named "Projects": the git projects the server has seen, each opening its worktree. */
export function ProjectList(props: ProjectListProps) {
  return (
    <section aria-labelledby="projects-title" class="flex flex-col gap-2">
      <h2 id="projects-title" class="text-lg font-semibold">
        Projects
      </h2>
      <Show when={props.error}>{(error) => <ErrorNote message={error()} onRetry={() => props.onRetry()} />}</Show>
      <Show when={!props.loading && !props.error && props.projects.length === 0}>
        <p class="text-sm text-slate-600">This server has not opened a git project yet. Open a directory by its path.</p>
      </Show>
      <ul aria-label="Projects" class="divide-y divide-slate-200 rounded border border-slate-200 bg-white empty:hidden">
        <For each={props.projects}>
          {(project) => (
            <li class="flex items-center gap-3 px-3 py-2">
              <A href={props.href(project.worktree)} class="min-w-0 flex-1 truncate">
                {project.name ?? project.worktree}
              </A>
              <Show when={project.name}>
                <span class="mono truncate text-xs text-slate-500">{project.worktree}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  )
}
