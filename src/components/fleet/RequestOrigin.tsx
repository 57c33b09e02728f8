import { A } from "@solidjs/router"
import { links } from "../../lib/routing/links"
import type { ServerEntry } from "../../lib/registry/server"
import { ServerBadge } from "../servers/ServerBadge"

export type RequestOriginProps = { server: ServerEntry; directory: string; sessionId: string; sessionTitle: string | undefined }

/** Where a request comes from: the server (color and name), the directory, and a link to its session. */
export function RequestOrigin(props: RequestOriginProps) {
  const title = () => props.sessionTitle ?? props.sessionId
  return (
    <p class="m-0 mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
      <ServerBadge name={props.server.name} color={props.server.color} class="font-medium" />
      <span class="mono min-w-0 break-all">{props.directory}</span>
      <A href={links.session(props.server.id, props.directory, props.sessionId)} aria-label={`Open session ${title()}`} class="text-blue-800">
        {title()}
      </A>
    </p>
  )
}
