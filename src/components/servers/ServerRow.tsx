import { createEffect, createSignal, lazy, Show } from "solid-js"
import type { ServerEntry } from "../../lib/registry/server"
import { useHealth } from "../../state/connection/health"
import { ServerCounts } from "../fleet/ServerCounts"
import { ServerBadge } from "./ServerBadge"
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

/** The password prompt and the CORS fix load only for a server that needs them. */
const HealthHelp = lazy(() => import("./HealthHelp").then((m) => ({ default: m.HealthHelp })))
const HELPED = new Set(["unauthorized", "cors", "offline", "mixed"])

/** One registered server: who it is, whether it answers, and what to do when it does not. */
export function ServerRow(props: ServerRowProps) {
  const health = useHealth()
  const status = () => health.of(props.server.id)
  // Once shown, the help stays mounted (its password field keeps what was typed through a re-check).
  const [helped, setHelped] = createSignal(false)
  createEffect(() => HELPED.has(status().kind) && setHelped(true))
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
      <Show when={helped()}>
        <HealthHelp server={props.server} status={status()} />
      </Show>
      <UnsecuredWarning server={props.server} />
    </li>
  )
}
