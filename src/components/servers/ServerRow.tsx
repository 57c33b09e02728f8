import { Show } from "solid-js"
import type { ServerEntry } from "../../lib/registry/server"
import { useHealth } from "../../state/connection/health"
import { ServerCounts } from "../fleet/ServerCounts"
import { ServerBadge } from "./ServerBadge"
import { HealthHelp } from "./HealthHelp"
import { HealthText } from "./HealthText"
import { UnsecuredWarning } from "./UnsecuredWarning"
import { OFFSCREEN_ROW } from "../ui/offscreen-row"

export type ServerRowProps = {
  server: ServerEntry
  active: boolean
  onSwitch: () => void
  onEdit: () => void
  onDelete: () => void
}

/** One registered server: who it is, whether it answers, and what to do when it does not. */
export function ServerRow(props: ServerRowProps) {
  const health = useHealth()
  const status = () => health.of(props.server.id)
  return (
    <li class="flex flex-col gap-1 px-4 py-3" style={{ ...OFFSCREEN_ROW, "border-left": `4px solid ${props.server.color}` }}>
      <div class="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div class="min-w-0 flex-1 basis-64">
          <div class="flex items-center gap-2 font-medium">
            <ServerBadge name={props.server.name} color={props.server.color} />
            <Show when={props.active}>
              <span class="shrink-0 rounded bg-blue-100 px-1.5 text-xs text-blue-800">Active</span>
            </Show>
          </div>
          <div class="mono break-all text-sm text-slate-500">{props.server.url}</div>
          <div class="flex flex-wrap items-center gap-x-3">
            <HealthText status={status()} />
            <ServerCounts serverId={props.server.id} />
          </div>
        </div>
        <div class="flex flex-wrap gap-2">
          <button type="button" class="btn" aria-label={`Switch to ${props.server.name}`} onClick={() => props.onSwitch()}>
            Switch to
          </button>
          <button type="button" class="btn" aria-label={`Edit ${props.server.name}`} onClick={() => props.onEdit()}>
            Edit
          </button>
          <button type="button" class="btn" aria-label={`Delete ${props.server.name}`} onClick={() => props.onDelete()}>
            Delete
          </button>
        </div>
      </div>
      <HealthHelp server={props.server} status={status()} />
      <UnsecuredWarning server={props.server} />
    </li>
  )
}
