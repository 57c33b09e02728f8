import { Show, splitProps } from "solid-js"
import { readableTextOn } from "../../lib/ui/contrast"

/**
 * A server's color beside its name: color identifies, the name says it (never color alone). As a
 * `chip` the name sits on the color itself, in black or white, whichever reads.
 */
export function ServerBadge(props: { name: string; color: string; class?: string; chip?: boolean }) {
  const [local] = splitProps(props, ["name", "color", "class", "chip"])
  return (
    <Show
      when={local.chip}
      fallback={
        <span class={`inline-flex items-center gap-2 min-w-0 ${local.class ?? ""}`}>
          <span aria-hidden="true" class="inline-block h-3 w-3 shrink-0 rounded-full ring-1 ring-slate-400/60" style={{ "background-color": local.color }} />
          <span class="truncate">{local.name}</span>
        </span>
      }
    >
      <span class={`inline-block min-w-0 max-w-full truncate rounded px-2 py-0.5 ${local.class ?? ""}`} style={{ "background-color": local.color, color: readableTextOn(local.color) }}>
        {local.name}
      </span>
    </Show>
  )
}
