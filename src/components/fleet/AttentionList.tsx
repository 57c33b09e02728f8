import { createEffect, createMemo, For, Show } from "solid-js"
import type { AttentionItem } from "../../lib/fleet/views"
import { useFleet } from "../../state/fleet/fleet"
import { useRegistry } from "../../state/registry/registry"
import { AttentionItemView } from "./AttentionItemView"

/** The answer controls, not the link to the session: focus lands where the person answers. */
const ACTION = "input, button:not([disabled])"

/** Moves focus to the first action of the item after the one holding focus (wrapping around). */
function focusNext(list: HTMLElement): void {
  const items = [...list.querySelectorAll<HTMLElement>("[data-attention-item]")]
  if (items.length === 0) return
  const current = items.findIndex((item) => item.contains(document.activeElement))
  const next = items[(current + 1) % items.length]
  next?.querySelector<HTMLElement>(ACTION)?.focus()
}

/** Focuses the item named in the URL's hash (a notification's link), once it is there. */
function focusHashed(list: HTMLElement, hash: string): boolean {
  const id = decodeURIComponent(hash.replace(/^#/, ""))
  const item = id ? [...list.querySelectorAll<HTMLElement>("[data-attention-item]")].find((el) => el.dataset.attentionItem === id) : undefined
  const action = item?.querySelector<HTMLElement>(ACTION)
  action?.focus()
  return action !== undefined && action !== null
}

const keyOf = (item: AttentionItem) => JSON.stringify([item.serverId, item.request.id])
const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i])

/** "Needs attention": every waiting request of every server, newest first, answered in place. */
export function AttentionList(props: { hash: string }) {
  const fleet = useFleet()
  const registry = useRegistry()
  // Keyed by request, so a card (and what is typed or picked in it) lives as long as its request.
  const keys = createMemo(() => fleet.items().map(keyOf), [], { equals: sameKeys })
  const byKey = createMemo(() => new Map(fleet.items().map((item) => [keyOf(item), item])))
  let list: HTMLUListElement | undefined
  let focusedHash = ""
  createEffect(() => {
    if (!fleet.wantsFocus() || !list) return
    focusNext(list)
    fleet.focusDone()
  })
  createEffect(() => {
    fleet.items()
    if (list && props.hash && props.hash !== focusedHash && focusHashed(list, props.hash)) focusedHash = props.hash
  })
  return (
    <section aria-labelledby="needs-attention" class="flex flex-col gap-2">
      <h2 id="needs-attention" class="m-0 text-lg font-semibold">
        Needs attention <span class="text-sm font-normal text-slate-600">({fleet.items().length})</span>
      </h2>
      <Show when={fleet.items().length > 0} fallback={<p class="m-0 text-sm text-slate-600">Nothing waits for you on any server.</p>}>
        <p class="m-0 text-xs text-slate-600">Alt+N jumps to the next item from any page.</p>
      </Show>
      <ul ref={(el) => (list = el)} aria-label="Needs attention" class="m-0 flex list-none flex-col gap-2 p-0">
        <For each={keys()}>
          {(key) => (
            <Show when={byKey().get(key)}>
              {(item) => (
                <li data-attention-item={item().request.id}>
                  <Show when={registry.byId(item().serverId)}>
                    {(server) => <Show when={fleet.byId(item().serverId)}>{(f) => <AttentionItemView item={item()} server={server()} fleet={f()} />}</Show>}
                  </Show>
                </li>
              )}
            </Show>
          )}
        </For>
      </ul>
    </section>
  )
}
