import { A } from "@solidjs/router"
import { Show } from "solid-js"
import { formatDateTime } from "../../lib/date-time"
import type { SessionState } from "../../lib/fleet/session-state"
import type { SessionRow } from "../../lib/fleet/views"
import { links } from "../../lib/routing/links"
import type { ServerEntry } from "../../lib/registry/server"
import { ServerBadge } from "../servers/ServerBadge"
import { OFFSCREEN_ROW } from "../ui/offscreen-row"

const TONE: Record<SessionState, string> = {
  Working: "bg-blue-100 text-blue-900",
  "Needs permission": "bg-amber-100 text-amber-900",
  "Needs answer": "bg-amber-100 text-amber-900",
  Error: "bg-red-100 text-red-900",
  Idle: "bg-slate-100 text-slate-700",
}

/** One session of any server: its title as a link, server, directory, its one state, and whether it is unread. */
export function FleetSessionRow(props: { row: SessionRow; server: ServerEntry }) {
  const session = () => props.row.session
  return (
    <li class="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2" style={OFFSCREEN_ROW} data-state={props.row.state}>
      <div class="min-w-0 flex-1 basis-60">
        <A href={links.session(props.server.id, session().directory, session().id)} class="block truncate font-medium text-slate-900">
          {session().title}
        </A>
        <p class="m-0 flex flex-wrap items-center gap-x-3 text-xs text-slate-600">
          <ServerBadge name={props.server.name} color={props.server.color} />
          <span class="mono min-w-0 break-all">{session().directory}</span>
        </p>
        <Show when={props.row.detail}>{(detail) => <p class="m-0 text-xs text-red-800 break-words">{detail()}</p>}</Show>
      </div>
      <span class={`shrink-0 rounded px-2 py-0.5 text-xs font-medium ${TONE[props.row.state]}`}>{props.row.state}</span>
      <Show when={props.row.unread}>
        <span class="shrink-0 rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900">Done, unread</span>
      </Show>
      <time class="shrink-0 text-xs text-slate-500" datetime={new Date(session().time.updated).toISOString()}>
        {formatDateTime(session().time.updated)}
      </time>
    </li>
  )
}
