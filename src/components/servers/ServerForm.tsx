import { createSignal, createUniqueId, For, Show, untrack } from "solid-js"
import { errorText } from "../../lib/error-text"
import type { ServerDraft } from "../../lib/registry/registry"
import type { FieldErrors } from "../../lib/registry/server-fields"
import type { ServerHealth } from "../../lib/connection/health"
import { DEFAULT_USERNAME, nextColor, type ServerEntry } from "../../lib/registry/server"
import { groupNames } from "../../lib/registry/groups"
import { normalizeServerUrl } from "../../lib/registry/url"
import { useCredentials } from "../../state/connection/credentials"
import { useHealth } from "../../state/connection/health"
import { useRegistry } from "../../state/registry/registry"
import { useToasts } from "../../state/toasts"
import { Dialog } from "../ui/Dialog"
import { ErrorNote } from "../ui/ErrorNote"
import { Field } from "../ui/Field"
import { HealthText } from "./HealthText"

export type ServerFormProps = {
  /** The server being edited; absent when adding. */
  editing?: ServerEntry
  initial?: Partial<ServerDraft>
  onClose: () => void
  onSaved: (server: ServerEntry) => void
}

/** Add or edit a server, with "Test connection" before anything is saved. */
export function ServerForm(props: ServerFormProps) {
  const registry = useRegistry()
  const credentials = useCredentials()
  const health = useHealth()
  const toasts = useToasts()
  // The form edits a copy: later changes to the props must not overwrite what is being typed.
  const start = untrack(() => props.editing ?? props.initial)
  const [name, setName] = createSignal(start?.name ?? "")
  const [url, setUrl] = createSignal(start?.url ?? "")
  const [color, setColor] = createSignal(start?.color ?? nextColor(registry.servers().map((s) => s.color)))
  const [username, setUsername] = createSignal(start?.username ?? DEFAULT_USERNAME)
  const [group, setGroup] = createSignal(start?.group ?? "")
  const groupList = createUniqueId()
  const [password, setPassword] = createSignal("")
  const [remember, setRemember] = createSignal(start && "id" in start && start.id ? credentials.isRemembered(start.id) : false)
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [testing, setTesting] = createSignal(false)
  const [tested, setTested] = createSignal<ServerHealth>()
  const [saving, setSaving] = createSignal(false)
  /** A failure of the whole form (storage refused the save, the check itself broke), not of one field. */
  const [failure, setFailure] = createSignal<string>()

  const draft = (): ServerDraft => ({
    ...(props.editing ? { id: props.editing.id } : props.initial?.id ? { id: props.initial.id } : {}),
    name: name(),
    url: url(),
    color: color(),
    username: username(),
    group: group(),
  })
  const typedCredentials = () => {
    const pw = password() || (props.editing ? credentials.password(props.editing.id) : undefined)
    return pw ? { username: username().trim() || DEFAULT_USERNAME, password: pw } : undefined
  }

  const test = async () => {
    const normalized = normalizeServerUrl(url())
    if (!normalized.ok) return setErrors({ ...errors(), url: normalized.error })
    setErrors({ ...errors(), url: undefined })
    setTesting(true)
    setFailure(undefined)
    setTested({ kind: "checking" })
    try {
      setTested(await health.test(normalized.url, typedCredentials()))
    } catch (err) {
      setTested(undefined)
      setFailure(`Could not test ${normalized.url}: ${errorText(err)}`)
    } finally {
      setTesting(false)
    }
  }

  /** The server is saved by now; a refused password write is said, and the form still closes. */
  const keepPassword = async (server: ServerEntry) => {
    try {
      if (password()) await credentials.set(server.id, password(), remember())
      else if (props.editing && credentials.password(server.id) !== undefined && remember() !== credentials.isRemembered(server.id)) {
        await credentials.set(server.id, credentials.password(server.id), remember())
      }
    } catch (err) {
      toasts.push({ kind: "error", message: `Saved ${server.name}, but could not keep its password: ${errorText(err)}` })
    }
  }

  const save = async (e: SubmitEvent) => {
    e.preventDefault()
    setSaving(true)
    setFailure(undefined)
    try {
      const result = await registry.save(draft())
      if (!result.ok) return setErrors(result.errors)
      await keepPassword(result.server)
      health.recheck(result.server.id)
      props.onSaved(result.server)
    } catch (err) {
      setFailure(`Could not save ${name().trim() || "the server"}: ${errorText(err)}`)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Dialog title={props.editing ? `Edit ${props.editing.name}` : "Add server"} onClose={() => props.onClose()}>
      <form class="flex flex-col gap-3" onSubmit={(e) => void save(e)} novalidate>
        <Field label="Name" value={name()} onInput={(e) => setName(e.currentTarget.value)} error={errors().name} required autocomplete="off" placeholder="Project Alpha" />
        <Field label="URL" value={url()} onInput={(e) => setUrl(e.currentTarget.value)} error={errors().url} required autocomplete="off" placeholder="http://localhost:4001" inputmode="url" />
        <Field label="Color" type="color" value={color()} onInput={(e) => setColor(e.currentTarget.value)} error={errors().color} class="w-24" />
        <Field label="Group" value={group()} onInput={(e) => setGroup(e.currentTarget.value)} error={errors().group} autocomplete="off" list={groupList} placeholder="dev, staging, prod" hint="Servers are listed under their group's heading." />
        <datalist id={groupList}>
          <For each={groupNames(registry.servers())}>{(name) => <option value={name} />}</For>
        </datalist>
        <Field label="Username" value={username()} onInput={(e) => setUsername(e.currentTarget.value)} autocomplete="username" hint="The server's default is opencode." />
        <Field
          label="Password"
          type="password"
          value={password()}
          onInput={(e) => setPassword(e.currentTarget.value)}
          autocomplete="current-password"
          hint={props.editing && credentials.password(props.editing.id) ? "A password is stored; leave empty to keep it." : "Only if the server sets OPENCODE_SERVER_PASSWORD."}
        />
        <label class="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={remember()} onChange={(e) => setRemember(e.currentTarget.checked)} />
          Remember password
        </label>
        <p class="text-xs text-slate-500 -mt-2">Unticked, the password lasts until this tab closes. Ticked, it is kept in this browser's storage.</p>
        <div role="status" class="min-h-5">
          <Show when={tested()}>{(status) => <HealthText status={status()} />}</Show>
        </div>
        <Show when={failure()}>{(message) => <ErrorNote message={message()} />}</Show>
        <div class="flex flex-wrap justify-end gap-2">
          <button type="button" class="btn mr-auto" disabled={testing()} onClick={() => void test()}>
            Test connection
          </button>
          <button type="button" class="btn" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="btn-primary" disabled={saving()}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  )
}
