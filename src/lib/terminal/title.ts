/** Titles of terminal tabs: "Shell 1", "Shell 2", …; the region is then "Terminal Shell 1". */
export const TITLE_PREFIX = "Shell"

/** Longer titles crowd the tab bar and say nothing more. */
export const MAX_TITLE_LENGTH = 60

/** The lowest "Shell N" not in use, so closing "Shell 2" of three frees that name again. */
export function nextTerminalTitle(existing: readonly string[]): string {
  const taken = new Set(existing)
  let n = 1
  while (taken.has(`${TITLE_PREFIX} ${n}`)) n++
  return `${TITLE_PREFIX} ${n}`
}

export type TitleResult = { ok: true; title: string } | { ok: false; error: string }

/** Validates a title a person typed; other tabs' titles must differ so names stay unambiguous. */
export function checkTerminalTitle(input: string, others: readonly string[]): TitleResult {
  const title = input.trim().replace(/\s+/g, " ")
  if (!title) return { ok: false, error: "A name is required." }
  if (title.length > MAX_TITLE_LENGTH) return { ok: false, error: `Use at most ${MAX_TITLE_LENGTH} characters.` }
  if (others.includes(title)) return { ok: false, error: `Another terminal is already called "${title}".` }
  return { ok: true, title }
}
