import { createSignal, createUniqueId, untrack } from "solid-js"
import type { ServerEntry } from "../../lib/registry/server"
import { useCredentials } from "../../state/connection/credentials"
import { useHealth } from "../../state/connection/health"

/** Asks for a server's password in place, where the "Unauthorized" status is shown. */
export function PasswordPrompt(props: { server: ServerEntry }) {
  const credentials = useCredentials()
  const health = useHealth()
  const [password, setPassword] = createSignal("")
  const [remember, setRemember] = createSignal(untrack(() => credentials.isRemembered(props.server.id)))
  const id = createUniqueId()
  return (
    <form
      class="mt-2 flex flex-wrap items-end gap-2"
      aria-label={`Password for ${props.server.name}`}
      onSubmit={async (e) => {
        e.preventDefault()
        await credentials.set(props.server.id, password(), remember())
        setPassword("")
        health.recheck(props.server.id)
      }}
    >
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
