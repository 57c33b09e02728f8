import type { JSX } from "solid-js"

/** A key or key combination, as printed on the keyboard. */
export function Kbd(props: { children: JSX.Element }) {
  return <kbd class="whitespace-nowrap rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-700">{props.children}</kbd>
}
