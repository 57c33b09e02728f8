import { For, Show } from "solid-js"
import { formatBytes, isImage } from "../../lib/prompt/attachment-limits"
import type { Attachment } from "../../state/chat/attachments"

const extension = (name: string) => (name.includes(".") ? (name.split(".").pop() ?? "").slice(0, 4) : "file")

/** The files attached to the prompt: name, size, a thumbnail for images, and a button to take each off. */
export function AttachmentList(props: { items: Attachment[]; onRemove: (id: string) => void }) {
  return (
    <Show when={props.items.length > 0}>
      <ul aria-label="Attachments" class="m-0 flex list-none flex-wrap gap-2 p-0">
        <For each={props.items}>
          {(item) => (
            <li class="flex max-w-full items-center gap-2 rounded border border-slate-300 bg-slate-50 py-1 pl-1 pr-2 text-xs">
              <Show when={isImage(item.mime)} fallback={<span aria-hidden="true" class="grid h-8 w-8 place-items-center overflow-hidden rounded bg-slate-200 text-[10px] font-semibold uppercase text-slate-600">{extension(item.name)}</span>}>
                <img src={item.dataUrl} alt="" class="h-8 w-8 rounded object-cover" />
              </Show>
              <span class="min-w-0 truncate" title={item.name}>
                {item.name}
              </span>
              <span class="text-slate-500">{formatBytes(item.size)}</span>
              <button type="button" class="rounded px-1 text-slate-600 hover:bg-slate-200" aria-label={`Remove ${item.name}`} onClick={() => props.onRemove(item.id)}>
                ×
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
