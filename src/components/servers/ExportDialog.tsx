import { createSignal, Show } from "solid-js"
import { buildExport } from "../../lib/registry/transfer"
import { useCredentials } from "../../state/connection/credentials"
import { useRegistry } from "../../state/registry/registry"
import { Dialog } from "../ui/Dialog"
import { downloadText } from "../ui/download"

/** Exports the registry as JSON; passwords only when the person opts in. */
export function ExportDialog(props: { onClose: () => void }) {
  const registry = useRegistry()
  const credentials = useCredentials()
  const [withPasswords, setWithPasswords] = createSignal(false)
  const download = () => {
    const passwords = withPasswords() ? credentials.all() : {}
    const file = buildExport(registry.servers(), passwords)
    const stamp = file.exportedAt.slice(0, 10)
    downloadText(`opencode-servers-${stamp}.json`, `${JSON.stringify(file, null, 2)}\n`)
    props.onClose()
  }
  return (
    <Dialog title="Export servers" onClose={() => props.onClose()}>
      <p class="text-sm text-slate-700">
        Downloads {registry.servers().length} server{registry.servers().length === 1 ? "" : "s"} as a JSON file you can import in another browser.
      </p>
      <label class="mt-3 flex items-center gap-2 text-sm">
        <input type="checkbox" checked={withPasswords()} onChange={(e) => setWithPasswords(e.currentTarget.checked)} />
        Include passwords
      </label>
      <Show when={withPasswords()}>
        <p role="note" class="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          The file will hold passwords in plain text. Keep it somewhere private.
        </p>
      </Show>
      <div class="mt-5 flex justify-end gap-2">
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="button" class="btn-primary" onClick={download}>
          Download
        </button>
      </div>
    </Dialog>
  )
}
