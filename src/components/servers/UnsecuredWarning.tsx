import { Show } from "solid-js"
import { isUnsecured } from "../../lib/connection/health"
import type { ServerEntry } from "../../lib/registry/server"
import { useCredentials } from "../../state/connection/credentials"
import { useHealth } from "../../state/connection/health"
import { useUnsecuredNotices } from "../../state/connection/unsecured-notices"
import { useToasts } from "../../state/toasts"

/**
 * A server without a password lets any web page the user visits open its terminal. Said once per
 * server, compactly, until dismissed; the dismissal is remembered for the list and the terminal.
 */
export function UnsecuredWarning(props: { server: ServerEntry }) {
  const health = useHealth()
  const credentials = useCredentials()
  const notices = useUnsecuredNotices()
  const toasts = useToasts()
  const shown = () => isUnsecured(health.of(props.server.id), credentials.credentialsFor(props.server) !== undefined) && !notices.dismissed(props.server.id)
  return (
    <Show when={shown()}>
      <div role="note" aria-label={`No password on ${props.server.name}`} class="flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900">
        <details class="min-w-0 flex-1">
          <summary class="cursor-pointer">No password: any web page you visit can open a terminal on {props.server.name}.</summary>
          <p class="mt-1">
            Restart it with a password, e.g. <code class="mono break-all">OPENCODE_SERVER_PASSWORD=$(openssl rand -hex 16) opencode serve</code>, then enter it here.
          </p>
        </details>
        <button type="button" class="btn py-0.5 text-xs" onClick={() => {
            const problem = notices.dismiss(props.server.id, props.server.name)
            if (problem) toasts.push({ kind: "error", message: problem })
          }}>
          Dismiss warning
        </button>
      </div>
    </Show>
  )
}
