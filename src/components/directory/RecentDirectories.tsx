import { A } from "@solidjs/router"
import { For, Show } from "solid-js"
import type { RecentDir } from "../../state/directory/recent-dirs"

/** Directories opened on this server before, newest first, each with a way to forget it. */
export function RecentDirectories(props: { dirs: RecentDir[]; error: string | undefined; href: (directory: string) => string; onForget: (directory: string) => void }) {
  return (
    <Show when={props.dirs.length > 0 || props.error}>
      <section aria-labelledby="recent-title" class="flex flex-col gap-2">
        <h2 id="recent-title" class="text-lg font-semibold">
          Recent directories
        </h2>
        <Show when={props.error}>
          <p role="alert" class="text-sm text-red-800">
            {props.error}
          </p>
        </Show>
        <ul aria-label="Recent directories" class="divide-y divide-slate-200 rounded border border-slate-200 bg-white empty:hidden">
          <For each={props.dirs}>
            {(dir) => (
              <li class="flex items-center gap-3 px-3 py-1.5">
                <A href={props.href(dir.directory)} class="mono min-w-0 flex-1 truncate text-sm">
                  {dir.directory}
                </A>
                <button type="button" class="btn px-2 py-0.5 text-xs" aria-label={`Forget ${dir.directory}`} onClick={() => props.onForget(dir.directory)}>
                  Forget
                </button>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  )
}
