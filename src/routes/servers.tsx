import { useLocation, useNavigate } from "@solidjs/router"
import { createEffect, createSignal, lazy, Match, on, onMount, Show, Switch } from "solid-js"
import { links } from "../lib/routing/links"
import { readAddRequest } from "../lib/routing/portable-link"
import type { ServerDraft } from "../lib/registry/registry"
import type { ServerEntry } from "../lib/registry/server"
import { GroupedServerList } from "../components/servers/GroupedServerList"
import { ServerRow } from "../components/servers/ServerRow"
import { useRegistry } from "../state/registry/registry"
import { useToasts } from "../state/toasts"
import { createProgressive, ROWS_FIRST, ROWS_STEP } from "../state/ui/progressive"
import { errorText } from "../lib/error-text"

// Dialogs load on first use: the list is what a first visit needs, and it has a size budget.
const ExportDialog = lazy(() => import("../components/servers/ExportDialog").then((m) => ({ default: m.ExportDialog })))
const ImportDialog = lazy(() => import("../components/servers/ImportDialog").then((m) => ({ default: m.ImportDialog })))
const ServerForm = lazy(() => import("../components/servers/ServerForm").then((m) => ({ default: m.ServerForm })))
const FindServersDialog = lazy(() => import("../components/fleet/FindServersDialog").then((m) => ({ default: m.FindServersDialog })))
const TemplateDialog = lazy(() => import("../components/fleet/TemplateDialog").then((m) => ({ default: m.TemplateDialog })))
const ConfirmDialog = lazy(() => import("../components/ui/ConfirmDialog").then((m) => ({ default: m.ConfirmDialog })))

type Open =
  | { kind: "add"; initial?: Partial<ServerDraft>; then?: string }
  | { kind: "edit"; server: ServerEntry }
  | { kind: "delete"; server: ServerEntry }
  | { kind: "import" }
  | { kind: "export" }
  | { kind: "find" }
  | { kind: "template" }

export default function ServersPage() {
  const registry = useRegistry()
  const toasts = useToasts()
  const navigate = useNavigate()
  const location = useLocation()
  const [open, setOpen] = createSignal<Open>()
  const shown = createProgressive(registry.servers, { first: ROWS_FIRST, step: ROWS_STEP })
  const close = () => setOpen(undefined)

  onMount(() => {
    document.title = "Servers · OpenCode Portal"
    // "Add this server" from an unknown deep link arrives prefilled, never added silently; once
    // saved, the view the link pointed at opens. The request leaves the address bar at once.
    const request = readAddRequest(location.search, links.server)
    if (!request) return
    setOpen({ kind: "add", initial: request.initial, ...(request.then ? { then: request.then } : {}) })
    navigate(links.servers(), { replace: true })
  })
  // The palette's "Export servers" and "Import servers" arrive as ?open=…, on this page or from another.
  createEffect(
    on(
      () => new URLSearchParams(location.search).get("open"),
      (dialog) => {
        if (dialog === "import" || dialog === "export") setOpen({ kind: dialog })
      },
    ),
  )

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
        <button type="button" class="btn" onClick={() => setOpen({ kind: "template" })}>
          New from template
        </button>
        <button type="button" class="btn" onClick={() => setOpen({ kind: "find" })}>
          Find servers
        </button>
        <button type="button" class="btn" onClick={() => setOpen({ kind: "import" })}>
          Import servers
        </button>
        <button type="button" class="btn" onClick={() => setOpen({ kind: "export" })} disabled={registry.servers().length === 0}>
          Export servers
        </button>
      </div>
      <Show when={registry.servers().length > 0} fallback={<p class="mt-6 text-slate-600">No servers yet. Add one to get started.</p>}>
        <GroupedServerList
          servers={shown()}
          row={(server) => (
            <ServerRow
              server={server}
              active={registry.lastActive() === server.id}
              onSwitch={() => navigate(links.server(server.id))}
              onEdit={() => setOpen({ kind: "edit", server })}
              onDelete={() => setOpen({ kind: "delete", server })}
            />
          )}
        />
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
                  if (value.kind === "add" && value.then && server.id === value.initial?.id) navigate(value.then)
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
        <Match when={open()?.kind === "find"}>
          <FindServersDialog onClose={close} onAdd={(found) => setOpen({ kind: "add", initial: found })} />
        </Match>
        <Match when={open()?.kind === "template"}>
          <TemplateDialog onClose={close} />
        </Match>
        <Match when={open()?.kind === "export"}>
          <ExportDialog onClose={close} />
        </Match>
      </Switch>
    </section>
  )
}
