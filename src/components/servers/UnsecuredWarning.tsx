/** A server without a password lets any web page the user visits open its terminal. */
export function UnsecuredWarning(props: { onDismiss: () => void }) {
  return (
    <div role="note" class="mt-1 flex items-start gap-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
      <p class="flex-1">
        No password: any web page you visit can open a terminal on this server. Restart it with a password, e.g.{" "}
        <code class="mono">OPENCODE_SERVER_PASSWORD=$(openssl rand -hex 16) opencode serve</code>, then enter it here.
      </p>
      <button type="button" class="btn py-0.5" onClick={() => props.onDismiss()}>
        Dismiss warning
      </button>
    </div>
  )
}
