import type { ServerEntry } from "./server"

/** Long enough for "customer-a staging (eu)"; short enough for a sidebar heading. */
export const MAX_GROUP_LENGTH = 40

export const UNGROUPED_LABEL = "Ungrouped"

/** A heading and the servers under it; `name` is undefined for the ungrouped ones. */
export type ServerGroup = { name: string | undefined; label: string; servers: ServerEntry[] }

/** Trims a typed or imported group; blank, too long or not text means no group. */
export function normalizeGroup(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined
  const group = value.trim().replace(/\s+/g, " ")
  return group && group.length <= MAX_GROUP_LENGTH ? group : undefined
}

/** Group names in use, sorted, for the form's suggestions. Case differences count as one group. */
export function groupNames(servers: readonly ServerEntry[]): string[] {
  const byKey = new Map<string, string>()
  for (const s of servers) if (s.group && !byKey.has(s.group.toLowerCase())) byKey.set(s.group.toLowerCase(), s.group)
  return [...byKey.values()].sort((a, b) => a.localeCompare(b))
}

/**
 * The servers under their group headings: groups sorted by name, the ungrouped ones last, each
 * group in registry order. `dev` and `Dev` are one group, named as its first server spells it.
 *
 * @example groupServers([prod1, dev1, loose]) // [{label:"dev"…}, {label:"prod"…}, {label:"Ungrouped"…}]
 */
export function groupServers(servers: readonly ServerEntry[]): ServerGroup[] {
  const names = groupNames(servers)
  const groups: ServerGroup[] = names.map((name) => ({
    name,
    label: name,
    servers: servers.filter((s) => s.group?.toLowerCase() === name.toLowerCase()),
  }))
  const loose = servers.filter((s) => !s.group)
  return loose.length > 0 ? [...groups, { name: undefined, label: UNGROUPED_LABEL, servers: loose }] : groups
}

/** Whether headings are worth showing: only once some server has a group. */
export function hasGroups(servers: readonly ServerEntry[]): boolean {
  return servers.some((s) => s.group !== undefined)
}
