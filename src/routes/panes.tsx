import { A, useLocation, useNavigate } from "@solidjs/router"
import { createMemo, onMount, Show } from "solid-js"
import { AddPaneForm } from "../components/panes/AddPaneForm"
import { Pane } from "../components/panes/Pane"
import { PaneLayout } from "../components/panes/PaneLayout"
import { keepIds, type PaneKey } from "../lib/panes/identity"
import { links } from "../lib/routing/links"
import { decodeLayout, encodePane, insertPane, layoutHref, MAX_PANES, removePane, replacePane, type Layout, type LayoutEntry } from "../lib/routing/panes"
import { createDirectoryStores, DirectoryStoresProvider } from "../state/directory/shared-stores"
import { useRegistry } from "../state/registry/registry"
import type { ViewLinks } from "../state/routing/view-links"

const keyOf = (entry: LayoutEntry): PaneKey =>
  entry.ok ? { exact: encodePane(entry.pane), loose: `${entry.pane.serverId}\n${entry.pane.directory}` } : { exact: entry.raw, loose: entry.raw }

/** /panes?pane=…&pane=…: up to four views of any servers and directories side by side. */
export default function PanesPage() {
  const location = useLocation()
  const navigate = useNavigate()
  const registry = useRegistry()
  onMount(() => (document.title = "Side by side · OpenCode Portal"))
  const layout = createMemo(() => decodeLayout(location.search))
  // Panes of one server and directory share its store: the same messages, loaded once.
  const stores = createDirectoryStores()
  const shown = () => layout().entries.slice(0, MAX_PANES)

  let made = 0
  const placed = createMemo<{ id: string; key: PaneKey }[]>((previous) => {
    const keys = shown().map(keyOf)
    return keepIds(previous, keys, () => `p${++made}`).map((id, i) => ({ id, key: keys[i] ?? { exact: "", loose: "" } }))
  }, [])
  const ids = createMemo(() => placed().map((p) => p.id))
  const indexOf = (id: string) => ids().indexOf(id)
  const entryOf = (id: string): LayoutEntry => shown()[indexOf(id)] ?? { ok: false, raw: "", error: "This pane is closing." }

  /** Writes the addresses of the layout's servers that this browser knows, so the link travels. */
  const go = (next: Layout) => {
    const urls = { ...next.urls }
    for (const entry of next.entries) {
      const server = entry.ok ? registry.byId(entry.pane.serverId) : undefined
      if (server) urls[server.id] = server.url
    }
    return layoutHref({ ...next, urls })
  }
  const linksOf = (id: string): ViewLinks => ({
    to(view) {
      const entry = entryOf(id)
      return entry.ok ? go(replacePane(layout(), indexOf(id), { ...entry.pane, view })) : go(layout())
    },
    beside(view) {
      const entry = entryOf(id)
      const next = entry.ok ? insertPane(layout(), indexOf(id), { ...entry.pane, view }) : undefined
      return next ? go(next) : undefined
    },
  })

  return (
    <section aria-labelledby="panes-title" class="flex h-[100dvh] min-w-0 flex-col">
      <div class="flex flex-wrap items-center gap-x-3 px-3 pt-2">
        <h1 id="panes-title" class="m-0 text-base font-semibold">
          Side by side
        </h1>
        <p class="m-0 text-xs text-slate-500">F6 moves to the next pane, Shift+F6 to the previous one.</p>
        <div class="ml-auto">
          <AddPaneForm
            servers={registry.servers()}
            canAdd={layout().entries.length < MAX_PANES}
            onAdd={(serverId, directory) => {
              const next = insertPane(layout(), layout().entries.length - 1, { serverId, directory, view: { kind: "sessions" } })
              if (next) navigate(go(next))
            }}
          />
        </div>
      </div>
      <Show when={layout().entries.length > MAX_PANES}>
        <p role="status" class="m-0 mx-3 mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-1 text-sm text-amber-900">
          This link names {layout().entries.length} panes; up to {MAX_PANES} show at once. Close one to see the next.
        </p>
      </Show>
      <Show
        when={ids().length > 0}
        fallback={
          <p class="p-4 text-slate-600">
            No panes are open. Use “Open side by side” on a session, or <A href={links.servers()}>go to servers</A>.
          </p>
        }
      >
        <DirectoryStoresProvider value={stores}>
          <PaneLayout ids={ids()}>
            {(id, slot) => (
              <Pane
                domId={slot.domId}
                entry={entryOf(id)}
                links={linksOf(id)}
                linkedUrl={linkedUrl(layout(), entryOf(id))}
                hidden={slot.hidden}
                flex={slot.flex}
                onLabel={slot.onLabel}
                onClose={() => navigate(go(removePane(layout(), indexOf(id))))}
              />
            )}
          </PaneLayout>
        </DirectoryStoresProvider>
      </Show>
    </section>
  )
}

const linkedUrl = (layout: Layout, entry: LayoutEntry) => (entry.ok ? layout.urls[entry.pane.serverId] : undefined)
