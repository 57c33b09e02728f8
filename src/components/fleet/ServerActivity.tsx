import { A } from "@solidjs/router"
import { For, Show } from "solid-js"
import { countsText } from "../../lib/fleet/views"
import { links } from "../../lib/routing/links"
import { useFleet } from "../../state/fleet/fleet"
import { useRegistry } from "../../state/registry/registry"

/** Under the switcher: each server with requests waiting or sessions working, and how many. */
export function ServerActivity() {
  const fleet = useFleet()
  const registry = useRegistry()
  const busy = () => registry.servers().flatMap((server) => {
    const text = countsText(fleet.counts(server.id))
    return text ? [{ server, text }] : []
  })
  return (
    <Show when={busy().length > 0}>
      <ul aria-label="Activity per server" class="m-0 flex list-none flex-col gap-0.5 p-0 text-xs">
        <For each={busy()}>
          {(entry) => (
            <li class="flex items-center gap-2">
              <span aria-hidden="true" class="inline-block h-2 w-2 shrink-0 rounded-full" style={{ "background-color": entry.server.color }} />
              <A href={links.server(entry.server.id)} class="min-w-0 truncate text-night-200 hover:text-snow">
                {entry.server.name}
              </A>
              <span class="shrink-0 text-[#fcd34d]" data-counts={entry.server.id}>
                {entry.text}
              </span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
