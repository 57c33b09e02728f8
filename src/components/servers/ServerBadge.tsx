import { splitProps } from "solid-js"

/** A server's color dot beside its name: color identifies, the name says it (never color alone). */
export function ServerBadge(props: { name: string; color: string; class?: string }) {
  const [local] = splitProps(props, ["name", "color", "class"])
  return (
    <span class={`inline-flex items-center gap-2 min-w-0 ${local.class ?? ""}`}>
      <span aria-hidden="true" class="inline-block h-3 w-3 shrink-0 rounded-full" style={{ "background-color": local.color }} />
      <span class="truncate">{local.name}</span>
    </span>
  )
}
