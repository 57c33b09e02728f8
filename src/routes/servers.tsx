import { useLocation, useNavigate } from "@solidjs/router"
import { createSignal, For, Match, onMount, Show, Switch } from "solid-js"
import { links } from "../lib/routing/links"
import type { ServerDraft } from "../lib/registry/registry"
import type { ServerEntry } from "../lib/registry/server"
import { ConfirmDialog } from "../components/ui/ConfirmDialog"
import { ExportDialog } from "../components/servers/ExportDialog"
import { ImportDialog } from "../components/servers/ImportDialog"
import { ServerForm } from "../components/servers/ServerForm"
import { ServerRow } from "../components/servers/ServerRow"
import { useRegistry } from "../state/registry/registry"
import { useToasts } from "../state/toasts"
import { errorText } from "../lib/error-text"

type Open =
  | { kind: "add"; initial?: Partial<ServerDraft> }
  | { kind: "edit"; server: ServerEntry }
  | { kind: "delete"; server: ServerEntry }
  | { kind: "import" }
  | { kind: "export" }

export default function ServersPage() {
  const registry = useRegistry()
  const toasts = useToasts()
  const navigate = useNavigate()
  const location = useLocation()
  const [open, setOpen] = createSignal<Open>()
  const close = () => setOpen(undefined)

  onMount(() => {
    document.title = "Servers · OpenCode Portal"
    // "Add this server" from an unknown deep link arrives prefilled, never added silently.
    const query = new URLSearchParams(location.search)
    const url = query.get("add")
    if (url) setOpen({ kind: "add", initial: { url, ...(query.get("id") ? { id: query.get("id") ?? "", name: query.get("id") ?? "" } : {}) } })
  })

  const remove = async (server: ServerEntry) => {
    close()
    try {
      const removed = await registry.remove(server.id)
      if (!removed) return
      toasts.push({
        kind: "info",
        message: `Deleted ${server.name}.`,
        action: {
          label: "Undo",
          run: () =>
            void registry.restore(removed.server, removed.index).catch((err: unknown) => {
              toasts.push({ kind: "error", message: `Could not restore ${server.name}: ${errorText(err)}` })
            }),
        },
      })
    } catch (err) {
      toasts.push({ kind: "error", message: `Could not delete ${server.name}: ${errorText(err)}` })
    }
  }

  return (
    <section class="mx-auto w-full max-w-4xl p-4" aria-labelledby="servers-title">
      <div class="flex flex-wrap items-center gap-2">
        <h1 id="servers-title" class="mr-auto text-2xl font-semibold">
          Servers
        </h1>
        <button type="button" class="btn-primary" onClick={() => setOpen({ kind: "add" })}>
          Add server
        </button>
        <button type="button" class="btn" onClick={() => setOpen({ kind: "import" })}>
          Import servers
        </button>
        <button type="button" class="btn" onClick={() => setOpen({ kind: "export" })} disabled={registry.servers().length === 0}>
          Export servers
        </button>
      </div>
      <Show when={registry.servers().length > 0} fallback={<p class="mt-6 text-slate-600">No servers yet. Add one to get started.</p>}>
        <ul aria-label="Servers" class="mt-4 divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
          <For each={registry.servers()}>
            {(server) => (
              <ServerRow
                server={server}
                active={registry.lastActive() === server.id}
                onSwitch={() => navigate(links.server(server.id))}
                onEdit={() => setOpen({ kind: "edit", server })}
                onDelete={() => setOpen({ kind: "delete", server })}
              />
            )}
          </For>
        </ul>
      </Show>
      <Switch>
        <Match when={open()?.kind === "add" || open()?.kind === "edit" ? open() : undefined}>
          {(state) => {
            const value = state()
            return (
              <ServerForm
                {...(value.kind === "edit" ? { editing: value.server } : {})}
                {...(value.kind === "add" && value.initial ? { initial: value.initial } : {})}
                onClose={close}
                onSaved={(server) => {
                  close()
                  toasts.push({ kind: "info", message: `Saved ${server.name}.` })
                }}
              />
            )
          }}
        </Match>
        <Match when={open()?.kind === "delete" ? open() : undefined}>
          {(state) => {
            const value = state()
            return value.kind === "delete" ? (
              <ConfirmDialog title={`Delete ${value.server.name}?`} confirmLabel="Delete" danger onCancel={close} onConfirm={() => void remove(value.server)}>
                <p>
                  {value.server.name} ({value.server.url}) will be removed from this browser. The server itself and its sessions are not touched.
                </p>
              </ConfirmDialog>
            ) : undefined
          }}
        </Match>
        <Match when={open()?.kind === "import"}>
          <ImportDialog
            onClose={close}
            onImported={(summary, before) => {
              close()
              const undo = () =>
                void registry.replaceAll(before).catch((err: unknown) => {
                  toasts.push({ kind: "error", message: `Could not undo the import: ${errorText(err)}` })
                })
              toasts.push({ kind: "info", message: summary, action: { label: "Undo", run: undo } })
            }}
          />
        </Match>
        <Match when={open()?.kind === "export"}>
          <ExportDialog onClose={close} />
        </Match>
      </Switch>
    </section>
  )
}
