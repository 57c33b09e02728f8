import { createSignal, Show } from "solid-js"
import type { TerminalTab } from "../../state/terminal/terminals"
import { ServerBadge } from "../servers/ServerBadge"
import { Terminal } from "./Terminal"
import { TerminalStatus } from "./TerminalStatus"

export type TerminalPanelProps = {
  tab: TerminalTab
  active: boolean
  server: { name: string; color: string }
  directory: string
  onNew: () => void
  onRetry: () => void
}

/**
 * One terminal in a frame of its server's color, headed by the server's name and directory, so a
 * person sees which machine they type into. Hidden tabs stay mounted and connected.
 */
export function TerminalPanel(props: TerminalPanelProps) {
  const [error, setError] = createSignal<string>()
  return (
    <section
      aria-label={`Terminal ${props.tab.title}`}
      class={`${props.active ? "flex" : "hidden"} min-h-0 flex-1 flex-col overflow-hidden rounded-lg border-4 bg-slate-50`}
      style={{ "border-color": props.server.color }}
    >
      <header class="flex flex-wrap items-center gap-x-3 gap-y-1 bg-slate-100 px-3 py-1.5 text-sm text-slate-800">
        <ServerBadge name={props.server.name} color={props.server.color} class="font-semibold" chip />
        <span class="mono truncate text-slate-600">{props.directory}</span>
        <span class="ml-auto text-slate-600">{props.tab.title}</span>
      </header>
      <TerminalStatus tab={props.tab} serverName={props.server.name} onNew={() => props.onNew()} onRetry={() => props.onRetry()} />
      <Show when={error()}>
        {(message) => (
          <p role="alert" class="m-0 bg-red-50 px-3 py-2 text-sm text-red-900">
            {message()}
          </p>
        )}
      </Show>
      <div class="relative min-h-0 flex-1">
        <Terminal id={props.tab.id} active={props.active} onError={setError} />
      </div>
    </section>
  )
}
