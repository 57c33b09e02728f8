import { A } from "@solidjs/router"
import { Show } from "solid-js"
import { links } from "../../lib/routing/links"
import { useFleet } from "../../state/fleet/fleet"

/** The sidebar's way to every server at once, with how many requests wait anywhere. */
export function FleetLink() {
  const fleet = useFleet()
  return (
    <div class="flex items-center gap-2 text-sm">
      <A href={links.all()} class="text-night-200 hover:text-snow" activeClass="font-semibold !text-snow">
        All servers
      </A>
      <Show when={fleet.waiting() > 0}>
        <span class="rounded-full bg-red-600 px-2 text-xs font-semibold text-white">{fleet.waiting()} waiting</span>
      </Show>
    </div>
  )
}
