import { Match, Switch } from "solid-js"
import type { TerminalTab } from "../../state/terminal/terminals"

export type TerminalStatusProps = {
  tab: TerminalTab
  serverName: string
  onNew: () => void
  onRetry: () => void
}

/** Says what the connection is doing when it is not simply open, with the one action that helps. */
export function TerminalStatus(props: TerminalStatusProps) {
  const link = () => props.tab.link
  const bar = "flex flex-wrap items-center gap-3 px-3 py-2 text-sm"
  return (
    <Switch>
      <Match when={props.tab.closing}>
        <p role="status" class={`${bar} m-0 bg-slate-100 text-slate-700`}>
          Closing…
        </p>
      </Match>
      <Match when={link().kind === "connecting"}>
        <p role="status" class={`${bar} m-0 bg-slate-100 text-slate-700`}>
          Connecting to {props.serverName}…
        </p>
      </Match>
      <Match when={link().kind === "reconnecting"}>
        <p role="status" class={`${bar} m-0 bg-amber-50 text-amber-900`}>
          Connection lost; reconnecting…
        </p>
      </Match>
      <Match when={link().kind === "waiting"}>
        <div role="alert" class={`${bar} bg-amber-50 text-amber-900`}>
          <span>
            {reason(props.tab)} The terminal reconnects when {props.serverName} answers again.
          </span>
          <button type="button" class="btn py-0.5" onClick={() => props.onRetry()}>
            Retry now
          </button>
        </div>
      </Match>
      <Match when={link().kind === "exited"}>
        <div role="alert" class={`${bar} bg-slate-100 text-slate-800`}>
          <span>{props.tab.exitCode === undefined ? "The shell exited." : `The shell exited with code ${props.tab.exitCode}.`}</span>
          <button type="button" class="btn py-0.5" onClick={() => props.onNew()}>
            Open a new terminal
          </button>
        </div>
      </Match>
      <Match when={link().kind === "gone"}>
        <div role="alert" class={`${bar} bg-slate-100 text-slate-800`}>
          <span>
            {props.tab.deleted
              ? "This terminal was closed elsewhere."
              : `This terminal's shell no longer runs on ${props.serverName} (the server may have restarted).`}
          </span>
          <button type="button" class="btn py-0.5" onClick={() => props.onNew()}>
            Open a new terminal
          </button>
        </div>
      </Match>
      <Match when={link().kind === "failed"}>
        <div role="alert" class={`${bar} bg-red-50 text-red-900`}>
          <span>{reason(props.tab)}</span>
          <button type="button" class="btn py-0.5" onClick={() => props.onRetry()}>
            Retry
          </button>
        </div>
      </Match>
    </Switch>
  )
}

function reason(tab: TerminalTab): string {
  return tab.link.kind === "failed" || tab.link.kind === "waiting" ? tab.link.reason : ""
}
