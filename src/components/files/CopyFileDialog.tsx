import { createSignal, createUniqueId, For, Match, Switch, untrack } from "solid-js"
import { checkTargetPath, copyPercent, MAX_COPY_BYTES } from "../../lib/files/copy-plan"
import { formatSize } from "../../lib/files/file-kind"
import { STEP_LABEL } from "../../state/files/copy-file"
import { createFileCopy } from "../../state/files/file-copy"
import { useRegistry } from "../../state/registry/registry"
import { Dialog } from "../ui/Dialog"
import { Field } from "../ui/Field"

export type CopyFileDialogProps = { path: string; sourceServerId: string; sourceDirectory: string; onClose: () => void }

/** Copies the open file to a directory on another (or the same) server, verified by SHA-256. */
export function CopyFileDialog(props: CopyFileDialogProps) {
  const registry = useRegistry()
  // The dialog starts from the props and then edits its own copy.
  const first = untrack(() => registry.servers().find((s) => s.id !== props.sourceServerId) ?? registry.servers()[0])
  const [serverId, setServerId] = createSignal(first?.id)
  const [directory, setDirectory] = createSignal("")
  const [targetPath, setTargetPath] = createSignal(untrack(() => props.path))
  const [pathError, setPathError] = createSignal<string>()
  const copy = createFileCopy(serverId)
  const dirList = createUniqueId()
  const serverName = () => copy.target()?.name ?? "the server"

  const start = (overwrite: boolean) => {
    const checked = checkTargetPath(targetPath())
    if (!checked.ok) return setPathError(checked.error)
    setPathError(undefined)
    if (!directory().trim().startsWith("/")) return setPathError("Pick the target directory first (an absolute path).")
    void copy.run({ path: props.path, directory: directory().trim(), targetPath: checked.path, overwrite })
  }
  const running = () => copy.state().kind === "running"

  return (
    <Dialog title="Copy file" onClose={() => props.onClose()}>
      <form
        class="flex flex-col gap-3"
        novalidate
        onSubmit={(e) => {
          e.preventDefault()
          start(false)
        }}
      >
        <p class="text-sm text-slate-600">
          <span class="mono break-all">{props.path}</span> from {props.sourceDirectory}. Files up to {formatSize(MAX_COPY_BYTES)}; the copy is read back and
          compared (SHA-256) before it says Copied.
        </p>
        <div>
          <label for="copy-server" class="label">
            Server
          </label>
          <select id="copy-server" class="field" value={serverId() ?? ""} onChange={(e) => (setServerId(e.currentTarget.value), copy.reset())}>
            <For each={registry.servers()}>{(s) => <option value={s.id}>{s.name}</option>}</For>
          </select>
        </div>
        <Field label="Directory" value={directory()} onInput={(e) => (setDirectory(e.currentTarget.value), copy.reset())} list={dirList} autocomplete="off" placeholder="/home/me/project" hint={copy.directories.error()?.message ?? "A project folder on that server."} />
        <datalist id={dirList}>
          <For each={copy.directories.value() ?? []}>{(d) => <option value={d} />}</For>
        </datalist>
        <Field label="Path" value={targetPath()} onInput={(e) => (setTargetPath(e.currentTarget.value), copy.reset())} error={pathError()} autocomplete="off" hint="Relative to the directory." />
        <Switch>
          <Match when={copy.state().kind === "running" && copy.state()}>
            {(s) => {
              const r = () => {
                const v = s()
                return v.kind === "running" ? v : undefined
              }
              return (
                <div class="flex items-center gap-2 text-sm">
                  <progress aria-label="Copy progress" class="h-2 flex-1" max="100" value={copyPercent(r()?.step ?? "read", r()?.done ?? 0, r()?.total ?? 1)} />
                  <span>{STEP_LABEL[r()?.step ?? "read"]}…</span>
                </div>
              )
            }}
          </Match>
          <Match when={copy.state().kind === "exists"}>
            <div role="alert" class="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
              <p>
                {targetPath()} already exists in {directory()} on {serverName()}. Replace it?
              </p>
              <div class="mt-2 flex gap-2">
                <button type="button" class="btn-danger py-0.5" onClick={() => start(true)}>
                  Replace
                </button>
                <button type="button" class="btn py-0.5" onClick={() => copy.reset()}>
                  Keep it
                </button>
              </div>
            </div>
          </Match>
          <Match when={copy.state().kind === "copied" && copy.state()}>
            {(s) => {
              const v = s()
              return v.kind === "copied" ? (
                <p role="status" class="text-sm text-green-800">
                  Copied {formatSize(v.bytes)} to {serverName()}; SHA-256 {v.sha256.slice(0, 12)}… matches.
                </p>
              ) : undefined
            }}
          </Match>
          <Match when={copy.state().kind === "failed" && copy.state()}>
            {(s) => {
              const v = s()
              return v.kind === "failed" ? (
                <p role="alert" class="text-sm text-red-800">
                  Copy failed at step "{STEP_LABEL[v.step]}": {v.message}
                </p>
              ) : undefined
            }}
          </Match>
        </Switch>
        <div class="flex justify-end gap-2">
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Close
          </button>
          <button type="submit" class="btn-primary" disabled={running() || !serverId()}>
            Copy
          </button>
        </div>
      </form>
    </Dialog>
  )
}
