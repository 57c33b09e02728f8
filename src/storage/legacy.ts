/** Reads the localStorage keys older portals used (`opencode-servers`, `opencode-active-server`). */
export type LegacyRegistry = { servers: unknown[]; activeId?: string }

export function readLegacyRegistry(storage: Pick<Storage, "getItem"> | undefined): LegacyRegistry | undefined {
  if (!storage) return undefined
  let raw: string | null
  try {
    raw = storage.getItem("opencode-servers")
  } catch {
    return undefined
  }
  if (!raw) return undefined
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (!Array.isArray(data)) return undefined
  const active = storage.getItem("opencode-active-server")
  return { servers: data, ...(active ? { activeId: active } : {}) }
}
