import { createSignal } from "solid-js"
import { errorText } from "../../lib/error-text"
import type { Kv } from "../../storage/kv"
import { loadRecentDirs, rememberDirectory, type RecentDir } from "../../storage/recent-dirs"

export type { RecentDir }

/** Recently opened directories of one server, newest first, in the kv opened at boot. */
export function createRecentDirs(serverId: string, kv: Kv) {
  const [list, setList] = createSignal<RecentDir[]>([])
  const [error, setError] = createSignal<string>()
  const run = async (what: string, fn: () => Promise<RecentDir[]>) => {
    try {
      setList(await fn())
      setError(undefined)
    } catch (err) {
      setError(`Could not ${what} recent directories: ${errorText(err)}`)
    }
  }
  void run("read", () => loadRecentDirs(kv, serverId))
  return {
    list,
    /** Set when browser storage failed; the list then shows what this tab knows. */
    error,
    remember: (directory: string) => run("save", () => rememberDirectory(kv, serverId, directory, Date.now())),
  }
}
