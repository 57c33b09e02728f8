import { createEffect, createSignal, Match, Switch } from "solid-js"
import type { ServerHealth } from "../../lib/connection/health"
import type { ServerEntry } from "../../lib/registry/server"
import { CorsFix } from "./CorsFix"
import { PasswordPrompt } from "./PasswordPrompt"

/** What a person can do about a server's status: type the password, fix CORS, start the server. */
export function HealthHelp(props: { server: ServerEntry; status: ServerHealth; detailed?: boolean }) {
  // The prompt stays through the re-check its own Connect starts, so what was typed survives it.
  const [asking, setAsking] = createSignal(false)
  createEffect(() => props.status.kind !== "checking" && setAsking(props.status.kind === "unauthorized"))
  return (
    <Switch>
      <Match when={asking()}>
        <PasswordPrompt server={props.server} />
      </Match>
      <Match when={props.status.kind === "cors"}>
        <CorsFix origin={window.location.origin} />
      </Match>
      <Match when={props.detailed && props.status.kind === "offline"}>
        <p class="mt-2 text-sm text-slate-600">Is `opencode serve` running at this address? Start it, then retry.</p>
      </Match>
      <Match when={props.detailed && props.status.kind === "mixed"}>
        <p class="mt-2 text-sm text-slate-600">Serve the server over https (for example with `tailscale serve`), or open this portal over http.</p>
      </Match>
    </Switch>
  )
}
