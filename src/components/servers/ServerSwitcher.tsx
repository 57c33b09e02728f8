import { For, Show } from "solid-js"
import { useNavigate } from "@solidjs/router"
import { groupServers, hasGroups } from "../../lib/registry/groups"
import { links } from "../../lib/routing/links"
import { useHealth } from "../../state/connection/health"
import { useRegistry } from "../../state/registry/registry"
import { ServerActivity } from "../fleet/ServerActivity"
import { HealthText } from "./HealthText"

/**
 * The sidebar switcher: a native select (a combobox with one option per server name, under an
 * optgroup per server group), with the active server's color and status shown beside it in words.
 * `activeId` is the server in the URL, or off a server's pages the one last worked on.
 */
export function ServerSwitcher(props: { activeId: string | undefined }) {
  const registry = useRegistry()
  const health = useHealth()
  const navigate = useNavigate()
  const active = () => (props.activeId ? registry.byId(props.activeId) : undefined)
  return (
    <div class="flex flex-col gap-1">
      <label for="active-server" class="text-xs font-semibold uppercase tracking-wide text-night-300">
        Active server
      </label>
      <div class="flex items-center gap-2">
        <span aria-hidden="true" class="inline-block h-3 w-3 shrink-0 rounded-full border border-night-400" style={{ "background-color": active()?.color ?? "transparent" }} />
        <select
          id="active-server"
          class="min-w-0 flex-1 rounded border border-night-600 bg-night-800 px-2 py-1 text-sm text-snow focus-visible:outline focus-visible:outline-2 focus-visible:outline-snow"
          value={active()?.id ?? ""}
          onChange={(e) => {
            const id = e.currentTarget.value
            if (id) navigate(links.server(id))
          }}
        >
          <Show when={!active()}>
            <option value="">Choose a server…</option>
          </Show>
          <Show when={hasGroups(registry.servers())} fallback={<For each={registry.servers()}>{(server) => <option value={server.id}>{server.name}</option>}</For>}>
            <For each={groupServers(registry.servers())}>
              {(group) => (
                <optgroup label={group.label}>
                  <For each={group.servers}>{(server) => <option value={server.id}>{server.name}</option>}</For>
                </optgroup>
              )}
            </For>
          </Show>
        </select>
      </div>
      <Show when={active()}>{(server) => <HealthText status={health.of(server().id)} class="!text-night-200 text-xs" />}</Show>
      <ServerActivity />
    </div>
  )
}
