import { createSignal, createUniqueId, Show } from "solid-js"
import { errorText } from "../../lib/error-text"
import { MAX_IMPORT_BYTES, parseImport, previewImport, type ImportMode, type PreviewRow } from "../../lib/registry/transfer"
import type { ServerEntry } from "../../lib/registry/server"
import { useCredentials } from "../../state/connection/credentials"
import { useRegistry } from "../../state/registry/registry"
import { useToasts } from "../../state/toasts"
import { Dialog } from "../ui/Dialog"
import { ImportPreview } from "./ImportPreview"

/** Import from a file (picker or drop) or pasted text; preview, then merge or replace. */
export function ImportDialog(props: { onClose: () => void; onImported: (summary: string, before: ServerEntry[]) => void }) {
  const registry = useRegistry()
  const credentials = useCredentials()
  const toasts = useToasts()
  const [text, setText] = createSignal("")
  const [error, setError] = createSignal<string>()
  const [rows, setRows] = createSignal<PreviewRow[]>()
  const [mode, setMode] = createSignal<ImportMode>("merge")
  const [dragging, setDragging] = createSignal(false)
  const id = createUniqueId()

  const preview = (input: string) => {
    setRows(undefined)
    const parsed = parseImport(input)
    if (!parsed.ok) return setError(parsed.error)
    setError(undefined)
    setRows(previewImport(registry.servers(), parsed.incoming, parsed.rejected))
  }
  const readFile = async (file: File | undefined) => {
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) return setError(`"${file.name}" is too large (${Math.round(file.size / 1024)} KB); a server list is at most ${MAX_IMPORT_BYTES / 1000} KB.`)
    try {
      const content = await file.text()
      setText(content)
      preview(content)
    } catch (err) {
      setError(`Could not read "${file.name}": ${errorText(err)}`)
    }
  }
  const apply = async () => {
    const current = rows()
    if (!current) return
    const before = registry.servers()
    try {
      await registry.importRows(current, mode())
    } catch (err) {
      return setError(`Nothing was imported: ${errorText(err)}`)
    }
    for (const row of current) {
      if (row.status === "rejected" || !row.password) continue
      // The servers are in by now: a refused password is said per server, the import stands.
      await credentials.set(row.server.id, row.password, false).catch((err: unknown) => {
        toasts.push({ kind: "error", message: `Imported ${row.server.name}, but could not keep its password: ${errorText(err)}` })
      })
    }
    const n = current.filter((r) => r.status === "added" || r.status === "updated").length
    props.onImported(`Imported ${n} server${n === 1 ? "" : "s"} (${mode()}).`, before)
  }
  const importable = () => (rows() ?? []).some((r) => r.status !== "rejected")

  return (
    <Dialog title="Import servers" wide onClose={() => props.onClose()}>
      <div
        class={`rounded border-2 border-dashed p-3 text-sm ${dragging() ? "border-blue-500 bg-blue-50" : "border-slate-300"}`}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault()
          setDragging(false)
          void readFile(e.dataTransfer?.files[0])
        }}
      >
        <label for={`${id}-file`} class="label">
          Server list file
        </label>
        <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
        <p class="mt-1 text-xs text-slate-500">Or drop the file here.</p>
      </div>
      <label for={`${id}-text`} class="label mt-3">
        Or paste the server list
      </label>
      <textarea id={`${id}-text`} class="field mono h-28" value={text()} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" class="btn mt-2" onClick={() => preview(text())}>
        Preview
      </button>
      <Show when={error()}>
        <p role="alert" class="mt-3 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          {error()}
        </p>
      </Show>
      <Show when={rows()}>
        {(list) => (
          <div class="mt-3">
            <ImportPreview rows={list()} />
            <fieldset class="mt-3 flex gap-4 text-sm">
              <legend class="label">How to apply</legend>
              <label class="flex items-center gap-1">
                <input type="radio" name={`${id}-mode`} checked={mode() === "merge"} onChange={() => setMode("merge")} />
                Merge with my servers
              </label>
              <label class="flex items-center gap-1">
                <input type="radio" name={`${id}-mode`} checked={mode() === "replace"} onChange={() => setMode("replace")} />
                Replace my servers
              </label>
            </fieldset>
          </div>
        )}
      </Show>
      <div class="mt-5 flex justify-end gap-2">
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="button" class="btn-primary" disabled={!importable()} onClick={() => void apply()}>
          Import
        </button>
      </div>
    </Dialog>
  )
}
