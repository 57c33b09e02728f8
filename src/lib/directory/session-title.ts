/**
 * OpenCode titles an untitled session "New session - <ISO time>" (children "Child session - …")
 * until its first prompt renames it. The portal shows just "New session" and says when in words.
 */
const DEFAULT_TITLE = /^((?:New|Child) session) - (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/

export function displayTitle(title: string): string {
  return DEFAULT_TITLE.exec(title)?.[1] ?? title
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
]

// One formatter per locale: building one per row is the slow part of a long list.
const formats = new Map<string, Intl.RelativeTimeFormat>()
function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale)
  if (!format) formats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" })))
  return format
}

/**
 * How long ago `then` was, in words ("just now", "5 minutes ago", "yesterday"); a time in the
 * future (a skewed clock) reads as "just now".
 *
 * @example relativeTime(Date.now() - 120_000, Date.now()) // "2 minutes ago"
 */
export function relativeTime(then: number, now: number, locale = "en"): string {
  const elapsed = now - then
  const format = relativeFormat(locale)
  for (const [unit, size] of UNITS) if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit)
  return "just now"
}
