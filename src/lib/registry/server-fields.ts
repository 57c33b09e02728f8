import { DEFAULT_USERNAME, isColor } from "./server"
import { normalizeServerUrl } from "./url"

/** A name a sidebar can show; longer ones are pasted by mistake. */
export const MAX_NAME_LENGTH = 80

export type FieldErrors = Partial<Record<"name" | "url" | "color" | "group", string>>

/** The fields of one server once checked: trimmed name, normalized URL, lowercased color. */
export type ServerFields = {
  name: string
  url: string
  /** Absent when none (or an empty one) was given: the caller picks the next free palette color. */
  color?: string
  /** Absent when blank or the server's default, which needs no storing. */
  username?: string
}

export type FieldsResult = { ok: true; fields: ServerFields } | { ok: false; errors: FieldErrors }

/**
 * Checks the fields every source of servers shares, the same way for the server form, import
 * files, config.json, build variables and an older portal's data, so one server is never valid in
 * one place and refused in another. Values are `unknown` because most sources are outside data.
 *
 * @example checkServerFields({ name: "Alpha", url: "localhost:4001" }) // { ok: true, fields: { name: "Alpha", url: "http://localhost:4001" } }
 */
export function checkServerFields(input: { name?: unknown; url?: unknown; color?: unknown; username?: unknown }): FieldsResult {
  const errors: FieldErrors = {}
  const name = typeof input.name === "string" ? input.name.trim() : ""
  if (!name) errors.name = "Name is required."
  else if (name.length > MAX_NAME_LENGTH) errors.name = `Name is too long (${MAX_NAME_LENGTH} characters at most).`
  const url = normalizeServerUrl(typeof input.url === "string" ? input.url : "")
  if (!url.ok) errors.url = url.error
  const noColor = input.color === undefined || input.color === ""
  if (!noColor && !isColor(input.color)) errors.color = "Color must look like #1a2b3c."
  if (!url.ok || Object.keys(errors).length > 0) return { ok: false, errors }
  const username = typeof input.username === "string" ? input.username.trim() : ""
  return {
    ok: true,
    fields: {
      name,
      url: url.url,
      ...(isColor(input.color) ? { color: input.color.toLowerCase() } : {}),
      ...(username && username !== DEFAULT_USERNAME ? { username } : {}),
    },
  }
}
