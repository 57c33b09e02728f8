import { createUniqueId, For } from "solid-js"
import { SESSION_STATES } from "../../lib/fleet/session-state"
import { UNREAD_FILTER, type RowFilter, type StateFilter } from "../../lib/fleet/views"
import type { ServerEntry } from "../../lib/registry/server"

const STATE_CHOICES: readonly StateFilter[] = [...SESSION_STATES, UNREAD_FILTER]
const isStateFilter = (value: string): value is StateFilter => value === "all" || STATE_CHOICES.some((choice) => choice === value)

/** Filters of "All sessions": by state (or "Done, unread") and by server. */
export function SessionFilters(props: { filter: RowFilter; servers: ServerEntry[]; onChange: (filter: RowFilter) => void }) {
  const stateId = createUniqueId()
  const serverId = createUniqueId()
  return (
    <div class="flex flex-wrap gap-3 text-sm">
      <div>
        <label for={stateId} class="label">
          Filter by state
        </label>
        <select
          id={stateId}
          class="field"
          value={props.filter.state}
          onChange={(e) => {
            const value = e.currentTarget.value
            if (isStateFilter(value)) props.onChange({ ...props.filter, state: value })
          }}
        >
          <option value="all">All states</option>
          <For each={STATE_CHOICES}>{(state) => <option value={state}>{state}</option>}</For>
        </select>
      </div>
      <div>
        <label for={serverId} class="label">
          Filter by server
        </label>
        <select id={serverId} class="field" value={props.filter.serverId} onChange={(e) => props.onChange({ ...props.filter, serverId: e.currentTarget.value })}>
          <option value="all">All servers</option>
          <For each={props.servers}>{(server) => <option value={server.id}>{server.name}</option>}</For>
        </select>
      </div>
    </div>
  )
}
