import { createSignal, For, Match, Show, Switch } from "solid-js"
import { useActiveServer } from "../../state/connection/active-server"
import { useTerminals, type TerminalTab } from "../../state/terminal/terminals"
import { ConfirmDialog } from "../ui/ConfirmDialog"
import { UnsecuredWarning } from "../servers/UnsecuredWarning"
import { TerminalPanel } from "./TerminalPanel"
import { TerminalTabs } from "./TerminalTabs"

/** The terminal view of one directory: the no-password warning, the tabs and their terminals. */
export function TerminalWorkspace(props: { directory: string; class?: string }) {
  const terminals = useTerminals()
  const active = useActiveServer()
  const server = () => active.server()
  const [confirming, setConfirming] = createSignal<TerminalTab>()

  const close = (tab: TerminalTab) => {
    // An ended tab has no shell left to lose: no need to ask.
    if (tab.link.kind === "exited" || tab.link.kind === "gone") void terminals.close(tab.id)
    else setConfirming(tab)
  }

  return (
    <div class={`flex flex-col gap-2 p-2 md:p-4 ${props.class ?? "min-h-80 flex-1"}`}>
      <UnsecuredWarning server={server()} />
      <TerminalTabs
        tabs={terminals.tabs()}
        active={terminals.active()}
        creating={terminals.creating()}
        onSelect={(id) => terminals.select(id)}
        onNew={() => void terminals.create()}
        onClose={close}
        onRename={(id, title) => terminals.rename(id, title)}
      />
      <Switch>
        <Match when={terminals.loading()}>
          <p role="status">Loading terminals on {server().name}…</p>
        </Match>
        <Match when={terminals.error()}>
          {(error) => (
            <div role="alert" class="flex flex-wrap items-center gap-3 text-red-800">
              <span>{error()}</span>
              <button type="button" class="btn py-0.5" onClick={() => void terminals.reload()}>
                Retry
              </button>
            </div>
          )}
        </Match>
        <Match when={terminals.tabs().length === 0}>
          <p class="text-slate-600">No terminal is open in this directory.</p>
        </Match>
      </Switch>
      <For each={terminals.tabs()}>
        {(tab) => (
          <TerminalPanel
            tab={tab}
            active={tab.id === terminals.active()}
            server={server()}
            directory={props.directory}
            onNew={() => void terminals.create()}
            onRetry={() => terminals.retry(tab.id)}
          />
        )}
      </For>
      <Show when={confirming()}>
        {(tab) => (
          <ConfirmDialog
            title={`Close ${tab().title}?`}
            confirmLabel="Close terminal"
            danger
            onCancel={() => setConfirming(undefined)}
            onConfirm={() => {
              const id = tab().id
              setConfirming(undefined)
              void terminals.close(id)
            }}
          >
            This ends the shell on {server().name} and every program still running in it.
          </ConfirmDialog>
        )}
      </Show>
    </div>
  )
}
