import { For } from "solid-js"
import type { PreviewRow } from "../../lib/registry/transfer"

const HEALTH_LABEL: Record<PreviewRow["status"], string> = { added: "Added", updated: "Updated", unchanged: "Unchanged", rejected: "Rejected" }

/** What an import would do, entry by entry, before anything is written. */
export function ImportPreview(props: { rows: PreviewRow[] }) {
  const count = (status: PreviewRow["status"]) => props.rows.filter((r) => r.status === status).length
  return (
    <div>
      <p role="status" class="text-sm">
        {count("added")} added, {count("updated")} updated, {count("unchanged")} unchanged, {count("rejected")} rejected
      </p>
      <table class="mt-2 w-full text-left text-sm" aria-label="Import preview">
        <thead>
          <tr class="border-b border-slate-200">
            <th class="py-1 pr-2">Result</th>
            <th class="py-1 pr-2">Server</th>
            <th class="py-1">Details</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr class="border-b border-slate-100 align-top">
                <td class={`py-1 pr-2 font-medium ${row.status === "rejected" ? "text-red-700" : ""}`}>{HEALTH_LABEL[row.status]}</td>
                <td class="py-1 pr-2">{row.status === "rejected" ? row.label : row.server.name}</td>
                <td class="mono py-1 break-all">{row.status === "rejected" ? row.reason : row.server.url}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}
