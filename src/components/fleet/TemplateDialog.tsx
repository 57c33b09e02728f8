import { createMemo, createSignal, For, Match, Show, Switch } from "solid-js"
import { errorText } from "../../lib/error-text"
import { buildTemplate, TEMPLATE_LABELS, type TemplateInput } from "../../lib/fleet/templates"
import { createCopy } from "../../state/clipboard"
import { useRegistry } from "../../state/registry/registry"
import { Dialog } from "../ui/Dialog"
import { Field } from "../ui/Field"

type Kind = TemplateInput["kind"]
const KINDS = Object.keys(TEMPLATE_LABELS).filter((k): k is Kind => k in TEMPLATE_LABELS)

/** Adds a common set-up's servers and shows the commands that start them; it starts nothing itself. */
export function TemplateDialog(props: { onClose: () => void }) {
  const registry = useRegistry()
  const clipboard = createCopy()
  const [kind, setKind] = createSignal<Kind>("local")
  const [count, setCount] = createSignal("3")
  const [firstPort, setFirstPort] = createSignal("4100")
  const [services, setServices] = createSignal("alpha, beta")
  const [machine, setMachine] = createSignal("devbox")
  const [tailnet, setTailnet] = createSignal("tailnet-name")
  const [httpsPort, setHttpsPort] = createSignal("8443")
  const [localPort, setLocalPort] = createSignal("4096")
  const [domain, setDomain] = createSignal("alpha.example.com")
  const [group, setGroup] = createSignal("")
  const [outcome, setOutcome] = createSignal<{ added: string[]; refused: string[] }>()
  const [adding, setAdding] = createSignal(false)

  const input = (): TemplateInput => {
    const g = group()
    switch (kind()) {
      case "local":
        return { kind: "local", count: Number(count()), firstPort: Number(firstPort()), group: g }
      case "compose":
        return { kind: "compose", services: services(), firstPort: Number(firstPort()), group: g }
      case "tailscale":
        return { kind: "tailscale", machine: machine(), tailnet: tailnet(), httpsPort: Number(httpsPort()), localPort: Number(localPort()), group: g }
      case "vps":
        return { kind: "vps", domain: domain(), localPort: Number(localPort()), group: g }
    }
  }
  const result = createMemo(() => buildTemplate(input(), window.location.origin))
  const copyCommands = () => {
    const built = result()
    if (built.ok) void clipboard.copy(built.commands)
  }

  const add = async () => {
    const built = result()
    if (!built.ok) return
    setAdding(true)
    const added: string[] = []
    const refused: string[] = []
    try {
      for (const server of built.servers) {
        const saved = await registry.save(server)
        if (saved.ok) added.push(saved.server.name)
        else refused.push(`${server.name}: ${Object.values(saved.errors).join(" ")}`)
      }
    } catch (err) {
      refused.push(`Could not save to this browser's storage: ${errorText(err)}`)
    } finally {
      setAdding(false)
      setOutcome({ added, refused })
    }
  }

  return (
    <Dialog title="New from template" onClose={() => props.onClose()} wide>
      <div class="flex flex-col gap-3">
        <div>
          <label for="template-kind" class="label">
            Set-up
          </label>
          <select id="template-kind" class="field" value={kind()} onChange={(e) => (setKind(KINDS.find((k) => k === e.currentTarget.value) ?? "local"), setOutcome(undefined))}>
            <For each={KINDS}>{(k) => <option value={k}>{TEMPLATE_LABELS[k]}</option>}</For>
          </select>
        </div>
        <div class="grid gap-3 sm:grid-cols-2">
          <Switch>
            <Match when={kind() === "local"}>
              <Field label="Servers" type="number" min="1" max="20" value={count()} onInput={(e) => setCount(e.currentTarget.value)} />
              <Field label="First port" type="number" value={firstPort()} onInput={(e) => setFirstPort(e.currentTarget.value)} />
            </Match>
            <Match when={kind() === "compose"}>
              <Field label="Services" value={services()} onInput={(e) => setServices(e.currentTarget.value)} hint="Compose service names, e.g. alpha, beta." />
              <Field label="First port" type="number" value={firstPort()} onInput={(e) => setFirstPort(e.currentTarget.value)} />
            </Match>
            <Match when={kind() === "tailscale"}>
              <Field label="Machine" value={machine()} onInput={(e) => setMachine(e.currentTarget.value)} />
              <Field label="Tailnet" value={tailnet()} onInput={(e) => setTailnet(e.currentTarget.value)} hint="From <tailnet>.ts.net." />
              <Field label="HTTPS port" type="number" value={httpsPort()} onInput={(e) => setHttpsPort(e.currentTarget.value)} />
              <Field label="Local port" type="number" value={localPort()} onInput={(e) => setLocalPort(e.currentTarget.value)} />
            </Match>
            <Match when={kind() === "vps"}>
              <Field label="Domain" value={domain()} onInput={(e) => setDomain(e.currentTarget.value)} />
              <Field label="Local port" type="number" value={localPort()} onInput={(e) => setLocalPort(e.currentTarget.value)} />
            </Match>
          </Switch>
          <Field label="Group" value={group()} onInput={(e) => setGroup(e.currentTarget.value)} placeholder="dev, staging, prod" />
        </div>
        <Show when={result()} keyed>
          {(built) =>
            built.ok ? (
              <>
                <p class="text-sm text-slate-700">
                  Adds {built.servers.map((s) => `${s.name} (${s.url})`).join(", ")}. Start them with:
                </p>
                <pre aria-label="Start commands" class="mono max-h-64 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
                  {built.commands}
                </pre>
              </>
            ) : (
              <p role="alert" class="text-sm text-red-700">
                {built.error}
              </p>
            )
          }
        </Show>
        <Show when={outcome()}>
          {(o) => (
            <div role="status" class="text-sm">
              <Show when={o().added.length > 0}>
                <p class="text-green-800">Added {o().added.join(", ")}.</p>
              </Show>
              <For each={o().refused}>{(line) => <p class="text-red-700">Not added: {line}</p>}</For>
            </div>
          )}
        </Show>
        <p class="text-xs text-slate-500">Nothing is started from this page: run the commands where the servers should live.</p>
        <div class="flex flex-wrap justify-end gap-2">
          <button type="button" class="btn mr-auto" disabled={!result().ok} onClick={copyCommands}>
            {clipboard.copied() ? "Copied" : "Copy commands"}
          </button>
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Close
          </button>
          <button type="button" class="btn-primary" disabled={!result().ok || adding()} onClick={() => void add()}>
            Add servers
          </button>
        </div>
      </div>
    </Dialog>
  )
}
