import { portableLink } from "../../lib/routing/portable-link"
import type { ServerEntry } from "../../lib/registry/server"
import { createCopy } from "../../state/clipboard"

/**
 * Copies a link to the view on screen that also names the server (URL, name, color; never a
 * password), so it opens in a browser that has not registered the server yet.
 */
export function CopyLinkButton(props: { server: ServerEntry }) {
  const clipboard = createCopy()
  return (
    <span class="inline-flex items-center gap-1">
      <button type="button" class="btn py-0.5 text-xs" onClick={() => void clipboard.copy(portableLink(window.location.href, props.server))}>
        Copy link
      </button>
      <span role="status" class="text-xs text-green-700">
        {clipboard.copied() ? "Copied" : ""}
      </span>
    </span>
  )
}
