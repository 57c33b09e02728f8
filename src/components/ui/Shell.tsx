import { A, useLocation, useMatch } from "@solidjs/router"
import { createEffect, createSignal, For, on, Show, type JSX } from "solid-js"
import { ariaShortcut, shortcutLabel } from "../../lib/keys/shortcut"
import { ACTIONS } from "../../state/commands/catalogue"
import { ActionsProvider, browserMac, createActions } from "../../state/commands/actions"
import { useRegistry } from "../../state/registry/registry"
import { createNextTaskFlag } from "../../state/ui/progressive"
import { GlobalActions } from "../commands/GlobalActions"
import { FleetLink } from "../fleet/FleetLink"
import { FleetWatcher } from "../fleet/FleetWatcher"
import { ServerSwitcher } from "../servers/ServerSwitcher"
import { ThemeSelect } from "./ThemeSelect"
import { Toaster } from "./Toaster"
import { UpdateNotice } from "./UpdateNotice"

export type ShellProps = { storageProblems: readonly string[]; children?: JSX.Element }

const BANNER = "border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"

/**
 * The page frame, exactly one window tall: the sidebar (a drawer behind "Menu" below 768 px), then
 * banners and toasts in the flow above the page, so they push content instead of covering controls.
 */
export function Shell(props: ShellProps) {
  const registry = useRegistry()
  const location = useLocation()
  const serverMatch = useMatch(() => "/s/:serverId/*rest")
  // Off a server's pages (/servers) the switcher still names the server last worked on.
  const activeId = () => serverMatch()?.params.serverId ?? registry.lastActive()
  const actions = createActions({ target: window, mac: browserMac() })
  // The first render drew the frame, the page and every server's switcher entry in one task (70 to
  // 150 ms with thirty servers on the bench machine): the page comes a task later, the rest after it.
  const page = createNextTaskFlag()
  const extras = createNextTaskFlag()
  const [menuOpen, setMenuOpen] = createSignal(false)
  let menuButton: HTMLButtonElement | undefined
  let nav: HTMLElement | undefined
  createEffect(on(() => location.pathname, () => setMenuOpen(false), { defer: true }))
  // Opening the drawer moves the focus into it; Escape closes it and gives the focus back.
  createEffect(on(menuOpen, (open) => open && nav?.querySelector<HTMLElement>("a, select, button")?.focus(), { defer: true }))
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !menuOpen()) return
    setMenuOpen(false)
    menuButton?.focus()
  }
  const navButton = "flex w-full items-center justify-between gap-2 bg-transparent p-0 text-left text-night-200 hover:text-snow"
  return (
    <ActionsProvider value={actions}>
      <div class="flex h-dvh flex-col overflow-hidden md:flex-row" onKeyDown={onKeyDown}>
        <header class="flex shrink-0 items-center gap-3 bg-night-900 px-3 py-2 text-snow md:hidden">
          <button
            ref={(el) => (menuButton = el)}
            type="button"
            class="rounded border border-night-600 bg-night-800 px-3 py-1 text-sm font-medium text-snow focus-visible:outline focus-visible:outline-2 focus-visible:outline-snow"
            aria-expanded={menuOpen()}
            aria-controls="portal-nav"
            onClick={() => setMenuOpen(!menuOpen())}
          >
            Menu
          </button>
          <A href="/servers" class="text-base font-bold text-snow no-underline">
            OpenCode Portal
          </A>
        </header>
        <Show when={menuOpen()}>
          <div aria-hidden="true" class="fixed inset-0 z-30 bg-night-950/60 md:hidden" onClick={() => setMenuOpen(false)} />
        </Show>
        <nav
          ref={(el) => (nav = el)}
          id="portal-nav"
          aria-label="Portal"
          class={`${menuOpen() ? "flex" : "hidden"} fixed inset-y-0 left-0 z-40 w-72 max-w-[85vw] shrink-0 flex-col gap-4 overflow-y-auto bg-night-900 p-4 text-snow md:static md:flex md:w-60`}
        >
          <A href="/servers" class="text-base font-bold text-snow no-underline">
            OpenCode Portal
          </A>
          <FleetLink />
          <Show when={extras()}>
            <ServerSwitcher activeId={activeId()} />
          </Show>
          <ul class="flex flex-col gap-1 text-sm">
            <li>
              <A href="/servers" class="text-night-200 hover:text-snow" activeClass="font-semibold !text-snow">
                Servers
              </A>
            </li>
            <li>
              <button type="button" class={navButton} aria-keyshortcuts={ariaShortcut(ACTIONS.palette.shortcut, actions.mac)} onClick={() => actions.run(ACTIONS.palette.id)}>
                Command palette <span class="text-xs text-night-400">{shortcutLabel(ACTIONS.palette.shortcut, actions.mac)}</span>
              </button>
            </li>
            <li>
              <button type="button" class={navButton} aria-keyshortcuts="?" onClick={() => actions.run(ACTIONS.shortcuts.id)}>
                Keyboard shortcuts <span class="text-xs text-night-400">?</span>
              </button>
            </li>
          </ul>
          <div class="mt-auto">
            <ThemeSelect />
          </div>
        </nav>
        <div class="flex min-h-0 min-w-0 flex-1 flex-col">
          <For each={[...props.storageProblems, ...registry.init.problems]}>
            {(problem) => (
              <div role="alert" class={BANNER}>
                {problem}
              </div>
            )}
          </For>
          <UpdateNotice />
          <Toaster />
          <main class="flex min-h-0 min-w-0 flex-1 flex-col overflow-y-auto overflow-x-hidden"><Show when={page()}>{props.children}</Show></main>
        </div>
        <Show when={extras()}>
          <FleetWatcher />
          <GlobalActions />
        </Show>
      </div>
    </ActionsProvider>
  )
}
