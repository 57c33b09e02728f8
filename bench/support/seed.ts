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

/** Creates a session titled `title` in the server's workspace (its default directory). */
export async function createSession(server: OpencodeServer, title: string): Promise<SeededSession> {
  const response = await server.api("/session", { method: "POST", json: { title } })
  if (!response.ok) throw new Error(`create session on ${server.name}: HTTP ${response.status}`)
  const body: unknown = await response.json()
  if (!isRecord(body) || typeof body.id !== "string" || typeof body.directory !== "string") throw new Error(`create session on ${server.name}: unexpected answer`)
  return { id: body.id, title, directory: body.directory }
}

/** A text file of exactly `bytes` bytes in numbered 80-column lines, for the terminal to print. */
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
