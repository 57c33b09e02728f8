import { createSignal } from "solid-js"
import { makeMemoryKv, openIdbKv, type Kv } from "../../storage/kv"
import { forgetDirectory, loadRecentDirs, rememberDirectory, type RecentDir } from "../../storage/recent-dirs"

export type { RecentDir }

let shared: Promise<Kv> | undefined
/** The portal's IndexedDB store; when the browser refuses it (boot already warns), this tab's memory. */
function sharedKv(): Promise<Kv> {
  return (shared ??= openIdbKv().catch(() => makeMemoryKv()))
}

/** Recently opened directories of one server, newest first; `kv` is injectable for tests. */
export function createRecentDirs(serverId: string, kv: () => Promise<Kv> = sharedKv) {
  const [list, setList] = createSignal<RecentDir[]>([])
  const [error, setError] = createSignal<string>()
  const run = async (what: string, fn: (store: Kv) => Promise<RecentDir[]>) => {
    try {
      setList(await fn(await kv()))
      setError(undefined)
    } catch (err) {
      setError(`Could not ${what} recent directories: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  void run("read", (store) => loadRecentDirs(store, serverId))
  return {
    list,
    /** Set when browser storage failed; the list then shows what this tab knows. */
    error,
    remember: (directory: string) => run("save", (store) => rememberDirectory(store, serverId, directory, Date.now())),
    forget: (directory: string) => run("update", (store) => forgetDirectory(store, serverId, directory)),
  }
}
