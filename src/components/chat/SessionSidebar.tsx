import { A } from "@solidjs/router"
import { createMemo, createSignal, For, Show } from "solid-js"
import { sessionActivity } from "../../lib/directory/session-activity"
import { sessionRows } from "../../lib/directory/session-tree"
import { useDirectoryData } from "../../state/directory/provider"

/** The directory's sessions beside the chat on wide screens: search by title, open one, see who works. */
export function SessionSidebar(props: { currentId: string; href: (id: string) => string }) {
  const data = useDirectoryData()
  const [query, setQuery] = createSignal("")
  const rows = createMemo(() => sessionRows(data.sessions(), { query: query(), showArchived: false }))
  return (
    <nav aria-label="Sessions of this directory" class="hidden w-64 shrink-0 flex-col border-r border-slate-200 bg-slate-50 lg:flex">
      <div class="border-b border-slate-200 p-2">
        <input type="search" class="field w-full text-sm" aria-label="Search sessions" placeholder="Search sessions" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <ul class="m-0 min-h-0 flex-1 list-none overflow-y-auto p-0">
        <For each={rows()}>
          {(row) => {
            const activity = () => sessionActivity({ status: data.status(row.session.id), pendingPermissions: data.permissions(row.session.id).length, error: data.error(row.session.id), now: data.now() })
            const current = () => row.session.id === props.currentId
            return (
              <li>
                <A
                  href={props.href(row.session.id)}
                  aria-current={current() ? "page" : undefined}
                  class={`block border-b border-slate-100 px-3 py-2 text-sm no-underline ${current() ? "bg-blue-50 font-semibold text-blue-900" : "text-slate-800 hover:bg-white"}`}
                  style={{ "padding-left": `${0.75 + row.depth}rem` }}
                >
                  <span class="block truncate">{row.session.title}</span>
                  <span class="block text-xs font-normal text-slate-500">{activity().text}</span>
                </A>
              </li>
            )
          }}
        </For>
      </ul>
      <Show when={rows().length === 0}>
        <p class="m-0 p-3 text-xs text-slate-500">{data.sessions().length === 0 ? "No sessions yet." : "No session matches."}</p>
      </Show>
    </nav>
  )
}
