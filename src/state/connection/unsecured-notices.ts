import { createSignal } from "solid-js"
import { errorText } from "../../lib/error-text"
import type { LocalStore } from "../../storage/drafts"
import { loadDismissedNotices, saveDismissedNotice } from "../../storage/notices"
import { useBrowserStores } from "../browser-stores"

export type UnsecuredNoticesDeps = { store: LocalStore | undefined }

/** Which servers' "No password" notice is dismissed, for every view of this page at once. */
export function createUnsecuredNotices(deps: UnsecuredNoticesDeps) {
  const [dismissed, setDismissed] = createSignal(new Set(loadDismissedNotices(deps.store)))
  return {
    dismissed: (serverId: string) => dismissed().has(serverId),
    /** Hides it at once; returns what to tell the person when it could not be remembered. */
    dismiss(serverId: string, serverName: string): string | undefined {
      setDismissed(new Set([...dismissed(), serverId]))
      try {
        setDismissed(new Set(saveDismissedNotice(deps.store, serverId)))
        return undefined
      } catch (err) {
        return `The notice for ${serverName} is hidden for now, but could not be remembered: ${errorText(err)}`
      }
    },
  }
}

export type UnsecuredNotices = ReturnType<typeof createUnsecuredNotices>

let shared: UnsecuredNotices | undefined

/** The page's one set, on the browser's localStorage (signals only: no owner needed). */
export function useUnsecuredNotices(): UnsecuredNotices {
  shared ??= createUnsecuredNotices({ store: useBrowserStores().local.store })
  return shared
}
