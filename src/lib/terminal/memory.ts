import { isRecord } from "../guards"

/**
 * Which PTYs this portal opened, per server and directory, so a reload or a later visit reattaches
 * to them (and only to them: other clients' PTYs on the same server are left alone).
 */
export type RememberedTerminals = { ids: string[]; active?: string }
export type TerminalMemory = Record<string, RememberedTerminals>

export const TERMINAL_MEMORY_VERSION = 1

export function memoryKey(serverId: string, directory: string): string {
  return `${serverId} ${directory}`
}

function parseEntry(value: unknown): RememberedTerminals | undefined {
  if (!isRecord(value) || !Array.isArray(value.ids)) return undefined
  const ids = [...new Set(value.ids.filter((id): id is string => typeof id === "string" && id !== ""))]
  if (ids.length === 0) return undefined
  const active = typeof value.active === "string" && ids.includes(value.active) ? value.active : undefined
  return active ? { ids, active } : { ids }
}

/** Reads what storage held; anything unreadable is dropped, never thrown. */
export function parseTerminalMemory(value: unknown): TerminalMemory {
  if (!isRecord(value) || value.version !== TERMINAL_MEMORY_VERSION || !isRecord(value.terminals)) return {}
  const memory: TerminalMemory = {}
  for (const [key, entry] of Object.entries(value.terminals)) {
    const parsed = parseEntry(entry)
    if (parsed) memory[key] = parsed
  }
  return memory
}

export function serializeTerminalMemory(memory: TerminalMemory): { version: number; terminals: TerminalMemory } {
  return { version: TERMINAL_MEMORY_VERSION, terminals: memory }
}

/** Sets one directory's entry; an empty list removes it so the memory does not grow forever. */
export function withEntry(memory: TerminalMemory, key: string, entry: RememberedTerminals): TerminalMemory {
  const next = { ...memory }
  const parsed = parseEntry(entry)
  if (parsed) next[key] = parsed
  else delete next[key]
  return next
}

/** The remembered PTYs that still run, in the remembered (tab) order. */
export function reattachable<T extends { id: string }>(remembered: RememberedTerminals | undefined, running: readonly T[]): T[] {
  if (!remembered) return []
  const byId = new Map(running.map((pty) => [pty.id, pty]))
  return remembered.ids.flatMap((id) => {
    const pty = byId.get(id)
    return pty ? [pty] : []
  })
}
