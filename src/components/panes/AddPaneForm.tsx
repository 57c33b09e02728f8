import { createSignal, createUniqueId, For } from "solid-js"
import { parseDirectoryInput } from "../../lib/directory/directory-input"
import type { ServerEntry } from "../../lib/registry/server"
import { Field } from "../ui/Field"

export type AddPaneFormProps = {
  servers: ServerEntry[]
  /** False once the layout holds every pane it can. */
  canAdd: boolean
  onAdd: (serverId: string, directory: string) => void
}

/** Opens a directory of any registered server in a new pane, starting at its session list. */
export function AddPaneForm(props: AddPaneFormProps) {
  const [serverId, setServerId] = createSignal<string>()
  const [path, setPath] = createSignal("")
  const [error, setError] = createSignal<string>()
  const selectId = createUniqueId()
  const chosen = () => serverId() ?? props.servers[0]?.id
  const submit = (e: SubmitEvent) => {
    e.preventDefault()
    const id = chosen()
    const input = parseDirectoryInput(path())
    if (!input.ok) return setError(input.error)
    if (!id) return setError("Register a server first.")
    setError(undefined)
    setPath("")
    props.onAdd(id, input.directory)
  }
  return (
    <form aria-label="Add a pane" class="flex flex-wrap items-end gap-2" onSubmit={submit}>
      <div>
        <label for={selectId} class="label">
          Server
        </label>
        <select id={selectId} class="field py-1" value={chosen()} onChange={(e) => setServerId(e.currentTarget.value)}>
          <For each={props.servers}>{(server) => <option value={server.id}>{server.name}</option>}</For>
        </select>
      </div>
      <Field class="min-w-0 flex-1 basis-48" label="Directory" placeholder="/home/me/project" value={path()} error={error()} onInput={(e) => setPath(e.currentTarget.value)} autocomplete="off" spellcheck={false} />
      <button type="submit" class="btn" disabled={!props.canAdd} title={props.canAdd ? undefined : "Side by side holds up to 4 panes; close one first."}>
        Add pane
      </button>
    </form>
  )
}
