import { Show } from "solid-js"
import { countsText } from "../../lib/fleet/views"
import { useFleet } from "../../state/fleet/fleet"

/** "2 waiting · 1 working" for one server; nothing when it is quiet. */
export function ServerCounts(props: { serverId: string; class?: string }) {
  const fleet = useFleet()
  const text = () => countsText(fleet.counts(props.serverId))
  return (
    <Show when={text()}>
      {(t) => (
        <span class={`text-xs font-medium ${props.class ?? "text-amber-800"}`} data-counts={props.serverId}>
          {t()}
        </span>
      )}
    </Show>
  )
}
