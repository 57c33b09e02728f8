import { createSignal, createUniqueId, untrack } from "solid-js"
import { errorText } from "../../lib/error-text"
import type { ServerEntry } from "../../lib/registry/server"
import { useCredentials } from "../../state/connection/credentials"
import { useHealth } from "../../state/connection/health"
import { useToasts } from "../../state/toasts"

/** Asks for a server's password in place, where the "Unauthorized" status is shown. */
export function PasswordPrompt(props: { server: ServerEntry }) {
  const credentials = useCredentials()
  const health = useHealth()
  const toasts = useToasts()
  const [password, setPassword] = createSignal("")
  const [remember, setRemember] = createSignal(untrack(() => credentials.isRemembered(props.server.id)))
  const id = createUniqueId()
  const submit = async (e: SubmitEvent) => {
    e.preventDefault()
    try {
      await credentials.set(props.server.id, password(), remember())
      setPassword("")
    } catch (err) {
      // A toast, not a note in the prompt: the prompt goes as soon as the server answers Online.
      toasts.push({ kind: "error", message: `Could not keep the password for ${props.server.name}: ${errorText(err)}` })
    }
    // Even a refused write may leave the password usable for this page; the check tells.
    health.recheck(props.server.id)
  }
  return (
    <form class="mt-2 flex flex-wrap items-end gap-2" aria-label={`Password for ${props.server.name}`} onSubmit={(e) => void submit(e)}>
      <div>
        <label for={`${id}-pw`} class="label">
          Password
        </label>
        <input id={`${id}-pw`} type="password" class="field" autocomplete="current-password" required value={password()} onInput={(e) => setPassword(e.currentTarget.value)} />
      </div>
      <label class="flex items-center gap-1 text-sm pb-2">
        <input type="checkbox" checked={remember()} onChange={(e) => setRemember(e.currentTarget.checked)} />
        Remember password
      </label>
      <button type="submit" class="btn-primary">
        Connect
      </button>
    </form>
  )
}
