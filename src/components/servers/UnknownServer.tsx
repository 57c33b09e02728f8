import { A } from "@solidjs/router"
import { Show } from "solid-js"

/** A deep link to a server this browser does not know. Never adds it silently. */
export function UnknownServer(props: { serverId: string; url: string | undefined; addHref: string | undefined }) {
  return (
    <section class="mx-auto w-full max-w-xl p-6" aria-labelledby="unknown-title">
      <h1 id="unknown-title" class="text-xl font-semibold">
        Unknown server "{props.serverId}"
      </h1>
      <p class="mt-2 text-slate-600">
        This link points to a server that is not registered in this browser. Servers live in each browser's own storage, so a link opened
        elsewhere needs the server added there too.
      </p>
      <Show when={props.url && props.addHref}>
        <p class="mt-2 text-slate-600">
          The link names its address: <span class="mono">{props.url}</span>
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
