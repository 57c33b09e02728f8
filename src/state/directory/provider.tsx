import { onCleanup, type ParentProps } from "solid-js"
import { makeContext } from "../context"
import { useDirectory } from "./active-directory"
import { createDirectoryStore } from "./store"
import { useActiveServer } from "../connection/active-server"
import type { DirectoryData } from "./types"

const ctx = makeContext<DirectoryData>("DirectoryData")
export const useDirectoryData = ctx.use

/** Mount under a DirectoryProvider (keyed by directory): one store and one stream per directory. */
export function DirectoryDataProvider(props: ParentProps) {
  const active = useActiveServer()
  const dir = useDirectory()
  const store = createDirectoryStore({ directory: dir.directory(), serverName: () => active.server().name, client: dir.client, window, document })
  onCleanup(store.close)
  return <ctx.Provider value={store.data}>{props.children}</ctx.Provider>
}
