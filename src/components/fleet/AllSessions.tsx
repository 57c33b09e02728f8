import { createMemo, createSignal, For, Show } from "solid-js"
import { filterRows, type RowFilter } from "../../lib/fleet/views"
import { useFleet } from "../../state/fleet/fleet"
import { useRegistry } from "../../state/registry/registry"
import { FleetSessionRow } from "./FleetSessionRow"
import { SessionFilters } from "./SessionFilters"

/** "All sessions": recent sessions of every server with one state each, filtered by state and server. */
export function AllSessions() {
  const fleet = useFleet()
  fleet.showStates()
  const registry = useRegistry()
  const [filter, setFilter] = createSignal<RowFilter>({ state: "all", serverId: "all" })
  const rows = createMemo(() => filterRows(fleet.rows(), filter()))
  return (
    <section aria-labelledby="all-sessions" class="flex flex-col gap-2">
      <h2 id="all-sessions" class="m-0 text-lg font-semibold">
        All sessions
      </h2>
      <SessionFilters filter={filter()} servers={registry.servers()} onChange={setFilter} />
      <Show when={rows().length > 0} fallback={<p class="m-0 text-sm text-slate-600">{fleet.rows().length > 0 ? "No session matches these filters." : "No sessions yet."}</p>}>
        <ul aria-label="All sessions" class="m-0 list-none divide-y divide-slate-200 rounded border border-slate-200 bg-white p-0">
          {/* By row: the fleet keeps an unchanged row's object, so only new or changed rows are drawn. */}
          <For each={rows()}>{(row) => <Show when={registry.byId(row.serverId)}>{(server) => <FleetSessionRow row={row} server={server()} />}</Show>}</For>
        </ul>
      </Show>
    </section>
  )
}
