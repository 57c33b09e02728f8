// Server-side data for the figures, created through the real OpenCode API.
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { OpencodeServer } from "../../e2e/support/opencode"

export interface SeededSession {
  id: string
  title: string
  directory: string
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null
}

async function ok(response: Response, what: string): Promise<unknown> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`)
  return response.json()
}

/** Creates a session titled `title` in the server's workspace (its default directory). */
export async function createSession(server: OpencodeServer, title: string): Promise<SeededSession> {
  const body = await ok(await server.api("/session", { method: "POST", json: { title } }), `create session on ${server.name}`)
  if (!isRecord(body) || typeof body.id !== "string" || typeof body.directory !== "string") throw new Error(`create session on ${server.name}: unexpected answer`)
  return { id: body.id, title, directory: body.directory }
}

const WORDS = "the portal keeps every server one click away while the log below grows long enough to need a virtual list".split(" ")

/** The text of seeded message `n` (1-based): its marker first, then 4 to 60 words, some in a list. */
export function messageText(n: number): string {
  const length = 4 + ((n * 37) % 57)
  const words = Array.from({ length }, (_, i) => WORDS[(n + i) % WORDS.length] ?? "word").join(" ")
  const marker = `Bench message ${n}:`
  return n % 10 === 0 ? `${marker} ${words}\n\n- first point\n- second point\n\n\`code ${n}\`` : `${marker} ${words}`
}

/**
 * Adds `count` user messages without asking the model (`noReply`), oldest first, a few at a time.
 * Message ids are time-ordered on the server, so batches stay in order: each batch starts after
 * the previous one finished.
 */
export async function addMessages(server: OpencodeServer, session: SeededSession, count: number, batch = 1): Promise<void> {
  for (let start = 1; start <= count; start += batch) {
    const numbers = Array.from({ length: Math.min(batch, count - start + 1) }, (_, i) => start + i)
    await Promise.all(
      numbers.map(async (n) => {
        const response = await server.api(`/session/${session.id}/message`, {
          method: "POST",
          json: { noReply: true, parts: [{ type: "text", text: messageText(n) }] },
        })
        await ok(response, `add message ${n} to ${session.id}`)
      }),
    )
  }
}

/** A text file of `bytes` bytes in numbered lines, for the terminal to print. */
export async function writeOutputFile(dir: string, bytes: number): Promise<string> {
  const line = (n: number) => `line ${String(n).padStart(7, "0")} the quick brown fox jumps over the lazy dog 0123456789 abcdefghij\n`
  const lines: string[] = []
  let size = 0
  for (let n = 1; size < bytes; n++) {
    const text = line(n)
    lines.push(text)
    size += text.length
  }
  const path = join(dir, "bench-output.txt")
  await writeFile(path, lines.join("").slice(0, bytes))
  return path
}
