import { A, useLocation } from "@solidjs/router"
import { For, onMount, Show } from "solid-js"
import { AllSessions } from "../components/fleet/AllSessions"
import { AttentionList } from "../components/fleet/AttentionList"
import { FleetServerRow } from "../components/fleet/FleetServerRow"
import { NotifyControl } from "../components/fleet/NotifyControl"
import { links } from "../lib/routing/links"
import { useFleet } from "../state/fleet/fleet"
import { createProgressive, ROWS_FIRST, ROWS_STEP } from "../state/ui/progressive"
import { useRegistry } from "../state/registry/registry"

/** /all: every server at once — what waits for you, answered in place, and every recent session. */
export default function AllServers() {
  const registry = useRegistry()
  const fleet = useFleet()
  const location = useLocation()
  const servers = createProgressive(registry.servers, { first: ROWS_FIRST, step: ROWS_STEP })
  onMount(() => (document.title = "All servers · OpenCode Portal"))
  return (
    <div class="mx-auto flex max-w-5xl flex-col gap-6 p-4">
      <header class="flex flex-wrap items-center justify-between gap-3">
        <h1 class="m-0 text-2xl font-bold">All servers</h1>
        <NotifyControl />
      </header>
      <Show
        when={registry.servers().length > 0}
        fallback={
          <p class="m-0 text-sm">
            No servers yet. <A href={links.servers()}>Add one on the Servers page</A>.
          </p>
        }
      >
        <AttentionList hash={location.hash} />
        <section aria-labelledby="server-status" class="flex flex-col gap-2">
          <h2 id="server-status" class="m-0 text-lg font-semibold">
            Servers
          </h2>
          <ul aria-label="Server status" class="m-0 list-none divide-y divide-slate-200 rounded border border-slate-200 bg-white p-0">
            <For each={servers()}>{(server) => <FleetServerRow server={server} fleet={fleet.byId(server.id)} />}</For>
          </ul>
        </section>
        <AllSessions />
      </Show>
    </div>
  )
}
