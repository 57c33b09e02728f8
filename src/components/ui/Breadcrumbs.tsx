import { A } from "@solidjs/router"
import { For, Show, type JSX } from "solid-js"
import { ServerBadge } from "../servers/ServerBadge"

import type { Crumb } from "../../lib/routing/crumb"

/** server › directory › session; the server crumb carries its color and name. `end` sits at the right (actions on the view). */
export function Breadcrumbs(props: { server: { name: string; color: string }; serverHref: string; trail: Crumb[]; end?: JSX.Element }) {
  return (
    <nav aria-label="Breadcrumbs" class="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-4 py-2 text-sm">
      <ol class="flex min-w-0 flex-1 flex-wrap items-center gap-1">
        <li>
          <A href={props.serverHref} class="font-medium text-slate-900 no-underline hover:underline">
            <ServerBadge name={props.server.name} color={props.server.color} chip />
          </A>
        </li>
        <For each={props.trail}>
          {(crumb, i) => (
            <li class="flex items-center gap-1 min-w-0">
              <span aria-hidden="true" class="text-slate-400">›</span>
              <Show when={crumb.href && i() < props.trail.length - 1} fallback={<span aria-current="page" class="truncate">{crumb.label}</span>}>
                <A href={crumb.href ?? ""} class="truncate text-slate-700 no-underline hover:underline">
                  {crumb.label}
                </A>
              </Show>
            </li>
          )}
        </For>
      </ol>
      {props.end}
    </nav>
  )
}
