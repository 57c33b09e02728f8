import { createSignal, createUniqueId, Show, untrack } from "solid-js"
import { errorText } from "../../lib/error-text"
import type { ServerEntry } from "../../lib/registry/server"
import { useCredentials } from "../../state/connection/credentials"
import { useHealth } from "../../state/connection/health"
import { useToasts } from "../../state/toasts"

/**
 * Asks for a server's password in place, where the "Unauthorized" status is shown. A password is
 * held and the server still refuses: it is the wrong one, said by name, and the field keeps what
 * was typed so a typo can be fixed.
 */
export function PasswordPrompt(props: { server: ServerEntry }) {
  const credentials = useCredentials()
  const health = useHealth()
  const toasts = useToasts()
  const [password, setPassword] = createSignal("")
  const [remember, setRemember] = createSignal(untrack(() => credentials.isRemembered(props.server.id)))
  const id = createUniqueId()
  const checking = () => health.of(props.server.id).kind === "checking"
  const error = () => (!checking() && credentials.password(props.server.id) !== undefined ? `Wrong password for ${props.server.name}.` : undefined)
  return (
    <form
      class="mt-2 flex flex-wrap items-end gap-2"
      aria-label={`Password for ${props.server.name}`}
      onSubmit={async (e) => {
        e.preventDefault()
        try {
          await credentials.set(props.server.id, password(), remember())
          health.recheck(props.server.id)
        } catch (err) {
          toasts.push({ kind: "error", message: `Could not keep the password for ${props.server.name}: ${errorText(err)}` })
        }
      }}
    >
      <div>
        <label for={`${id}-pw`} class="label">
          Password
        </label>
        <input
          id={`${id}-pw`}
          type="password"
          class="field"
          autocomplete="current-password"
          required
          value={password()}
          onInput={(e) => setPassword(e.currentTarget.value)}
          aria-invalid={error() ? "true" : undefined}
          aria-describedby={error() ? `${id}-err` : undefined}
        />
      </div>
      <label class="flex items-center gap-1 text-sm pb-2">
        <input type="checkbox" checked={remember()} onChange={(e) => setRemember(e.currentTarget.checked)} />
        Remember password
      </label>
      <button type="submit" class="btn-primary" disabled={checking()}>
        {checking() ? "Checking…" : "Connect"}
      </button>
      <Show when={error()}>
        {(text) => (
          <p id={`${id}-err`} role="alert" class="w-full text-sm text-red-700">
            {text()}
          </p>
        )}
      </Show>
    </form>
  )
}
