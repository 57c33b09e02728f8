import { createSignal, onCleanup } from "solid-js"
import { folderQuery } from "../../lib/directory/picker"

export type FolderCompleteDeps = {
  list: (path: string, signal: AbortSignal) => Promise<string[]>
  /** Typing pauses this long before the server is asked. */
  delayMs?: number
}

/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
export const FOLDER_DELAY_MS = 150

/**
 * The server's folders for the path being typed: one listing per parent folder, the newest only
 * (older requests are aborted), remembered for the page. A path that cannot be listed (missing,
 * a file, unreadable) simply completes nothing: opening it is what reports the reason.
 * Create under a reactive owner.
 */
export function createFolderComplete(deps: FolderCompleteDeps) {
  const delay = deps.delayMs ?? FOLDER_DELAY_MS
  const [listed, setListed] = createSignal<{ parent: string; folders: string[] }>({ parent: "", folders: [] })
  const cache = new Map<string, string[]>()
  let wanted = ""
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | undefined
  onCleanup(() => {
    clearTimeout(timer)
    controller?.abort()
  })

  const fetchFolders = async (parent: string) => {
    controller?.abort()
    const mine = (controller = new AbortController())
    let folders: string[]
    try {
      folders = await deps.list(parent, mine.signal)
      cache.set(parent, folders)
    } catch {
      if (mine.signal.aborted) return
      // Not remembered as done: the next keystroke in this folder asks again.
      if (wanted === parent) wanted = ""
      return
    }
    if (wanted === parent) setListed({ parent, folders })
  }

  return {
    /** Folders of the parent of the text last passed to `query`, once known. */
    folders: () => (listed().parent === wanted ? listed().folders : []),
    query(text: string) {
      const parent = folderQuery(text.trim())?.parent ?? ""
      if (parent === wanted) return
      wanted = parent
      clearTimeout(timer)
      const cached = cache.get(parent)
      if (parent === "" || cached) return setListed({ parent, folders: cached ?? [] })
      timer = setTimeout(() => void fetchFolders(parent), delay)
    },
  }
}
