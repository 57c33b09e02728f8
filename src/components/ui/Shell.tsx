import { A, useMatch } from "@solidjs/router"
import { For, type JSX } from "solid-js"
import { useRegistry } from "../../state/registry/registry"
import { FleetLink } from "../fleet/FleetLink"
import { FleetWatcher } from "../fleet/FleetWatcher"
import { ServerSwitcher } from "../servers/ServerSwitcher"
import { Toaster } from "./Toaster"

export type ShellProps = { storageProblems: readonly string[]; children?: JSX.Element }

/** The page frame: sidebar with the switcher, banners for problems that affect everything, toasts. */
export function Shell(props: ShellProps) {
  const registry = useRegistry()
  const serverMatch = useMatch(() => "/s/:serverId/*rest")
  const activeId = () => serverMatch()?.params.serverId
  return (
    <div class="flex min-h-screen flex-col md:flex-row">
      <nav aria-label="Portal" class="flex shrink-0 flex-col gap-4 bg-slate-900 p-4 text-white md:w-60">
        <A href="/servers" class="text-base font-bold text-white no-underline">
          OpenCode Portal
        </A>
        <FleetLink />
        <ServerSwitcher activeId={activeId()} />
        <ul class="flex flex-col gap-1 text-sm">
          <li>
            <A href="/servers" class="text-slate-200 hover:text-white" activeClass="font-semibold text-white">
              Servers
            </A>
          </li>
        </ul>
      </nav>
      <main class="min-w-0 flex-1">
        <For each={[...props.storageProblems, ...registry.init.problems]}>
          {(problem) => (
            <div role="alert" class="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
              {problem}
            </div>
          )}
        </For>
        {props.children}
      </main>
      <Toaster />
      <FleetWatcher />
    </div>
  )
}
