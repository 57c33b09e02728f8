import { onCleanup, type ParentProps } from "solid-js"
import { makeContext } from "../context"
import { useDirectory } from "./active-directory"
import { createDirectoryStore } from "./store"
import { useActiveServer } from "../connection/active-server"
import type { DirectoryData } from "./types"

const ctx = makeContext<DirectoryData>("DirectoryData")
export const useDirectoryData = ctx.use

/** Mount under a DirectoryProvider (keyed by directory): one store per directory, fed by its server's one stream. */
export function DirectoryDataProvider(props: ParentProps) {
  const active = useActiveServer()
  const dir = useDirectory()
  const store = createDirectoryStore({ scope: dir.scope, live: active.live })
  onCleanup(store.close)
  return <ctx.Provider value={store.data}>{props.children}</ctx.Provider>
}
