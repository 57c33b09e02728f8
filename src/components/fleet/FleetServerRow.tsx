import { Show } from "solid-js"
import { streamLabel } from "../../lib/events/stream-state"
import type { ServerEntry } from "../../lib/registry/server"
import { useHealth } from "../../state/connection/health"
import type { ServerFleet } from "../../state/fleet/server-fleet"
import { ErrorNote } from "../ui/ErrorNote"
import { HealthHelp } from "../servers/HealthHelp"
import { HealthText } from "../servers/HealthText"
import { ServerBadge } from "../servers/ServerBadge"
import { ServerCounts } from "./ServerCounts"
import { OFFSCREEN_ROW } from "../ui/offscreen-row"

/** A round trip past this is worth saying: answers and events will feel late. */
export const SLOW_MS = 1000

/** One server on the fleet page: counts, the doctor's status and fix, and whether its stream and lists are live. */
export function FleetServerRow(props: { server: ServerEntry; fleet: ServerFleet | undefined }) {
  const health = useHealth()
  const status = () => health.of(props.server.id)
  const stream = () => props.fleet?.live.streamState()
  const load = () => props.fleet?.load()
  const loadError = () => {
    const current = load()
    return current?.kind === "error" ? current.message : undefined
  }
  const slow = () => {
    const s = status()
    return s.kind === "online" && s.rttMs > SLOW_MS
  }
  return (
    <li class="flex flex-col gap-1 px-3 py-2" style={{ ...OFFSCREEN_ROW, "border-left": `4px solid ${props.server.color}` }}>
      <div class="flex flex-wrap items-center gap-x-3 gap-y-1">
        <ServerBadge name={props.server.name} color={props.server.color} class="font-medium" />
        <HealthText status={status()} class="text-xs" />
        <Show when={slow()}>
          <span class="text-xs font-medium text-amber-800">Slow: answers and events may lag</span>
        </Show>
        <Show when={stream()}>{(s) => <Show when={s().kind !== "live"}><span class="text-xs text-slate-600">{streamLabel(s(), Date.now())}</span></Show>}</Show>
        <Show when={load()?.kind === "loading" && stream()?.kind === "live"}>
          <span class="text-xs text-slate-600">Loading sessions…</span>
        </Show>
        <ServerCounts serverId={props.server.id} />
      </div>
      <HealthHelp server={props.server} status={status()} detailed />
      <Show when={loadError()}>{(message) => <ErrorNote message={message()} onRetry={() => props.fleet?.refresh()} />}</Show>
    </li>
  )
}
