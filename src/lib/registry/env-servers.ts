/** A server named by deployment environment variables (build time or container entrypoint). */
export type EnvServer = { name: string; url: string; color?: string }

const NUMBERED = /^OPENCODE_SERVER_(\d+)_URL$/

/**
 * Reads `OPENCODE_SERVER_URL` (one server) and `OPENCODE_SERVER_<N>_NAME|URL|COLOR` (N = 1, 2, …)
 * in numeric order. Entries without a URL are skipped; validation happens later, with the rest.
 */
export function serversFromEnv(env: Record<string, string | undefined>): EnvServer[] {
  const out: EnvServer[] = []
  const single = env.OPENCODE_SERVER_URL?.trim()
  if (single) out.push({ name: "OpenCode", url: single })
  // `_1_` and `_01_` are the same N (as in docker/entrypoint.sh): read it once.
  const numbers = [...new Set(Object.keys(env).map((key) => NUMBERED.exec(key)?.[1]).filter((n): n is string => n !== undefined).map(Number))].sort((a, b) => a - b)
  for (const n of numbers) {
    const url = env[`OPENCODE_SERVER_${n}_URL`]?.trim()
    if (!url) continue
    const name = env[`OPENCODE_SERVER_${n}_NAME`]?.trim() || `Server ${n}`
    const color = env[`OPENCODE_SERVER_${n}_COLOR`]?.trim()
    out.push({ name, url, ...(color ? { color } : {}) })
  }
  return out
}
