import { createSignal, createUniqueId, For, Show, type JSX } from "solid-js"
import { groupServers, hasGroups, type ServerGroup } from "../../lib/registry/groups"
import type { ServerEntry } from "../../lib/registry/server"

export type GroupedServerListProps = {
  servers: ServerEntry[]
  row: (server: ServerEntry) => JSX.Element
}

const LIST_CLASS = "divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white"

/**
 * The registry as one list "Servers", or, once some server has a group, one collapsible section
 * per group (a list "Servers in <group>"), ungrouped last.
 */
export function GroupedServerList(props: GroupedServerListProps) {
  return (
    <Show
      when={hasGroups(props.servers)}
      fallback={
        <ul aria-label="Servers" class={`mt-4 ${LIST_CLASS}`}>
          <For each={props.servers}>{(server) => props.row(server)}</For>
        </ul>
      }
    >
      <div class="mt-4 flex flex-col gap-4">
        <For each={groupServers(props.servers)}>{(group) => <GroupSection group={group} row={props.row} />}</For>
      </div>
    </Show>
  )
}

function GroupSection(props: { group: ServerGroup; row: (server: ServerEntry) => JSX.Element }) {
  const [open, setOpen] = createSignal(true)
  const listId = createUniqueId()
  return (
    <section aria-label={props.group.label}>
      <h2 class="m-0 text-base font-semibold">
        <button type="button" class="flex items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-100" aria-expanded={open()} aria-controls={listId} onClick={() => setOpen(!open())}>
          <span aria-hidden="true" class="inline-block w-3 text-slate-500">{open() ? "▾" : "▸"}</span>
          {props.group.label}
          <span class="text-sm font-normal text-slate-500">({props.group.servers.length})</span>
        </button>
      </h2>
      <ul id={listId} aria-label={`Servers in ${props.group.label}`} class={`mt-2 ${LIST_CLASS}`} hidden={!open()}>
        <For each={props.group.servers}>{(server) => props.row(server)}</For>
      </ul>
    </section>
  )
}
