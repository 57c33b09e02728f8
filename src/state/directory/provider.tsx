import { onCleanup, type ParentProps } from "solid-js"
import { makeContext } from "../context"
import { useDirectory } from "./active-directory"
import { useDirectoryStores } from "./shared-stores"
import { createDirectoryStore } from "./store"
import { useActiveServer } from "../connection/active-server"
import type { DirectoryData } from "./types"

const ctx = makeContext<DirectoryData>("DirectoryData")
export const useDirectoryData = ctx.use

/**
 * Mount under a DirectoryProvider (keyed by directory): one store per server and directory, fed by
 * its server's one stream and shared by every view of that directory (see shared-stores).
 */
export function DirectoryDataProvider(props: ParentProps) {
  const active = useActiveServer()
  const dir = useDirectory()
  const make = () => createDirectoryStore({ scope: dir.scope, live: active.live })
  const stores = useDirectoryStores()
  const store = stores ? stores.acquire(`${active.server().id}\n${dir.directory()}`, make) : ownStore(make())
  onCleanup(store.release)
  return <ctx.Provider value={store.data}>{props.children}</ctx.Provider>
}

const ownStore = (made: { data: DirectoryData; close: () => void }) => ({ data: made.data, release: made.close })
