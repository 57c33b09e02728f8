import { createSignal, For, Show } from "solid-js"
import { DEFAULT_PORTS } from "../../lib/fleet/ports"
import { sameServerUrl } from "../../lib/registry/url"
import { createScan } from "../../state/fleet/scan"
import { useRegistry } from "../../state/registry/registry"
import { CorsFix } from "../servers/CorsFix"
import { HealthText } from "../servers/HealthText"
import { Dialog } from "../ui/Dialog"
import { Field } from "../ui/Field"

export type FindServersDialogProps = {
  onClose: () => void
  /** Opens the add form prefilled with what answered. */
  onAdd: (found: { url: string; name: string }) => void
}

/** Probes a host's ports for OpenCode servers and offers to add what answered. */
export function FindServersDialog(props: FindServersDialogProps) {
  const registry = useRegistry()
  const scan = createScan()
  const [host, setHost] = createSignal("localhost")
  const [ports, setPorts] = createSignal(DEFAULT_PORTS)
  const registered = (url: string) => registry.servers().find((s) => sameServerUrl(s.url, url))
  const submit = (e: SubmitEvent) => {
    e.preventDefault()
    void scan.start(host(), ports())
  }
  return (
    <Dialog title="Find servers" onClose={() => props.onClose()} wide>
      <form class="flex flex-col gap-3" onSubmit={submit} novalidate>
        <div class="grid gap-3 sm:grid-cols-[1fr_2fr]">
          <Field label="Host" value={host()} onInput={(e) => setHost(e.currentTarget.value)} autocomplete="off" />
          <Field label="Ports" value={ports()} onInput={(e) => setPorts(e.currentTarget.value)} autocomplete="off" hint="Numbers and ranges, e.g. 4000-4010, 4096." error={scan.error()} />
        </div>
        <p class="text-xs text-slate-500">
          A web page cannot browse mDNS, so servers started with <code>opencode serve --mdns</code> are not listed by themselves: put their
          name (e.g. <code>opencode.local</code>) in Host and scan their port.
        </p>
        <div class="flex flex-wrap items-center gap-2">
          <button type="submit" class="btn-primary" disabled={scan.running()}>
            Scan
          </button>
          <Show when={scan.running()}>
            <button type="button" class="btn" onClick={() => scan.cancel()}>
              Stop
            </button>
          </Show>
          <Show when={scan.progress().total > 0}>
            <progress class="h-2 min-w-32 flex-1" aria-label="Scan progress" max={scan.progress().total} value={scan.progress().done} />
            <span class="text-xs text-slate-600">
              {scan.progress().done} of {scan.progress().total} ports
            </span>
          </Show>
        </div>
      </form>
      <Show when={scan.progress().total > 0}>
        <h3 class="mt-4 text-base font-semibold">Found servers</h3>
        <Show when={scan.found().length > 0} fallback={<p class="text-sm text-slate-600">{scan.running() ? "Nothing yet…" : "Nothing answered like OpenCode on these ports."}</p>}>
          <ul aria-label="Found servers" class="mt-2 divide-y divide-slate-200 rounded border border-slate-200">
            <For each={scan.found()}>
              {(found) => (
                <li class="flex flex-col gap-1 px-3 py-2">
                  <div class="flex flex-wrap items-center gap-2">
                    <span class="mono min-w-0 flex-1 truncate text-sm">{found.url}</span>
                    <Show
                      when={registered(found.url)}
                      fallback={
                        <button type="button" class="btn py-0.5" aria-label={`Add ${found.url}`} onClick={() => props.onAdd({ url: found.url, name: `OpenCode :${found.port}` })}>
                          Add
                        </button>
                      }
                    >
                      {(server) => <span class="rounded bg-slate-100 px-1.5 text-xs text-slate-700">Registered as {server().name}</span>}
                    </Show>
                  </div>
                  <HealthText status={found.health} />
                  <Show when={found.health.kind === "cors"}>
                    <CorsFix origin={window.location.origin} />
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <div class="mt-4 flex justify-end">
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </Dialog>
  )
}
