import { isRecord, optionalString } from "../guards"
import { isColor, nextColor, type ServerEntry } from "./server"
import { checkServerFields } from "./server-fields"
import { SLUG_PATTERN, uniqueSlug } from "./slug"
import { normalizeGroup } from "./groups"
import { sameServerUrl } from "./url"

export type Rejected = { index: number; label: string; reason: string }

/** A validated entry from outside, with the password if the source carried one. */
export type IncomingServer = { server: ServerEntry; password?: string }

export type EntriesResult = { servers: IncomingServer[]; rejected: Rejected[] }

/**
 * Validates server entries from any outside source (import file, config.json, env, legacy
 * localStorage). Each bad entry is rejected with its reason; the good ones survive. Ids are kept
 * when they are valid slugs, derived from the name otherwise; duplicates within the list are refused.
 * `repair` (for data this browser wrote itself, like an older portal's) derives a bad id or color
 * instead of rejecting the entry.
 */
export function validateEntries(entries: readonly unknown[], options: { repair?: boolean } = {}): EntriesResult {
  const servers: IncomingServer[] = []
  const rejected: Rejected[] = []
  // A derived id must not take an id that a later entry names explicitly.
  const explicitIds = entries.flatMap((e) => {
    const id = isRecord(e) ? optionalString(e, "id") : undefined
    return id !== undefined && SLUG_PATTERN.test(id) ? [id] : []
  })
  entries.forEach((entry, index) => {
    const label = isRecord(entry) ? (optionalString(entry, "name") ?? optionalString(entry, "url") ?? `#${index + 1}`) : `#${index + 1}`
    const reject = (reason: string) => rejected.push({ index, label: label.slice(0, 80), reason })
    if (!isRecord(entry)) return reject("Not an object.")
    // Data this browser wrote itself gets a palette color instead of a refusal.
    const checked = checkServerFields(options.repair && !isColor(entry.color) ? { ...entry, color: undefined } : entry)
    if (!checked.ok) return reject(checked.errors.name ?? checked.errors.url ?? checked.errors.color ?? "Not a server.")
    const { name, url, color, username } = checked.fields
    const givenId = optionalString(entry, "id")
    const rawId = options.repair && givenId !== undefined && !SLUG_PATTERN.test(givenId) ? undefined : givenId
    if (rawId !== undefined && !SLUG_PATTERN.test(rawId)) {
      return reject(`Id "${rawId.slice(0, 40)}" is not a slug (lowercase letters, digits and dashes).`)
    }
    const taken = servers.map((s) => s.server)
    if (rawId !== undefined && taken.some((s) => s.id === rawId)) return reject(`Duplicate id "${rawId}".`)
    const dupUrl = taken.find((s) => sameServerUrl(s.url, url))
    if (dupUrl) return reject(`Same URL as "${dupUrl.name}".`)
    const password = optionalString(entry, "password")
    const group = normalizeGroup(optionalString(entry, "group"))
    const server: ServerEntry = {
      id: rawId ?? uniqueSlug(name, [...taken.map((s) => s.id), ...explicitIds]),
      name,
      url,
      color: color ?? nextColor(taken.map((s) => s.color)),
      ...(username ? { username } : {}),
      ...(group ? { group } : {}),
    }
    servers.push({ server, ...(password ? { password } : {}) })
  })
  return { servers, rejected }
}
