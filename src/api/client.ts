/**
 * The one place SDK clients are made: per server and, when given, per directory. The SDK is most
 * of a page's script (its generated client is one class with every endpoint), so it loads on the
 * first API call instead of with the page: the server list paints without it.
 */
import type { OpencodeClient } from "@opencode-ai/sdk/v2/client"
import { errorText } from "../lib/error-text"
import { authHeaders, type Credentials } from "./auth"
import { PortalError } from "./errors"
import { paceCall } from "./pace"

export type { OpencodeClient }

export type ClientOptions = {
  url: string
  directory?: string
  credentials?: Credentials
  fetch?: typeof fetch
}

let sdk: Promise<typeof import("@opencode-ai/sdk/v2/client")> | undefined

/** A failed load (a deployment replaced the files, the network dropped) is tried again next call. */
function loadSdk(): Promise<typeof import("@opencode-ai/sdk/v2/client")> {
  sdk ??= import("@opencode-ai/sdk/v2/client").catch((err: unknown) => {
    sdk = undefined
    throw new PortalError("unknown", `The portal could not load its API code (${errorText(err)}). Reload the page; if the portal was just updated, the reload picks up the new version.`)
  })
  return sdk
}

/**
 * Starts loading the SDK now, for a page that will call servers soon (the fleet watches every
 * registered one): it then downloads beside the route's own code instead of after it. A failure
 * here is reported by the call that needs the SDK, which tries again.
 */
export function preloadSdk(): void {
  loadSdk().catch(() => undefined)
}

export async function makeClient({ url, directory, credentials, fetch: fetchImpl }: ClientOptions): Promise<OpencodeClient> {
  const { createOpencodeClient } = await loadSdk()
  // Every client waiting for the SDK would otherwise be made in the one task it arrives in.
  await paceCall()
  return createOpencodeClient({
    baseUrl: url,
    ...(directory ? { directory } : {}),
    headers: authHeaders(credentials),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  })
}
