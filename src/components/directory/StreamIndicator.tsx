import { Show } from "solid-js"
import { streamLabel, type StreamState } from "../../lib/events/stream-state"

const TONE: Record<StreamState["kind"], string> = {
  live: "text-green-700",
  connecting: "text-slate-500",
  reconnecting: "text-amber-700",
  offline: "text-red-700",
}

/** The live event stream's state in words ("Live", "Reconnecting…", "Offline: …"), with a way to retry now. */
export function StreamIndicator(props: { state: StreamState; now: number; serverName: string; onReconnect: () => void }) {
  const error = () => (props.state.kind === "reconnecting" || props.state.kind === "offline" ? props.state.error : undefined)
  return (
    <div class="flex items-center gap-2 text-sm">
      <span aria-hidden="true" class={TONE[props.state.kind]}>
        {props.state.kind === "live" ? "●" : "○"}
      </span>
      <span role="status" aria-label={`Live updates from ${props.serverName}`} class={TONE[props.state.kind]} title={error()}>
        {streamLabel(props.state, props.now)}
      </span>
      <Show when={props.state.kind === "offline"}>
        <button type="button" class="btn py-0.5 text-xs" onClick={() => props.onReconnect()}>
          Reconnect now
        </button>
      </Show>
    </div>
  )
}
