import { A } from "@solidjs/router"
import { createSignal, createEffect, Show, type JSX } from "solid-js"
import { healthText } from "../../lib/connection/health"
import type { ServerEntry } from "../../lib/registry/server"
import { useHealth } from "../../state/connection/health"
import { ServerBadge } from "./ServerBadge"
import { HealthHelp } from "./HealthHelp"

/**
 * Shows the server's views once it has answered; until then, a full-screen state that says what
 * is wrong, with Retry and Switch server. After the first success a later failure only adds a
 * banner, so an open chat is not torn down by a blip.
 */
export function ConnectionGate(props: { server: ServerEntry; children: JSX.Element }) {
  const health = useHealth()
  const status = () => health.of(props.server.id)
  const [everOnline, setEverOnline] = createSignal(false)
  createEffect(() => status().kind === "online" && setEverOnline(true))
  return (
    <Show when={everOnline()} fallback={<ConnectionScreen server={props.server} />}>
      <Show when={status().kind !== "online" && status().kind !== "checking"}>
        <div role="alert" class="flex flex-wrap items-center gap-3 border-b border-red-300 bg-red-50 px-4 py-2 text-sm text-red-900">
          <span>
            {props.server.name}: {healthText(status())}
          </span>
          <button type="button" class="btn py-0.5" onClick={() => health.recheck(props.server.id)}>
            Retry
          </button>
        </div>
      </Show>
      {props.children}
    </Show>
  )
}

function ConnectionScreen(props: { server: ServerEntry }) {
  const health = useHealth()
  const status = () => health.of(props.server.id)
  return (
    <section class="mx-auto mt-10 w-full max-w-xl card" aria-labelledby="conn-title">
      <h1 id="conn-title" class="text-lg font-semibold">
        <ServerBadge name={props.server.name} color={props.server.color} />
      </h1>
      <p class="mono mt-1 text-sm text-slate-500">{props.server.url}</p>
      <p class="mt-3" role={status().kind === "checking" ? "status" : "alert"}>
        {status().kind === "checking" ? `Connecting to ${props.server.name}…` : healthText(status())}
      </p>
      <HealthHelp server={props.server} status={status()} detailed />
      <div class="mt-4 flex gap-2">
        <button type="button" class="btn" onClick={() => health.recheck(props.server.id)}>
          Retry
        </button>
        <A href="/servers" class="btn no-underline">
          Switch server
        </A>
      </div>
    </section>
  )
}
