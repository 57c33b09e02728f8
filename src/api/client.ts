/** The one place SDK clients are made: per server and, when given, per directory. */
import { createOpencodeClient, type OpencodeClient } from "@opencode-ai/sdk/v2/client"
import { authHeaders, type Credentials } from "./auth"

export type { OpencodeClient }

export type ClientOptions = {
  url: string
  directory?: string
  credentials?: Credentials
  fetch?: typeof fetch
}

export function makeClient({ url, directory, credentials, fetch: fetchImpl }: ClientOptions): OpencodeClient {
  return createOpencodeClient({
    baseUrl: url,
    ...(directory ? { directory } : {}),
    headers: authHeaders(credentials),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  })
}
