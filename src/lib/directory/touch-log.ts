/**
 * Remembers when each key (lib/directory-merge `keys`) was last changed by an event, counted in
 * events, so a fetch that started earlier can leave newer local data alone.
 *
 * @example const log = makeTouchLog(); const start = log.start(); …; merge(draft, fetched, log.since(start))
 */
export function makeTouchLog() {
  let seq = 0
  const last = new Map<string, number>()
  return {
    mark(keys: readonly string[]) {
      seq += 1
      for (const key of keys) last.set(key, seq)
    },
    start: () => seq,
    /** Whether `key` changed after `start`. */
    since: (start: number) => (key: string) => (last.get(key) ?? 0) > start,
  }
}

export type TouchLog = ReturnType<typeof makeTouchLog>
