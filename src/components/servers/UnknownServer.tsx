import { A } from "@solidjs/router"
import { Show } from "solid-js"
import type { LinkedServer } from "../../lib/routing/portable-link"
import { ServerBadge } from "./ServerBadge"

/** A deep link to a server this browser does not know. Never adds it silently. */
export function UnknownServer(props: { serverId: string; linked: LinkedServer | undefined; addHref: string | undefined }) {
  return (
    <section class="mx-auto w-full max-w-xl p-6" aria-labelledby="unknown-title">
      <h1 id="unknown-title" class="text-xl font-semibold">
        Unknown server "{props.serverId}"
      </h1>
      <p class="mt-2 text-slate-600">
        This link points to a server that is not registered in this browser. Servers live in each browser's own storage, so a link opened
        elsewhere needs the server added there too.
      </p>
      <Show when={props.linked && props.addHref}>
        <p class="mt-2 text-slate-600">
          The link names it: <Show when={props.linked?.name}>{(name) => <ServerBadge name={name()} color={props.linked?.color ?? "#64748b"} />}</Show>{" "}
          <span class="mono">{props.linked?.url}</span>
        </p>
        <A href={props.addHref ?? "/servers"} class="btn-primary mt-4 no-underline">
          Add this server
        </A>
      </Show>
      <A href="/servers" class="btn mt-4 ml-2 no-underline">
        Go to servers
      </A>
    </section>
  )
}
