import { useMatch, useNavigate } from "@solidjs/router"
import { createEffect, createSignal, For, lazy, onCleanup, Show } from "solid-js"
import { links } from "../../lib/routing/links"
import { NOTHING_TYPED, typeAhead, type TypedAhead } from "../../lib/keys/type-ahead"
import { nextThemeChoice, themeLabel } from "../../lib/ui/theme"
import { createCopy } from "../../state/clipboard"
import { ACTIONS } from "../../state/commands/catalogue"
import { useAction, useActions } from "../../state/commands/actions"
import { useRegistry } from "../../state/registry/registry"
import { useToasts } from "../../state/toasts"
import { useTheme } from "../../state/ui/theme"

// Loaded on first use: neither is needed to paint a page.
const CommandPalette = lazy(() => import("./CommandPalette").then((m) => ({ default: m.CommandPalette })))
const ShortcutsDialog = lazy(() => import("./ShortcutsDialog").then((m) => ({ default: m.ShortcutsDialog })))

/** The actions every page has (palette, shortcuts, servers, switching), and the two dialogs that list them. */
export function GlobalActions() {
  const actions = useActions()
  const registry = useRegistry()
  const navigate = useNavigate()
  const serverMatch = useMatch(() => "/s/:serverId/*rest")
  const [open, setOpen] = createSignal<"palette" | "shortcuts">()
  let typed: TypedAhead = NOTHING_TYPED
  // From the palette's shortcut until its field exists (its code loads on first use), the keys
  // typed are kept for it, so a quick "Ctrl+K theme Enter" loses no letter to the page.
  const keepTyping = (e: KeyboardEvent) => {
    const next = typeAhead(typed, e)
    if (!next) return
    e.preventDefault()
    e.stopPropagation()
    typed = next
    if (next.cancelled) closePalette()
  }
  const stopKeeping = () => window.removeEventListener("keydown", keepTyping, true)
  const openPalette = () => {
    // Open already: its field has the keys, and no mount would come to stop the keeping.
    if (open() === "palette") return
    typed = NOTHING_TYPED
    window.addEventListener("keydown", keepTyping, true)
    setOpen("palette")
  }
  const closePalette = () => {
    stopKeeping()
    setOpen(undefined)
  }
  /** The palette takes what was typed as it mounts; from then on its field gets the keys. */
  const takeTyped = () => {
    stopKeeping()
    return typed
  }
  onCleanup(stopKeeping)
  const copy = createCopy()
  const theme = useTheme()
  const toasts = useToasts()
  useAction({ ...ACTIONS.palette, run: openPalette })
  useAction({ ...ACTIONS.shortcuts, run: () => setOpen("shortcuts") })
  useAction({ ...ACTIONS.serversPage, run: () => navigate(links.servers()) })
  useAction({ ...ACTIONS.switchServer, run: () => document.getElementById("active-server")?.focus() })
  useAction({ ...ACTIONS.copyLink, run: () => void copy.copy(window.location.href) })
  useAction({ ...ACTIONS.exportServers, run: () => navigate(`${links.servers()}?open=export`) })
  useAction({ ...ACTIONS.importServers, run: () => navigate(`${links.servers()}?open=import`) })
  useAction({
    ...ACTIONS.theme,
    run: () => {
      const next = nextThemeChoice(theme.choice())
      theme.setChoice(next)
      toasts.push({ kind: "info", message: `Theme: ${themeLabel(next)}` })
    },
  })
  createEffect(() => {
    const id = serverMatch()?.params.serverId
    if (id) onCleanup(actions.register({ ...ACTIONS.openDirectory, run: () => navigate(links.server(id), { state: { focus: "open-directory" } }) }))
  })
  return (
    <>
      <For each={registry.servers()}>
        {(server) => {
          onCleanup(actions.register({ id: `switch-to-${server.id}`, title: `Switch to ${server.name}`, group: "Server", run: () => navigate(links.server(server.id)) }))
          return null
        }}
      </For>
      <Show when={open() === "palette"}>
        <CommandPalette typed={takeTyped} onClose={closePalette} />
      </Show>
      <Show when={open() === "shortcuts"}>
        <ShortcutsDialog onClose={() => setOpen(undefined)} />
      </Show>
    </>
  )
}
