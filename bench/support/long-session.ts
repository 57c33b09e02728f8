// A long session written straight into a server's database with `opencode import` (the CLI that
// ships with the server): thousands of messages in seconds, where one API call per message takes
// minutes on a busy 2-core machine. Messages alternate user / assistant, like a real session.
import { execFile } from "node:child_process"
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import type { OpencodeServer } from "../../e2e/support/opencode"
import { freePort } from "../../e2e/support/ports"
import { createSession, type SeededSession } from "./seed"

const run = promisify(execFile)
const opencodeBin = fileURLToPath(new URL("../../node_modules/.bin/opencode", import.meta.url))
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
const WORDS = "the portal keeps every server one click away while the log below grows long enough to need a virtual list".split(" ")

/**
 * OpenCode's ascending id: prefix, the low 48 bits of ms × 4096 + counter in hex, 14 base62
 * characters (random in OpenCode; derived from `n` here, so a run is reproducible).
 */
export function ascendingId(prefix: "msg" | "prt", ms: number, n: number): string {
  const value = (BigInt(ms) * 4096n + BigInt(n % 4096)) & 0xffffffffffffn
  let suffix = ""
  for (let rest = n; suffix.length < 14; rest = Math.floor(rest / 62)) suffix = (BASE62[rest % 62] ?? "0") + suffix
  return `${prefix}_${value.toString(16).padStart(12, "0")}${suffix}`
}

/** Seeded message `n` (1-based): a marker first; odd ones are the user's, even ones markdown replies. */
export function messageText(n: number): string {
  const words = Array.from({ length: 4 + ((n * 37) % 57) }, (_, i) => WORDS[(n + i) % WORDS.length] ?? "word").join(" ")
  const marker = `Bench message ${n}:`
  if (n % 2 === 1) return `${marker} ${words}`
  const code = n % 10 === 0 ? `\n\n\`\`\`ts\nconst message = ${n}\nexport default message\n\`\`\`` : ""
  return `${marker} ${words}\n\n- first point about **${WORDS[n % WORDS.length]}**\n- second point${code}`
}

function exportData(session: SeededSession, info: unknown, count: number, start: number): unknown {
  const messages = Array.from({ length: count }, (_, i) => {
    const n = i + 1
    const created = start + n
    const id = ascendingId("msg", created, n)
    const part = { type: "text", text: messageText(n), id: ascendingId("prt", created, n), sessionID: session.id, messageID: id }
    const base = { id, sessionID: session.id, agent: "build" }
    const message =
      n % 2 === 1
        ? { ...base, role: "user", time: { created }, model: { providerID: "mock", modelID: "mock-model" } }
        : {
            ...base,
            role: "assistant",
            time: { created, completed: created },
            parentID: ascendingId("msg", created - 1, n - 1),
            modelID: "mock-model",
            providerID: "mock",
            mode: "build",
            path: { cwd: session.directory, root: session.directory },
            cost: 0,
            tokens: { input: 10, output: 20, reasoning: 0, cache: { read: 0, write: 0 } },
            finish: "stop",
          }
    return { info: message, parts: [part] }
  })
  return { info, messages }
}

// The same isolated dirs e2e/support/opencode.ts gives the server, so the CLI opens its database.
function serverEnv(server: OpencodeServer, deadRegistry: string): Record<string, string> {
  const dirs = { HOME: "home", XDG_DATA_HOME: "data", XDG_CONFIG_HOME: "config", XDG_STATE_HOME: "state", XDG_CACHE_HOME: "cache", TMPDIR: "tmp" }
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith("OPENCODE_") && !key.toLowerCase().startsWith("npm_")) env[key] = value
  }
  for (const [key, dir] of Object.entries(dirs)) env[key] = join(server.root, dir)
  return { ...env, OPENCODE_DISABLE_MODELS_FETCH: "1", OPENCODE_DISABLE_AUTOUPDATE: "1", npm_config_registry: deadRegistry }
}

async function newestText(server: OpencodeServer, id: string): Promise<string> {
  const response = await server.api(`/session/${id}/message?limit=1`)
  const body: unknown = await response.json()
  const parts = Array.isArray(body) && typeof body[0] === "object" && body[0] !== null && "parts" in body[0] ? body[0].parts : undefined
  const part: unknown = Array.isArray(parts) ? parts[0] : undefined
  return typeof part === "object" && part !== null && "text" in part && typeof part.text === "string" ? part.text : ""
}

/** Creates a session through the API, then imports `count` messages into it. */
export async function seedLongSession(server: OpencodeServer, title: string, count: number): Promise<SeededSession> {
  const session = await createSession(server, title)
  const info: unknown = await (await server.api(`/session/${session.id}`)).json()
  const file = join(server.root, "tmp", `bench-${session.id}.json`)
  await writeFile(file, JSON.stringify(exportData(session, info, count, Date.now() - count - 1)))
  const env = serverEnv(server, `http://127.0.0.1:${await freePort()}/`)
  await run(opencodeBin, ["import", file], { cwd: session.directory, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 })
  const newest = await newestText(server, session.id)
  if (!newest.startsWith(`Bench message ${count}:`)) throw new Error(`opencode import: the newest message reads "${newest.slice(0, 40)}", not message ${count}`)
  return session
}
