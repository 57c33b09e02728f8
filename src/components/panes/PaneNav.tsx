import { useHref } from "@solidjs/router"
import { For } from "solid-js"
import type { PaneView } from "../../lib/routing/panes"
import { useViewLinks } from "../../state/routing/view-links"

const VIEWS: { kind: PaneView["kind"]; label: string; view: PaneView }[] = [
  { kind: "sessions", label: "Sessions", view: { kind: "sessions" } },
  { kind: "files", label: "Files", view: { kind: "files" } },
  { kind: "changes", label: "Changes", view: { kind: "changes" } },
  { kind: "terminal", label: "Terminal", view: { kind: "terminal" } },
]

/** The views of the pane's directory; each opens in the same pane. */
export function PaneNav(props: { current: PaneView["kind"] }) {
  const links = useViewLinks()
  return (
    <nav aria-label="Pane views" class="flex flex-wrap gap-2">
      <For each={VIEWS}>{(item) => <ViewLink href={links.to(item.view)} current={props.current === item.kind} label={item.label} />}</For>
    </nav>
  )
}

/** Every link of a layout has the same path, so the router's own "active" marking cannot tell them apart. */
function ViewLink(props: { href: string; current: boolean; label: string }) {
  const href = useHref(() => props.href)
  return (
    <a href={href() ?? props.href} aria-current={props.current ? "page" : undefined} class="text-xs text-slate-600 no-underline hover:underline" classList={{ "font-semibold text-slate-900": props.current }}>
      {props.label}
    </a>
  )
}
