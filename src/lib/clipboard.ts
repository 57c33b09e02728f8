/** What copying needs from the page; the browser's own in the app, stand-ins in tests. */
export type ClipboardEnv = {
  /** `window.isSecureContext`: the Clipboard API exists only there. */
  secure: boolean
  clipboard: Pick<Clipboard, "writeText"> | undefined
  document: Pick<Document, "createElement" | "body" | "execCommand">
}

/**
 * Puts text on the clipboard. A portal opened over plain http on a tailnet is not a secure
 * context and has no Clipboard API, so there it selects an off-screen textarea and runs the
 * legacy copy command, which browsers still honour inside a click.
 *
 * @example await writeClipboard("opencode serve --cors https://portal", { secure: window.isSecureContext, clipboard: navigator.clipboard, document })
 */
export async function writeClipboard(text: string, env: ClipboardEnv): Promise<void> {
  if (env.secure && env.clipboard) return env.clipboard.writeText(text)
  const area = env.document.createElement("textarea")
  area.value = text
  area.setAttribute("readonly", "")
  area.style.position = "fixed"
  area.style.opacity = "0"
  env.document.body.append(area)
  try {
    area.select()
    if (!env.document.execCommand("copy")) throw new Error("this browser does not allow copying here")
  } finally {
    area.remove()
  }
}
