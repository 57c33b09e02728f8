/** Loads everything the app needs before its first render: storage, config.json, legacy keys. */
import { parseRuntimeConfig, type RuntimeConfig } from "./lib/registry/config"
import type { EnvServer } from "./lib/registry/env-servers"
import { errorText } from "./lib/error-text"
import { pruneDrafts } from "./storage/drafts"
import { makeMemoryKv, openIdbKv, type Kv } from "./storage/kv"
import { readLegacyRegistry } from "./storage/legacy"
import { openWebStore, webStorageProblem, type WebStore } from "./storage/web-store"

declare const __BUILD_SERVERS__: EnvServer[]

/** config.json is tiny and served next to the page; waiting longer only delays a broken deploy. */
const CONFIG_TIMEOUT_MS = 4000

export type BootResult = {
  kv: Kv
  local: WebStore
  session: WebStore
  /** What the browser refused to store, for the banner on every page. */
  storageProblems: string[]
  runtimeConfig?: RuntimeConfig
  buildServers: EnvServer[]
  legacy: ReturnType<typeof readLegacyRegistry>
}

async function loadRuntimeConfig(): Promise<RuntimeConfig | undefined> {
  let response: Response
  try {
    response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: "no-store", signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS) })
  } catch (err) {
    return { servers: [], problems: [`config.json could not be loaded: ${errorText(err)}`] }
  }
  if (response.status === 404) return undefined
  if (!response.ok) return { servers: [], problems: [`config.json could not be loaded: HTTP ${response.status}.`] }
  const type = response.headers.get("content-type") ?? ""
  // Static hosts answer unknown files with the SPA's index.html; that means "no config".
  if (type.includes("text/html")) return undefined
  try {
    return parseRuntimeConfig(await response.json())
  } catch {
    return { servers: [], problems: ["config.json is not valid JSON; its servers were ignored."] }
  }
}

export async function boot(): Promise<BootResult> {
  // Asked for beside opening storage: from a distant host its round trip would delay the first render.
  const runtimeConfig = loadRuntimeConfig()
  let kv: Kv
  let storageProblem: string | undefined
  try {
    kv = await openIdbKv()
  } catch (err) {
    kv = makeMemoryKv()
    storageProblem = `Browser storage (IndexedDB) is unavailable (${errorText(err)}). Servers you add last only until this tab closes.`
  }
  const local = openWebStore("localStorage", window)
  const session = openWebStore("sessionStorage", window)
  // Drafts of sessions long gone would fill the quota over the months.
  if (local.persistent) pruneDrafts(local.store)
  const webProblem = webStorageProblem(local, session)
  return {
    kv,
    local,
    session,
    storageProblems: [...(storageProblem ? [storageProblem] : []), ...(webProblem ? [webProblem] : [])],
    runtimeConfig: await runtimeConfig,
    buildServers: __BUILD_SERVERS__,
    legacy: readLegacyRegistry(local.persistent ? local.store : undefined),
  }
}
