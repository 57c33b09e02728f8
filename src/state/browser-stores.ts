import type { Kv } from "../storage/kv"
import type { WebStore } from "../storage/web-store"
import { makeContext } from "./context"

/**
 * The browser's stores, each opened once at boot behind its adapter (IndexedDB, localStorage,
 * sessionStorage; memory where the browser refused), for every store that persists something.
 */
export type BrowserStores = { kv: Kv; local: WebStore; session: WebStore }

const ctx = makeContext<BrowserStores>("BrowserStores")
export const useBrowserStores = ctx.use
export const BrowserStoresProvider = ctx.Provider
